package io.github.xconnector.sandbox;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides whether a request's token may call an operation, from the operation's {@code security} in the spec.
 *
 * <p>The order of checks follows X: a missing or dead token is a 401; an app-only token on an operation without
 * {@code BearerToken} is a 403 {@code unsupported-authentication}; missing scopes and acting on another user's id are
 * 403 Forbidden.
 */
final class Authorizer {

  private final TokenService tokens;

  Authorizer(TokenService tokens) {
    this.tokens = tokens;
  }

  /** Returns the principal of a live bearer token in the request, or null. */
  Principal authenticate(SandboxRequest request) {
    String header = request.header("authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    return tokens.findAccessToken(header.substring(7).trim()).orElse(null);
  }

  /** Returns the 403 response for a principal that may not call the operation, or null when it may. */
  SandboxResponse authorize(SpecOperation operation, Principal principal, Map<String, String> pathParameters) {
    if (principal.isAppOnly()) {
      return operation.appOnlyAllowed() ? null : Problems.unsupportedAuthentication();
    }
    Set<String> missing = new TreeSet<>(operation.userScopes());
    missing.removeAll(principal.scopes());
    if (!missing.isEmpty()) {
      return Problems.forbidden("Missing OAuth 2.0 scopes: " + missing + ". Authorize the app again with them.");
    }
    for (String name : operation.selfParameters()) {
      if (!principal.userId().equals(pathParameters.get(name))) {
        return Problems.forbidden("You are not permitted to act on behalf of user ["
            + pathParameters.get(name) + "]: the `" + name + "` path parameter must be the authenticated user's id.");
      }
    }
    return null;
  }
}
