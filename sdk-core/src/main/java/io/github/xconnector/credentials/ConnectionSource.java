package io.github.xconnector.credentials;

import java.util.Objects;

/**
 * Reads a connection (its name, where requests go and the credentials) from the environment; what
 * {@code XClient.fromEnv()} uses. {@code x-connector-auth} provides the implementation, found with
 * {@link java.util.ServiceLoader}, which reads the connection settings its README documents ({@code X_CONNECTION_NAME},
 * {@code X_AUTHENTICATION}, {@code X_ENDPOINT_URL}, ..., and the file named by {@code X_SETTINGS_FILE}).
 */
public interface ConnectionSource {

  /**
   * Reads the connection the environment describes.
   *
   * @return the connection
   * @throws io.github.xconnector.errors.XValidationException when a setting is missing or invalid, naming it and
   *     where it was looked for
   */
  Connection fromEnvironment();

  /** A connection read from the environment. Immutable; its {@code toString()} shows no secret. */
  final class Connection {
    private final String name;
    private final String baseUrl;
    private final AccessTokenProvider credentials;

    /**
     * Describes a connection.
     *
     * @param name the connection name, shown in logs and errors
     * @param baseUrl where requests go, for example {@code https://api.x.com}
     * @param credentials authenticates every request
     */
    public Connection(String name, String baseUrl, AccessTokenProvider credentials) {
      this.name = Objects.requireNonNull(name, "name");
      this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
      this.credentials = Objects.requireNonNull(credentials, "credentials");
    }

    /** @return the connection name */
    public String name() {
      return name;
    }

    /** @return where requests go */
    public String baseUrl() {
      return baseUrl;
    }

    /** @return the credentials */
    public AccessTokenProvider credentials() {
      return credentials;
    }

    @Override
    public String toString() {
      return "Connection{name=" + name + ", baseUrl=" + baseUrl + ", " + credentials.authenticationType() + "}";
    }
  }
}
