package io.github.xconnector.auth;

import io.github.xconnector.XClient;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Every path by which a secret could reach a log or an exception: a whole login through the loopback receiver, a
 * refresh after X answered 401 to an API call (the client logging at its most detailed), and token endpoints that
 * echo what they received (the refresh token, the client secret, the code, the PKCE verifier, the consumer secret)
 * in {@code error_description}, in the {@code error} code, in X's {@code errors} format, in a body that is not JSON,
 * in a redirect, in a malformed status line or in a success answer that is not a token response; and a connection
 * reset. Run in this JVM by {@link TokenSecretsTest} and in a child JVM that logs everything by
 * {@link SecretsNeverLoggedTest}.
 */
final class LeakScenarios {

  static final String CLIENT_SECRET = "cs-Yq3vN8wKp2Lm7Rt5Zx9B4";
  static final String CODE = "code-Ns2Fh6Rp9Kv3Yt7Bw1Mq";
  static final String ACCESS = "at-Hd4Jk8Qw2Ez6Uy1Pn5Gc7";
  static final String REFRESH = "rt-Mb7Xs3Vf9Lq1Wd5Tk8Ja2";
  static final String ROTATED_ACCESS = "at-Rz5Cv1Bn8Mx4Kq7Wp2Ls6";
  static final String ROTATED_REFRESH = "rt-Gu3Yh9Tf2Dj6Ss1Nv8Xe4";
  static final String CONSUMER_SECRET = "ck-Pw6Qa3Zr8Lt1Hb5Ym9Jd2";
  static final String APP_TOKEN = "AAAA-Vo4Ic7Ue2Gk9Fx3Ba6Rn";

  /** What a run produced: the secrets in play (with the random PKCE verifiers) and each scenario's failure. */
  record Outcome(List<String> secrets, Map<String, Throwable> failures) {
  }

  private static final String FILLER = "x".repeat(185);

  private LeakScenarios() {
  }

  /** Runs everything; a scenario that did not fail is recorded with a {@code null} failure. */
  static Outcome run() throws Exception {
    List<String> secrets = new ArrayList<>(List.of(CLIENT_SECRET, CODE, ACCESS, REFRESH, ROTATED_ACCESS,
        ROTATED_REFRESH, CONSUMER_SECRET, APP_TOKEN, basic("client-1", CLIENT_SECRET),
        basic("consumer-key-1", CONSUMER_SECRET)));
    Map<String, Throwable> failures = new LinkedHashMap<>();
    try (ScriptedHttpServer server = ScriptedHttpServer.start(LeakScenarios::xAnswers)) {
      MutableClock clock = new MutableClock(Instant.parse("2026-01-01T10:00:00Z"));
      AuthorizationCodeFlow flow = AuthorizationCodeFlow.builder()
          .clientId("client-1")
          .clientSecret(CLIENT_SECRET)
          .tokenUrl(server.url("/2/oauth2/token"))
          .revokeUrl(server.url("/2/oauth2/revoke"))
          .clock(clock)
          .build();

      // A whole login: the browser brings the code to the loopback receiver, the code is exchanged.
      OAuth2Tokens tokens;
      try (LoopbackReceiver receiver = LoopbackReceiver.start()) {
        PendingAuthorization pending = flow.begin(receiver.redirectUri());
        secrets.add(pending.verifier().value());
        String state = TokenEndpointStubs.queryParameter(pending.authorizationUrl(), "state");
        RawHttpClient.get(receiver.redirectUri().getPort(), "/callback?state=" + state + "&code=" + CODE);
        tokens = flow.exchange(pending, receiver.awaitCallback(pending, Duration.ofSeconds(20)));
      }

      // An API call answered 401, a refresh, the call again; the client logs everything it may.
      OAuth2UserTokenProvider provider = OAuth2UserTokenProvider.builder(flow).tokens(tokens).build();
      try (XClient x = XClient.builder().baseUrl(server.url("").toString()).connectionName("leak-probe")
          .credentials(provider).logLevel(XClient.LogLevel.FULL).build()) {
        failures.put("api call with a refresh after 401", attempt(() -> x.users().me()));
      }

      // Token endpoints that echo what they received.
      String echoed = ROTATED_REFRESH + " and " + CLIENT_SECRET;
      Map<String, Function<ScriptedHttpServer.Received, ScriptedHttpServer.Reply>> refusals = new LinkedHashMap<>();
      refusals.put("error_description, cut where the secret is", request -> ScriptedHttpServer.Reply.json(400,
          "{\"error\":\"invalid_request\",\"error_description\":\"" + FILLER + echoed + "\"}"));
      refusals.put("error code", request -> ScriptedHttpServer.Reply.json(400,
          "{\"error\":\"" + ROTATED_REFRESH + "\"}"));
      refusals.put("the whole request echoed", request -> ScriptedHttpServer.Reply.json(400,
          "{\"error\":\"invalid_request\",\"error_description\":\"" + request.body() + " "
          + request.header("Authorization") + "\"}"));
      refusals.put("X's errors format", request -> ScriptedHttpServer.Reply.json(403,
          "{\"errors\":[{\"message\":\"" + FILLER + echoed + "\",\"code\":99}]}"));
      refusals.put("a body that is not JSON", request -> ScriptedHttpServer.Reply.of(400, "text/plain",
          "refresh_token=" + ROTATED_REFRESH + "&client_secret=" + CLIENT_SECRET));
      refusals.put("a redirect", request -> ScriptedHttpServer.Reply.of(302, "text/html",
          "<a href=\"/?refresh_token=" + ROTATED_REFRESH + "\">" + CLIENT_SECRET + "</a>",
          "Location: /moved?refresh_token=" + ROTATED_REFRESH + "&client_secret=" + CLIENT_SECRET));
      refusals.put("a malformed status line", request -> ScriptedHttpServer.Reply.raw("HTTP/1.1 2OO "
          + ROTATED_REFRESH + " " + CLIENT_SECRET + "\r\n\r\n"));
      refusals.put("a success that is not a token response", request -> ScriptedHttpServer.Reply.json(200,
          "{\"access_token\":7,\"token_type\":\"bearer\",\"refresh_token\":\"" + ROTATED_REFRESH + "\"}"));
      refusals.put("a connection reset", request -> ScriptedHttpServer.Reply.reset());
      for (Map.Entry<String, Function<ScriptedHttpServer.Received, ScriptedHttpServer.Reply>> refusal
          : refusals.entrySet()) {
        server.script(tokenEndpoint(refusal.getValue()));
        failures.put("refresh: " + refusal.getKey(), attempt(provider::refresh));
      }

      server.script(request -> ScriptedHttpServer.Reply.json(400, "{\"error\":\"invalid_request\","
          + "\"error_description\":\"cannot revoke " + request.body() + "\"}"));
      failures.put("revocation echoing the token", attempt(provider::revoke));

      PendingAuthorization other = flow.begin(URI.create("http://127.0.0.1:8765/callback"));
      secrets.add(other.verifier().value());
      String state = TokenEndpointStubs.queryParameter(other.authorizationUrl(), "state");
      server.script(request -> ScriptedHttpServer.Reply.json(400, "{\"error\":\"invalid_grant\","
          + "\"error_description\":\"" + FILLER + request.body() + "\"}"));
      failures.put("code exchange echoing code and verifier", attempt(() -> flow.exchange(other,
          AuthorizationCallback.of(CODE, state))));

      ClientCredentialsTokenProvider appOnly = ClientCredentialsTokenProvider.builder()
          .consumerKey("consumer-key-1")
          .consumerSecret(CONSUMER_SECRET)
          .tokenUrl(server.url("/oauth2/token"))
          .invalidateUrl(server.url("/oauth2/invalidate_token"))
          .build();
      server.script(request -> ScriptedHttpServer.Reply.json(403, "{\"error\":\"invalid_client\","
          + "\"error_description\":\"" + request.header("Authorization") + " " + CONSUMER_SECRET + "\"}"));
      failures.put("app-only token echoing the consumer secret", attempt(appOnly::accessToken));
      server.script(request -> ScriptedHttpServer.Reply.json(200, "{\"token_type\":\"bearer\",\"access_token\":\""
          + APP_TOKEN + "\"}"));
      appOnly.accessToken();
      server.script(request -> ScriptedHttpServer.Reply.json(400, "{\"errors\":[{\"message\":\"cannot invalidate "
          + request.body() + "\"}]}"));
      failures.put("app-only invalidation echoing the token", attempt(appOnly::invalidate));
    }
    return new Outcome(secrets, failures);
  }

  /** X as the successful part of the run sees it: tokens for the code and the refresh, an API that wants them. */
  private static ScriptedHttpServer.Reply xAnswers(ScriptedHttpServer.Received request) {
    if (request.path().equals("/2/oauth2/token")) {
      return request.body().contains("grant_type=authorization_code")
          ? tokens(ACCESS, REFRESH) : tokens(ROTATED_ACCESS, ROTATED_REFRESH);
    }
    if (("Bearer " + ROTATED_ACCESS).equals(request.header("Authorization"))) {
      return ScriptedHttpServer.Reply.json(200, "{\"data\":{\"id\":\"2244994945\",\"name\":\"X Dev\","
          + "\"username\":\"XDevelopers\"}}");
    }
    return ScriptedHttpServer.Reply.json(401, "{\"title\":\"Unauthorized\",\"type\":\"about:blank\","
        + "\"status\":401,\"detail\":\"Unauthorized\"}");
  }

  private static Function<ScriptedHttpServer.Received, ScriptedHttpServer.Reply> tokenEndpoint(
      Function<ScriptedHttpServer.Received, ScriptedHttpServer.Reply> answer) {
    return request -> request.path().equals("/2/oauth2/token") ? answer.apply(request) : xAnswers(request);
  }

  private static ScriptedHttpServer.Reply tokens(String access, String refresh) {
    return ScriptedHttpServer.Reply.json(200, "{\"token_type\":\"bearer\",\"expires_in\":7200,\"access_token\":\""
        + access + "\",\"scope\":\"tweet.read users.read offline.access\",\"refresh_token\":\"" + refresh + "\"}");
  }

  private static String basic(String user, String password) {
    return Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static Throwable attempt(Runnable action) {
    try {
      action.run();
      return null;
    } catch (RuntimeException e) {
      return e;
    }
  }

  /** The exception as {@code printStackTrace} shows it, with every cause. */
  static String trace(Throwable failure) {
    StringWriter text = new StringWriter();
    failure.printStackTrace(new PrintWriter(text));
    return text.toString();
  }

  /** The parts of {@code secret} that must not appear either: every run of 10 characters, so no cut leaves one. */
  static List<String> fragments(String secret) {
    List<String> fragments = new ArrayList<>();
    for (int start = 0; start + 10 <= secret.length(); start++) {
      fragments.add(secret.substring(start, start + 10));
    }
    return fragments;
  }
}
