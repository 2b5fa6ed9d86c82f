package io.github.xconnector.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OAuthFlowTest {

  private static final String REDIRECT = "http://127.0.0.1:9999/callback";
  private static final String VERIFIER = "a-code-verifier-that-is-long-enough-for-pkce-0123456789";
  private static final String PUBLIC_CLIENT = XSandbox.Builder.DEFAULT_PUBLIC_CLIENT_ID;
  private static final String CONFIDENTIAL_CLIENT = XSandbox.Builder.DEFAULT_CONFIDENTIAL_CLIENT_ID;
  private static final String CLIENT_SECRET = XSandbox.Builder.DEFAULT_CLIENT_SECRET;

  private XSandbox sandbox;
  private SandboxHttp http;

  @BeforeEach
  void start() {
    sandbox = XSandbox.builder().start();
    http = new SandboxHttp(sandbox);
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void authorize_validRequest_redirectsWithCodeAndState() {
    SandboxHttp.Reply reply = http.get(authorizeUrl(PUBLIC_CLIENT, "tweet.read users.read", "state-1"), null);

    assertThat(reply.status()).isEqualTo(302);
    Map<String, List<String>> query = UrlEncoded.parse(URI.create(reply.header("location")).getRawQuery());
    assertThat(reply.header("location")).startsWith(REDIRECT + "?");
    assertThat(query.get("state")).containsExactly("state-1");
    assertThat(query.get("code").get(0)).isNotBlank();
  }

  @Test
  void authorize_unregisteredRedirect_answers400WithoutRedirecting() {
    SandboxHttp.Reply reply = http.get("/i/oauth2/authorize?response_type=code&client_id=" + PUBLIC_CLIENT
        + "&redirect_uri=" + UrlEncoded.encode("https://evil.example/cb") + "&scope=tweet.read&state=s"
        + "&code_challenge=x&code_challenge_method=S256", null);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.header("location")).isNull();
  }

  @Test
  void authorize_withoutPkce_redirectsWithInvalidRequest() {
    SandboxHttp.Reply reply = http.get("/i/oauth2/authorize?response_type=code&client_id=" + PUBLIC_CLIENT
        + "&redirect_uri=" + UrlEncoded.encode(REDIRECT) + "&scope=tweet.read&state=s9", null);

    assertThat(reply.header("location")).contains("error=invalid_request").contains("state=s9");
  }

  @Test
  void token_codeWithCorrectVerifier_issuesTokensThatWork() {
    String code = authorize(PUBLIC_CLIENT, "tweet.read users.read offline.access");

    SandboxHttp.Reply reply = exchange(PUBLIC_CLIENT, null, code, VERIFIER);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().path("token_type").asText()).isEqualTo("bearer");
    assertThat(reply.json().path("expires_in").asInt()).isEqualTo(7200);
    assertThat(reply.json().path("scope").asText()).isEqualTo("offline.access tweet.read users.read");
    assertThat(reply.json().path("refresh_token").asText()).isNotBlank();
    SandboxHttp.Reply me = http.get("/2/users/me", reply.json().path("access_token").asText());
    assertThat(me.json().path("data").path("username").asText()).isEqualTo("sandbox_dev");
  }

  @Test
  void token_wrongVerifier_isRefusedWithInvalidGrant() {
    String code = authorize(PUBLIC_CLIENT, "tweet.read users.read");

    SandboxHttp.Reply reply = exchange(PUBLIC_CLIENT, null, code, "a-different-verifier-of-enough-length-000000000");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().path("error").asText()).isEqualTo("invalid_grant");
  }

  @Test
  void token_codeUsedTwice_isRefusedTheSecondTime() {
    String code = authorize(PUBLIC_CLIENT, "tweet.read users.read");
    assertThat(exchange(PUBLIC_CLIENT, null, code, VERIFIER).status()).isEqualTo(200);

    assertThat(exchange(PUBLIC_CLIENT, null, code, VERIFIER).json().path("error").asText()).isEqualTo("invalid_grant");
  }

  @Test
  void token_withoutOfflineAccess_issuesNoRefreshToken() {
    String code = authorize(PUBLIC_CLIENT, "tweet.read users.read");

    assertThat(exchange(PUBLIC_CLIENT, null, code, VERIFIER).json().has("refresh_token")).isFalse();
  }

  @Test
  void token_refresh_rotatesAndRefusesTheOldRefreshToken() {
    String code = authorize(PUBLIC_CLIENT, "tweet.read users.read offline.access");
    String firstRefresh = exchange(PUBLIC_CLIENT, null, code, VERIFIER).json().path("refresh_token").asText();

    SandboxHttp.Reply refreshed = refresh(PUBLIC_CLIENT, null, firstRefresh);

    assertThat(refreshed.status()).isEqualTo(200);
    String secondRefresh = refreshed.json().path("refresh_token").asText();
    assertThat(secondRefresh).isNotBlank().isNotEqualTo(firstRefresh);
    assertThat(http.get("/2/users/me", refreshed.json().path("access_token").asText()).status()).isEqualTo(200);
    SandboxHttp.Reply reused = refresh(PUBLIC_CLIENT, null, firstRefresh);
    assertThat(reused.status()).isEqualTo(400);
    assertThat(reused.json().path("error").asText()).isEqualTo("invalid_grant");
    assertThat(refresh(PUBLIC_CLIENT, null, secondRefresh).status()).isEqualTo(200);
  }

  @Test
  void token_confidentialClientWithBasic_succeeds() {
    String code = authorize(CONFIDENTIAL_CLIENT, "tweet.read users.read");

    SandboxHttp.Reply reply = exchange(CONFIDENTIAL_CLIENT, CLIENT_SECRET, code, VERIFIER);

    assertThat(reply.status()).isEqualTo(200);
  }

  @Test
  void token_confidentialClientSecretInBody_isRefused() {
    String code = authorize(CONFIDENTIAL_CLIENT, "tweet.read users.read");

    SandboxHttp.Reply reply = http.postForm("/2/oauth2/token", null, null, "grant_type=authorization_code&code="
        + UrlEncoded.encode(code) + "&redirect_uri=" + UrlEncoded.encode(REDIRECT) + "&code_verifier=" + VERIFIER
        + "&client_id=" + CONFIDENTIAL_CLIENT + "&client_secret=" + CLIENT_SECRET);

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.json().path("error").asText()).isEqualTo("unauthorized_client");
  }

  @Test
  void token_confidentialClientWrongSecret_isRefused() {
    String code = authorize(CONFIDENTIAL_CLIENT, "tweet.read users.read");

    assertThat(exchange(CONFIDENTIAL_CLIENT, "wrong-secret", code, VERIFIER).json().path("error").asText())
        .isEqualTo("invalid_client");
  }

  @Test
  void revoke_accessToken_makesFurtherCallsUnauthorized() {
    String code = authorize(PUBLIC_CLIENT, "tweet.read users.read");
    String access = exchange(PUBLIC_CLIENT, null, code, VERIFIER).json().path("access_token").asText();

    SandboxHttp.Reply revoked = http.postForm("/2/oauth2/revoke", null, null, "token=" + UrlEncoded.encode(access)
        + "&token_type_hint=access_token&client_id=" + PUBLIC_CLIENT);

    assertThat(revoked.status()).isEqualTo(200);
    assertThat(revoked.json().path("revoked").asBoolean()).isTrue();
    assertThat(http.get("/2/users/me", access).status()).isEqualTo(401);
  }

  @Test
  void revoke_refreshToken_makesRefreshFail() {
    String code = authorize(PUBLIC_CLIENT, "tweet.read users.read offline.access");
    String refreshToken = exchange(PUBLIC_CLIENT, null, code, VERIFIER).json().path("refresh_token").asText();

    http.postForm("/2/oauth2/revoke", null, null, "token=" + UrlEncoded.encode(refreshToken) + "&client_id="
        + PUBLIC_CLIENT);

    assertThat(refresh(PUBLIC_CLIENT, null, refreshToken).json().path("error").asText()).isEqualTo("invalid_grant");
  }

  @Test
  void appToken_withConsumerCredentials_isIssuedAndWorksOnAppOnlyEndpoints() {
    SandboxHttp.Reply reply = http.postForm("/oauth2/token", XSandbox.Builder.DEFAULT_CONSUMER_KEY,
        XSandbox.Builder.DEFAULT_CONSUMER_SECRET, "grant_type=client_credentials");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().path("token_type").asText()).isEqualTo("bearer");
    String token = reply.json().path("access_token").asText();
    assertThat(http.get("/2/tweets/search/recent?query=%23sandbox", token).status()).isEqualTo(200);
  }

  @Test
  void appToken_wrongSecret_answers403WithCode99() {
    SandboxHttp.Reply reply = http.postForm("/oauth2/token", XSandbox.Builder.DEFAULT_CONSUMER_KEY, "nope",
        "grant_type=client_credentials");

    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.json().path("errors").get(0).path("code").asInt()).isEqualTo(99);
  }

  @Test
  void invalidateToken_appToken_stopsItWorking() {
    String token = sandbox.issueAppToken();

    SandboxHttp.Reply reply = http.postForm("/oauth2/invalidate_token", XSandbox.Builder.DEFAULT_CONSUMER_KEY,
        XSandbox.Builder.DEFAULT_CONSUMER_SECRET, "access_token=" + UrlEncoded.encode(token));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(http.get("/2/users/" + sandbox.authorizingUser().id(), token).status()).isEqualTo(401);
    assertThat(sandbox.issueAppToken()).isNotEqualTo(token);
  }

  private String authorizeUrl(String clientId, String scope, String state) {
    return "/i/oauth2/authorize?response_type=code&client_id=" + clientId + "&redirect_uri="
        + UrlEncoded.encode(REDIRECT) + "&scope=" + UrlEncoded.encode(scope) + "&state=" + state
        + "&code_challenge=" + OAuthEndpoints.s256(VERIFIER) + "&code_challenge_method=S256";
  }

  private String authorize(String clientId, String scope) {
    SandboxHttp.Reply reply = http.get(authorizeUrl(clientId, scope, "st"), null);
    assertThat(reply.status()).isEqualTo(302);
    return UrlEncoded.parse(URI.create(reply.header("location")).getRawQuery()).get("code").get(0);
  }

  private SandboxHttp.Reply exchange(String clientId, String secret, String code, String verifier) {
    String form = "grant_type=authorization_code&code=" + UrlEncoded.encode(code) + "&redirect_uri="
        + UrlEncoded.encode(REDIRECT) + "&code_verifier=" + verifier + (secret == null ? "&client_id=" + clientId : "");
    return http.postForm("/2/oauth2/token", secret == null ? null : clientId, secret, form);
  }

  private SandboxHttp.Reply refresh(String clientId, String secret, String refreshToken) {
    String form = "grant_type=refresh_token&refresh_token=" + UrlEncoded.encode(refreshToken)
        + (secret == null ? "&client_id=" + clientId : "");
    return http.postForm("/2/oauth2/token", secret == null ? null : clientId, secret, form);
  }
}
