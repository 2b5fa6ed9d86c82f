package io.github.xconnector.sandbox;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An OAuth 2.0 client (an X app) registered with the sandbox.
 *
 * <p>As on X, a confidential client has a secret and must authenticate to the token and revoke endpoints with HTTP
 * Basic; a public client has none and sends its {@code client_id} in the form body. A client with no registered
 * redirect URIs accepts any loopback one ({@code http://127.0.0.1:*}, {@code http://localhost:*},
 * {@code http://[::1]:*}), which suits programs that open a local receiver on a free port; otherwise the
 * {@code redirect_uri} must equal a registered one exactly.
 *
 * @param clientId the client id
 * @param clientSecret the secret of a confidential client, or null for a public client
 * @param redirectUris the registered redirect URIs; empty to accept any loopback URI
 */
public record SandboxClient(String clientId, String clientSecret, List<String> redirectUris) {

  private static final Set<String> LOOPBACK_HOSTS = Set.of("127.0.0.1", "localhost", "[::1]");

  /**
   * Checks and copies the components.
   *
   * @throws IllegalArgumentException if the client id is blank or the secret is empty
   */
  public SandboxClient {
    Objects.requireNonNull(clientId, "clientId");
    if (clientId.isBlank()) {
      throw new IllegalArgumentException("A client id must not be blank");
    }
    if (clientSecret != null && clientSecret.isEmpty()) {
      throw new IllegalArgumentException("A confidential client's secret must not be empty; use null for a public"
          + " client");
    }
    redirectUris = List.copyOf(redirectUris);
  }

  /** Creates a public client (no secret) with the given redirect URIs, or any loopback URI if none are given. */
  public static SandboxClient publicClient(String clientId, String... redirectUris) {
    return new SandboxClient(clientId, null, List.of(redirectUris));
  }

  /** Creates a confidential client with the given redirect URIs, or any loopback URI if none are given. */
  public static SandboxClient confidentialClient(String clientId, String clientSecret, String... redirectUris) {
    return new SandboxClient(clientId, Objects.requireNonNull(clientSecret, "clientSecret"),
        List.of(redirectUris));
  }

  /** Returns whether the client has a secret and so must authenticate with HTTP Basic. */
  public boolean isConfidential() {
    return clientSecret != null;
  }

  /** Returns whether the authorization endpoint may redirect to this URI for this client. */
  public boolean allowsRedirectUri(String uri) {
    if (!redirectUris.isEmpty()) {
      return redirectUris.contains(uri);
    }
    try {
      URI parsed = URI.create(uri);
      return "http".equals(parsed.getScheme()) && LOOPBACK_HOSTS.contains(parsed.getHost());
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Describes the client without its secret. */
  @Override
  public String toString() {
    return "SandboxClient[clientId=" + clientId + ", confidential=" + isConfidential() + ", redirectUris="
        + redirectUris + "]";
  }
}
