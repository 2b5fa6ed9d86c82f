package io.github.xconnector.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/** Form parsing and the JSON answers of the OAuth 2.0 endpoints (RFC 6749 error bodies, token responses). */
final class OAuthResponses {

  private OAuthResponses() {}

  /** Reads a form body; other content types are refused as X refuses them. */
  static Map<String, List<String>> form(SandboxRequest request) {
    if (!request.hasContentType("application/x-www-form-urlencoded")) {
      throw new ApiProblem(error(400, "invalid_request",
          "The body must be application/x-www-form-urlencoded."));
    }
    return UrlEncoded.parse(new String(request.bodyBytes(), java.nio.charset.StandardCharsets.UTF_8));
  }

  static String first(Map<String, List<String>> form, String name) {
    List<String> values = form.get(name);
    return values == null || values.isEmpty() || values.get(0).isEmpty() ? null : values.get(0);
  }

  static SandboxResponse error(int status, String error, String description) {
    return SandboxResponse.json(status, Json.object().put("error", error).put("error_description", description))
        .header("cache-control", "no-store");
  }

  static ApiProblem problem(int status, String error, String description) {
    return new ApiProblem(error(status, error, description));
  }

  static SandboxResponse tokens(TokenService.IssuedTokens tokens) {
    ObjectNode body = Json.object()
        .put("token_type", "bearer")
        .put("expires_in", tokens.expiresInSeconds())
        .put("access_token", tokens.accessToken())
        .put("scope", String.join(" ", tokens.scopes().stream().sorted().toList()));
    if (tokens.refreshToken() != null) {
      body.put("refresh_token", tokens.refreshToken());
    }
    return SandboxResponse.json(200, body).header("cache-control", "no-store");
  }

  /** X's v1.1-style error list, used by the app-only token endpoints. */
  static SandboxResponse legacyError(int status, int code, String message, String label) {
    ObjectNode error = Json.object().put("code", code).put("message", message);
    if (label != null) {
      error.put("label", label);
    }
    ObjectNode body = Json.object();
    body.putArray("errors").add(error);
    return SandboxResponse.json(status, body);
  }
}
