package io.github.xconnector.auth;

import io.github.xconnector.credentials.ConnectionSource;

/**
 * The environment's connection for {@code XClient.fromEnv()}: {@link ConnectionSettings#fromEnvironment()} turned
 * into credentials by {@link Credentials#fromSettings(ConnectionSettings)}. Found through
 * {@link java.util.ServiceLoader}; applications do not use it directly.
 */
public final class EnvironmentConnectionSource implements ConnectionSource {

  /** Creates the source; the service loader does this. */
  public EnvironmentConnectionSource() {
  }

  @Override
  public Connection fromEnvironment() {
    ConnectionSettings settings = ConnectionSettings.fromEnvironment();
    return new Connection(settings.connectionName(), settings.endpointUrl().toString(),
        Credentials.fromSettings(settings));
  }
}
