package io.github.xconnector.sandbox.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xconnector.XClient;
import io.github.xconnector.auth.AuthorizationCallback;
import io.github.xconnector.auth.AuthorizationCodeFlow;
import io.github.xconnector.auth.ClientCredentialsTokenProvider;
import io.github.xconnector.auth.LoopbackReceiver;
import io.github.xconnector.auth.OAuth2Tokens;
import io.github.xconnector.auth.OAuth2UserTokenProvider;
import io.github.xconnector.auth.PendingAuthorization;
import io.github.xconnector.auth.TokenStore;
import io.github.xconnector.credentials.AccessTokenProvider;
import io.github.xconnector.internal.Transports;
import io.github.xconnector.sandbox.AdjustableClock;
import io.github.xconnector.sandbox.XSandbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A started sandbox and the SDK pointed at it: one clock shared by the sandbox, the OAuth 2.0 flow and the clients,
 * a sleeper that moves that clock instead of waiting, a recording transport, and the real OAuth 2.0 flow with an HTTP
 * client standing in for the browser.
 */
final class SdkSandbox implements AutoCloseable {

  static final Instant START = Instant.parse("2026-06-01T12:00:00Z");
  static final String PUBLIC_CLIENT = XSandbox.Builder.DEFAULT_PUBLIC_CLIENT_ID;
  static final String CONFIDENTIAL_CLIENT = XSandbox.Builder.DEFAULT_CONFIDENTIAL_CLIENT_ID;
  static final String CLIENT_SECRET = XSandbox.Builder.DEFAULT_CLIENT_SECRET;
  static final List<String> SCOPES = List.of("tweet.read", "tweet.write", "users.read", "follows.read",
      "follows.write", "like.read", "like.write", "bookmark.read", "bookmark.write", "dm.read", "dm.write",
      "media.write", "offline.access", "tweet.moderate.write", "list.read", "list.write", "block.read", "mute.read",
      "mute.write", "timeline.read", "space.read");

  private static final HttpClient BROWSER = HttpClient.newBuilder()
      .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();

  private final AdjustableClock clock;
  private final XSandbox sandbox;
  private final RecordingTransport transport = new RecordingTransport(
      Transports.create(Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofMinutes(2)).client(null));
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  private SdkSandbox(AdjustableClock clock, XSandbox sandbox) {
    this.clock = clock;
    this.sandbox = sandbox;
  }

  /** Starts a sandbox with the default configuration. */
  static SdkSandbox start() {
    return start(UnaryOperator.identity());
  }

  /** Starts a sandbox configured by {@code config}; the clock is set here and must not be replaced. */
  static SdkSandbox start(UnaryOperator<XSandbox.Builder> config) {
    AdjustableClock clock = AdjustableClock.at(START);
    return new SdkSandbox(clock, config.apply(XSandbox.builder().clock(clock)).start());
  }

  AdjustableClock clock() {
    return clock;
  }

  XSandbox sandbox() {
    return sandbox;
  }

  RecordingTransport transport() {
    return transport;
  }

  /** The waits the clients asked for, in order; each one moved the clock instead of sleeping. */
  List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }

  /** Returns a flow for the public client against the sandbox's OAuth 2.0 endpoints. */
  AuthorizationCodeFlow publicFlow() {
    return flow(PUBLIC_CLIENT, null);
  }

  /** Returns a flow for the confidential client, which authenticates with HTTP Basic. */
  AuthorizationCodeFlow confidentialFlow() {
    return flow(CONFIDENTIAL_CLIENT, CLIENT_SECRET);
  }

  private AuthorizationCodeFlow flow(String clientId, String clientSecret) {
    return AuthorizationCodeFlow.builder()
        .clientId(clientId)
        .clientSecret(clientSecret)
        .authorizationUrl(URI.create(sandbox.baseUrl() + "/i/oauth2/authorize"))
        .tokenUrl(URI.create(sandbox.baseUrl() + "/2/oauth2/token"))
        .revokeUrl(URI.create(sandbox.baseUrl() + "/2/oauth2/revoke"))
        .scopes(SCOPES)
        .clock(clock)
        .build();
  }

  /**
   * Runs the whole Authorization Code flow: a loopback receiver, the authorization URL opened by an HTTP client that
   * follows the sandbox's redirect to the receiver, and the code exchanged for tokens.
   */
  OAuth2Tokens authorize(AuthorizationCodeFlow flow) {
    try (LoopbackReceiver receiver = LoopbackReceiver.start()) {
      return authorize(flow, receiver);
    }
  }

  /** Runs the Authorization Code flow as {@link #authorize(AuthorizationCodeFlow)} with a given receiver. */
  OAuth2Tokens authorize(AuthorizationCodeFlow flow, LoopbackReceiver receiver) {
    PendingAuthorization pending = flow.begin(receiver.redirectUri());
    CompletableFuture<HttpResponse<String>> browser = BROWSER.sendAsync(
        HttpRequest.newBuilder(pending.authorizationUrl()).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
    AuthorizationCallback callback = receiver.awaitCallback(pending, Duration.ofSeconds(10));
    HttpResponse<String> page = browser.join();
    assertThat(page.uri().toString()).startsWith(receiver.redirectUri().toString());
    assertThat(page.statusCode()).isEqualTo(200);
    return flow.exchange(pending, callback);
  }

  /** Authorizes with the public client and returns a refreshing provider that keeps its tokens in {@code store}. */
  OAuth2UserTokenProvider userTokens(TokenStore store) {
    AuthorizationCodeFlow flow = publicFlow();
    store.save(authorize(flow));
    return OAuth2UserTokenProvider.builder(flow).tokenStore(store).build();
  }

  /** Returns an app-only provider that obtains its token from the sandbox with the consumer key and secret. */
  ClientCredentialsTokenProvider appTokens() {
    return ClientCredentialsTokenProvider.builder()
        .consumerKey(XSandbox.Builder.DEFAULT_CONSUMER_KEY)
        .consumerSecret(XSandbox.Builder.DEFAULT_CONSUMER_SECRET)
        .tokenUrl(URI.create(sandbox.baseUrl() + "/oauth2/token"))
        .build();
  }

  /** Returns a client on the sandbox that records its exchanges and waits by moving the shared clock. */
  XClient client(AccessTokenProvider credentials) {
    return client(credentials, UnaryOperator.identity());
  }

  /** Returns a client as {@link #client(AccessTokenProvider)} with further options. */
  XClient client(AccessTokenProvider credentials, UnaryOperator<XClient.Builder> options) {
    return options.apply(XClient.builder()
        .baseUrl(sandbox.baseUrl())
        .credentials(credentials)
        .transport(transport)
        .clock(clock)
        .sleeper(duration -> {
          sleeps.add(duration);
          clock.advance(duration);
        })
        .connectionName("e2e")).build();
  }

  /** Revokes a token at the sandbox as another party would (the user in X's settings), outside the SDK. */
  void revokeAtServer(String token) {
    HttpResponse<String> answer = postForm("/2/oauth2/revoke", null, Map.of("token", token,
        "client_id", PUBLIC_CLIENT));
    assertThat(answer.statusCode()).isEqualTo(200);
  }

  /** Posts a form to a sandbox endpoint, with HTTP Basic credentials when {@code basic} is "id:secret". */
  HttpResponse<String> postForm(String path, String basic, Map<String, String> form) {
    String body = form.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path))
        .timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (basic != null) {
      request.header("Authorization", "Basic "
          + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
    }
    try {
      return BROWSER.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    sandbox.close();
  }
}
