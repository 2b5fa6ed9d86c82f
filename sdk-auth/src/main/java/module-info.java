/**
 * Credentials for {@code io.github.xconnector.core}: OAuth 2.0 Authorization Code with PKCE, token refresh and
 * storage, app-only Bearer tokens, and the connection settings {@code XClient.fromEnv()} reads.
 */
module io.github.xconnector.auth {
  // The providers implement io.github.xconnector.credentials.AccessTokenProvider and throw its errors.
  requires transitive io.github.xconnector.core;

  // Nimbus OAuth 2.0 SDK and json-smart have no module descriptor nor Automatic-Module-Name: these are the names
  // derived from their file names.
  requires oauth2.oidc.sdk;
  requires json.smart;
  // Nimbus JOSE+JWT is an explicit module that the automatic oauth2.oidc.sdk cannot declare: without this, nothing
  // resolves it on the module path and the PKCE challenge (com.nimbusds.jose.util.Base64URL) fails to load.
  requires com.nimbusds.jose.jwt;
  // Token requests go over OkHttp, written once and never logged (TokenHttp).
  requires okhttp3;

  exports io.github.xconnector.auth;

  provides io.github.xconnector.credentials.ConnectionSource
      with io.github.xconnector.auth.EnvironmentConnectionSource;
}
