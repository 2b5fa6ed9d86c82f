package io.github.xconnector.sandbox;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * App-only authentication: {@code POST /oauth2/token} with {@code grant_type=client_credentials} and the consumer key
 * and secret in HTTP Basic, and {@code POST /oauth2/invalidate_token}. Answers use X's older error list format.
 */
final class AppTokenEndpoints {

  private final ClientCredentials consumer;
  private final TokenService tokens;

  AppTokenEndpoints(ClientCredentials consumer, TokenService tokens) {
    this.consumer = consumer;
    this.tokens = tokens;
  }

  void registerInto(Map<String, Function<SandboxRequest, SandboxResponse>> routes) {
    routes.put("POST /oauth2/token", this::token);
    routes.put("POST /oauth2/invalidate_token", this::invalidate);
  }

  private SandboxResponse token(SandboxRequest request) {
    SandboxResponse refusal = checkConsumer(request);
    if (refusal != null) {
      return refusal;
    }
    Map<String, List<String>> form = OAuthResponses.form(request);
    if (!"client_credentials".equals(OAuthResponses.first(form, "grant_type"))) {
      return OAuthResponses.legacyError(403, 170, "Missing required parameter: grant_type",
          "forbidden_missing_parameter");
    }
    return SandboxResponse.json(200, Json.object().put("token_type", "bearer").put("access_token", tokens.appToken()))
        .header("cache-control", "no-store");
  }

  private SandboxResponse invalidate(SandboxRequest request) {
    SandboxResponse refusal = checkConsumer(request);
    if (refusal != null) {
      return refusal;
    }
    String token = OAuthResponses.first(OAuthResponses.form(request), "access_token");
    if (!tokens.invalidateAppToken(token)) {
      return OAuthResponses.legacyError(403, 348, "Client application is not permitted to invalidate this token.",
          null);
    }
    return SandboxResponse.json(200, Json.object().put("access_token", token));
  }

  private SandboxResponse checkConsumer(SandboxRequest request) {
    ClientCredentials given = ClientCredentials.fromBasicHeader(request.header("authorization"));
    if (given == null || !given.id().equals(consumer.id()) || !given.secretEquals(consumer.secret())) {
      return OAuthResponses.legacyError(403, 99, "Unable to verify your credentials", "authenticity_token_error");
    }
    return null;
  }
}
