package io.github.xconnector.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * X's OAuth 2.0 Authorization Code flow with PKCE: the authorization page (approving at once for the configured
 * user), the token endpoint (code and refresh grants, with refresh token rotation) and revocation.
 */
final class OAuthEndpoints {

  /** The scopes X knows; the sandbox grants any of them. */
  static final Set<String> KNOWN_SCOPES = Set.of("tweet.read", "tweet.write", "tweet.moderate.write", "users.email",
      "users.read", "follows.read", "follows.write", "offline.access", "space.read", "mute.read", "mute.write",
      "like.read", "like.write", "list.read", "list.write", "block.read", "block.write", "bookmark.read",
      "bookmark.write", "dm.read", "dm.write", "media.write", "timeline.read");

  private final Map<String, SandboxClient> clients;
  private final TokenService tokens;
  private final String authorizingUserId;

  OAuthEndpoints(Map<String, SandboxClient> clients, TokenService tokens, String authorizingUserId) {
    this.clients = Map.copyOf(clients);
    this.tokens = tokens;
    this.authorizingUserId = authorizingUserId;
  }

  void registerInto(Map<String, Function<SandboxRequest, SandboxResponse>> routes) {
    routes.put("GET /i/oauth2/authorize", this::authorize);
    routes.put("POST /2/oauth2/token", this::token);
    routes.put("POST /2/oauth2/revoke", this::revoke);
  }

  private SandboxResponse authorize(SandboxRequest request) {
    SandboxClient client = clients.get(String.valueOf(request.query("client_id")));
    String redirectUri = request.query("redirect_uri");
    if (client == null) {
      return SandboxResponse.text(400, "Something went wrong: the client_id is not a registered app.");
    }
    if (redirectUri == null || !client.allowsRedirectUri(redirectUri)) {
      return SandboxResponse.text(400, "Something went wrong: the redirect_uri is not registered for this app.");
    }
    String state = request.query("state");
    AuthorizationCheck check = AuthorizationCheck.of(request, KNOWN_SCOPES);
    if (check.error() != null) {
      return SandboxResponse.redirect(redirectUri + separator(redirectUri) + "error=" + check.error()
          + "&error_description=" + UrlEncoded.encode(check.description())
          + (state == null ? "" : "&state=" + UrlEncoded.encode(state)));
    }
    String code = tokens.issueCode(client.clientId(), redirectUri, authorizingUserId, check.scopes(),
        request.query("code_challenge"), request.query("code_challenge_method"));
    return SandboxResponse.redirect(redirectUri + separator(redirectUri) + "state=" + UrlEncoded.encode(state)
        + "&code=" + UrlEncoded.encode(code));
  }

  private SandboxResponse token(SandboxRequest request) {
    Map<String, List<String>> form = OAuthResponses.form(request);
    SandboxClient client = authenticateClient(request, form);
    String grantType = OAuthResponses.first(form, "grant_type");
    if ("authorization_code".equals(grantType)) {
      TokenService.AuthorizationCode code = tokens.redeemCode(OAuthResponses.first(form, "code"))
          .filter(c -> c.clientId().equals(client.clientId()))
          .filter(c -> c.redirectUri().equals(OAuthResponses.first(form, "redirect_uri")))
          .orElseThrow(() -> OAuthResponses.problem(400, "invalid_grant",
              "Value passed for the authorization code was invalid."));
      if (!verifierMatches(code, OAuthResponses.first(form, "code_verifier"))) {
        throw OAuthResponses.problem(400, "invalid_grant", "Value passed for the code_verifier was invalid.");
      }
      return OAuthResponses.tokens(tokens.issueUserTokens(client.clientId(), code.userId(), code.scopes()));
    }
    if ("refresh_token".equals(grantType)) {
      TokenService.RefreshGrant grant = tokens.redeemRefreshToken(OAuthResponses.first(form, "refresh_token"),
          client.clientId()).orElseThrow(() -> OAuthResponses.problem(400, "invalid_grant",
              "Value passed for the token was invalid."));
      return OAuthResponses.tokens(tokens.issueUserTokens(client.clientId(), grant.userId(), grant.scopes()));
    }
    throw OAuthResponses.problem(400, "unsupported_grant_type", "The grant_type [" + grantType
        + "] is not supported; use authorization_code or refresh_token.");
  }

  private SandboxResponse revoke(SandboxRequest request) {
    Map<String, List<String>> form = OAuthResponses.form(request);
    SandboxClient client = authenticateClient(request, form);
    tokens.revoke(OAuthResponses.first(form, "token"), client.clientId());
    return SandboxResponse.json(200, Json.object().put("revoked", true));
  }

  /** Authenticates the client as X does: HTTP Basic for confidential clients, client_id in the body otherwise. */
  private SandboxClient authenticateClient(SandboxRequest request, Map<String, List<String>> form) {
    ClientCredentials basic = ClientCredentials.fromBasicHeader(request.header("authorization"));
    if (basic != null) {
      SandboxClient client = clients.get(basic.id());
      if (client == null || !client.isConfidential() || !basic.secretEquals(client.clientSecret())) {
        throw OAuthResponses.problem(401, "invalid_client", "Client authentication failed.");
      }
      return client;
    }
    SandboxClient client = clients.get(String.valueOf(OAuthResponses.first(form, "client_id")));
    if (client == null) {
      throw OAuthResponses.problem(401, "invalid_client", "Missing valid authorization header or client_id.");
    }
    if (client.isConfidential()) {
      throw OAuthResponses.problem(401, "unauthorized_client", "Missing valid authorization header: a confidential"
          + " client authenticates with HTTP Basic; a client_secret in the body is not accepted.");
    }
    return client;
  }

  private static boolean verifierMatches(TokenService.AuthorizationCode code, String verifier) {
    if (verifier == null) {
      return false;
    }
    String expected = "plain".equals(code.challengeMethod()) ? verifier : s256(verifier);
    return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
        code.codeChallenge().getBytes(StandardCharsets.US_ASCII));
  }

  static String s256(String verifier) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  private static String separator(String uri) {
    return uri.contains("?") ? "&" : "?";
  }

  /** The outcome of checking an authorization request's parameters: granted scopes, or an RFC 6749 error. */
  record AuthorizationCheck(Set<String> scopes, String error, String description) {

    static AuthorizationCheck of(SandboxRequest request, Set<String> knownScopes) {
      if (!"code".equals(request.query("response_type"))) {
        return failure("unsupported_response_type", "response_type must be code.");
      }
      String scope = request.query("scope");
      Set<String> scopes = scope == null ? Set.of() : new LinkedHashSet<>(Arrays.asList(scope.trim().split("\\s+")));
      scopes.remove("");
      if (scopes.isEmpty() || !knownScopes.containsAll(scopes)) {
        return failure("invalid_scope", "The scope must be a space-separated list of X's scopes.");
      }
      if (request.query("state") == null) {
        return failure("invalid_request", "The state parameter is required.");
      }
      String method = request.query("code_challenge_method");
      if (request.query("code_challenge") == null || !("S256".equals(method) || "plain".equals(method))) {
        return failure("invalid_request", "PKCE is required: code_challenge with code_challenge_method S256.");
      }
      return new AuthorizationCheck(Set.copyOf(scopes), null, null);
    }

    private static AuthorizationCheck failure(String error, String description) {
      return new AuthorizationCheck(Set.of(), error, description);
    }
  }
}
