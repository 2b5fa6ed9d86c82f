package io.github.xconnector.sandbox;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A local, stateful stand-in for the X API v2, served over HTTP on 127.0.0.1, for tests and offline runs.
 *
 * <pre>{@code
 * try (XSandbox sandbox = XSandbox.builder().start()) {
 *   String token = sandbox.issueUserToken(sandbox.authorizingUser().id());
 *   // point the code under test at sandbox.baseUrl() with that token
 * }
 * }</pre>
 *
 * <p>It answers every operation of the project's {@code spec/x-api.yaml} (shipped inside the jar) with X's response
 * shapes and wire names, keeps users, posts, follows, likes, reposts and media in memory, validates each request
 * against the spec, enforces tokens and scopes as X does, and sends rate-limit headers. It also serves X's OAuth 2.0
 * endpoints ({@code GET /i/oauth2/authorize}, {@code POST /2/oauth2/token}, {@code POST /2/oauth2/revoke}) and the
 * app-only ones ({@code POST /oauth2/token}, {@code POST /oauth2/invalidate_token}). It keeps filtered-stream
 * rules and serves the post streams, which send the posts published while they are open (see {@link #streams()}).
 *
 * <p>The server is Jetty 12's core HTTP server, without servlets: it is actively maintained, starts in milliseconds,
 * streams request bodies (uploads are never held in memory) and can close a connection mid-request, which the
 * dropped-connection switch needs. The JDK's {@code com.sun.net.httpserver} was not chosen: it has no multipart
 * parser and no supported way to drop a connection without answering.
 *
 * <p>Instances are thread-safe. {@link #close()} stops the server; a closed sandbox cannot be restarted.
 */
public final class XSandbox implements AutoCloseable {

  /** The scopes {@link #issueUserToken(String, String...)} grants when none are named. */
  public static final Set<String> ALL_SCOPES = Set.of("tweet.read", "tweet.write", "users.read", "follows.read",
      "follows.write", "like.read", "like.write", "bookmark.read", "bookmark.write", "dm.read", "dm.write",
      "media.write", "offline.access", "tweet.moderate.write", "list.read", "list.write", "block.read", "block.write",
      "mute.read", "mute.write", "timeline.read", "space.read");

  private final SandboxWiring wiring;
  private final SandboxServer server;
  private final String baseUrl;
  private final StreamControl streams;

  private XSandbox(SandboxWiring wiring, SandboxServer server, String baseUrl) {
    this.wiring = wiring;
    this.server = server;
    this.baseUrl = baseUrl;
    this.streams = new StreamControl(wiring.streams());
  }

  /** Returns a builder with the defaults documented on its methods. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the base URL to point clients at, such as {@code http://127.0.0.1:54321}, without a trailing slash. */
  public String baseUrl() {
    return baseUrl;
  }

  /** Returns the bound port. */
  public int port() {
    return Integer.parseInt(baseUrl.substring(baseUrl.lastIndexOf(':') + 1));
  }

  /**
   * Issues a user access token without the OAuth flow, as if the user had authorized the default public client.
   *
   * @param userId the id of a sandbox user
   * @param scopes the scopes to grant; none means {@link #ALL_SCOPES}
   * @return the bearer token, valid for the configured access token lifetime
   * @throws IllegalArgumentException if the user does not exist or a scope is not one of X's
   */
  public String issueUserToken(String userId, String... scopes) {
    Objects.requireNonNull(userId, "userId");
    if (wiring.state().user(userId).isEmpty()) {
      throw new IllegalArgumentException("No sandbox user has the id " + userId + "; see users()");
    }
    Set<String> granted = scopes.length == 0 ? ALL_SCOPES : Set.of(scopes);
    if (!OAuthEndpoints.KNOWN_SCOPES.containsAll(granted)) {
      throw new IllegalArgumentException("Unknown scope in " + granted + "; X's scopes are "
          + OAuthEndpoints.KNOWN_SCOPES);
    }
    return wiring.tokens().issueUserTokens(wiring.defaultClientId(), userId, granted).accessToken();
  }

  /** Returns the app-only bearer token (the one {@code POST /oauth2/token} hands out). */
  public String issueAppToken() {
    return wiring.tokens().appToken();
  }

  /** Returns the switches for latency, 503s, dropped connections and the usage cap. */
  public FaultInjector faults() {
    return wiring.faults();
  }

  /**
   * Returns the switches of the post streams: drop, stall or disconnect the open connections, refuse the next ones
   * with 429 or 503, and see how many are open and how many posts their full buffers dropped.
   */
  public StreamControl streams() {
    return streams;
  }

  /** Returns the sandbox's users (seed users first), as they are now. */
  public List<SandboxUser> users() {
    return wiring.state().users();
  }

  /**
   * Returns the user with the given username (case-insensitive).
   *
   * @throws IllegalArgumentException if there is none
   */
  public SandboxUser user(String username) {
    return wiring.state().userByUsername(username)
        .orElseThrow(() -> new IllegalArgumentException("No sandbox user is named " + username));
  }

  /** Returns the user the authorization endpoint approves requests for. */
  public SandboxUser authorizingUser() {
    return wiring.state().user(wiring.authorizingUserId()).orElseThrow();
  }

  /**
   * Makes one sandbox user block another, as the X app does; X's API v2 document has no operation that blocks. The
   * two stop following each other, the blocked user's posts leave the blocker's home timeline, the block is listed by
   * {@code GET /2/users/{id}/blocking} and reported as {@code blocking} in the blocked user's
   * {@code connection_status}.
   *
   * @param userId the id of the user who blocks
   * @param targetUserId the id of the user blocked
   * @throws IllegalArgumentException if either user does not exist, or they are the same user
   */
  public void block(String userId, String targetUserId) {
    for (String id : List.of(userId, targetUserId)) {
      if (wiring.state().user(id).isEmpty()) {
        throw new IllegalArgumentException("No sandbox user has the id " + id + "; see users()");
      }
    }
    if (userId.equals(targetUserId)) {
      throw new IllegalArgumentException("A user cannot block themselves");
    }
    wiring.state().relations().block(userId, targetUserId);
    wiring.state().unfollow(userId, targetUserId);
    wiring.state().unfollow(targetUserId, userId);
  }

  /** Returns the registered OAuth 2.0 clients. */
  public List<SandboxClient> clients() {
    return wiring.clients();
  }

  /** Ends the open streams and stops the server. Calling it again does nothing. */
  @Override
  public void close() {
    wiring.streams().shutDown();
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("The X sandbox did not stop cleanly", e);
    }
  }

  /** Blocks until the server stops; used by {@link XSandboxMain}. */
  void awaitStop() throws InterruptedException {
    server.join();
  }

  /**
   * Configures and starts a sandbox. Not thread-safe; each {@link #start()} makes an independent sandbox, and later
   * changes to the builder do not affect it.
   */
  public static final class Builder {

    /** The default public client: no secret, any loopback redirect URI. */
    public static final String DEFAULT_PUBLIC_CLIENT_ID = "sandbox-public-client";
    /** The default confidential client, authenticating with HTTP Basic and {@link #DEFAULT_CLIENT_SECRET}. */
    public static final String DEFAULT_CONFIDENTIAL_CLIENT_ID = "sandbox-confidential-client";
    /** The secret of the default confidential client (a sandbox value, not a real secret). */
    public static final String DEFAULT_CLIENT_SECRET = "sandbox-client-secret";
    /** The default consumer key for app-only tokens. */
    public static final String DEFAULT_CONSUMER_KEY = "sandbox-consumer-key";
    /** The default consumer secret for app-only tokens (a sandbox value, not a real secret). */
    public static final String DEFAULT_CONSUMER_SECRET = "sandbox-consumer-secret";

    int port;
    Clock clock = Clock.systemUTC();
    Duration accessTokenLifetime = Duration.ofHours(2);
    String authorizingUserId;
    final List<SandboxClient> clients = new ArrayList<>(List.of(
        SandboxClient.publicClient(DEFAULT_PUBLIC_CLIENT_ID),
        SandboxClient.confidentialClient(DEFAULT_CONFIDENTIAL_CLIENT_ID, DEFAULT_CLIENT_SECRET)));
    String consumerKey = DEFAULT_CONSUMER_KEY;
    String consumerSecret = DEFAULT_CONSUMER_SECRET;
    int defaultRateLimit = 900;
    final Map<String, Integer> rateLimits = new LinkedHashMap<>();
    final List<SandboxUser> extraUsers = new ArrayList<>();
    boolean seedData = true;
    Duration mediaPending = Duration.ofSeconds(1);
    Duration mediaInProgress = Duration.ofSeconds(3);
    Consumer<Duration> sleeper = Builder::sleep;
    StreamSettings streams = StreamSettings.defaults();

    private Builder() {}

    /** Sets the port on 127.0.0.1. Defaults to 0: a free port, read back with {@link XSandbox#port()}. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("A port is 0 to 65535, got " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * Sets the clock behind token expiry, media processing, rate-limit windows and post times. Defaults to
     * {@link Clock#systemUTC()}; pass an {@link AdjustableClock} to move time in tests.
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Sets how long user access tokens live. Defaults to 2 hours (7200 s), as on X. */
    public Builder accessTokenLifetime(Duration lifetime) {
      if (lifetime.isNegative() || lifetime.isZero()) {
        throw new IllegalArgumentException("The access token lifetime must be positive, got " + lifetime);
      }
      this.accessTokenLifetime = lifetime;
      return this;
    }

    /** Sets the user the authorization endpoint approves for. Defaults to the seed user {@code sandbox_dev}. */
    public Builder authorizingUser(String userId) {
      this.authorizingUserId = Objects.requireNonNull(userId, "userId");
      return this;
    }

    /**
     * Replaces the registered OAuth 2.0 clients. Defaults to a public client {@value #DEFAULT_PUBLIC_CLIENT_ID} and
     * a confidential client {@value #DEFAULT_CONFIDENTIAL_CLIENT_ID} (secret {@value #DEFAULT_CLIENT_SECRET}), both
     * accepting any loopback redirect URI.
     */
    public Builder clients(Collection<SandboxClient> clients) {
      if (clients.isEmpty()) {
        throw new IllegalArgumentException("At least one OAuth 2.0 client is needed");
      }
      this.clients.clear();
      this.clients.addAll(clients);
      return this;
    }

    /** Registers one more OAuth 2.0 client next to the others. */
    public Builder addClient(SandboxClient client) {
      this.clients.add(Objects.requireNonNull(client, "client"));
      return this;
    }

    /** Sets the consumer key and secret that {@code POST /oauth2/token} accepts for app-only tokens. */
    public Builder consumerCredentials(String key, String secret) {
      this.consumerKey = Objects.requireNonNull(key, "key");
      this.consumerSecret = Objects.requireNonNull(secret, "secret");
      return this;
    }

    /** Sets the requests per 15-minute window for endpoints without their own limit. Defaults to 900. */
    public Builder defaultRateLimit(int limit) {
      this.defaultRateLimit = requirePositive(limit);
      return this;
    }

    /**
     * Sets the requests per 15-minute window, per caller, for one endpoint, named as
     * {@code "GET /2/tweets/search/recent"} (method and spec path) or by its operation id ({@code searchRecentPosts}).
     * The next request over the limit gets X's 429 until the window resets.
     */
    public Builder rateLimit(String endpoint, int limit) {
      rateLimits.put(Objects.requireNonNull(endpoint, "endpoint"), requirePositive(limit));
      return this;
    }

    /** Adds a user next to the seed users. */
    public Builder addUser(SandboxUser user) {
      extraUsers.add(Objects.requireNonNull(user, "user"));
      return this;
    }

    /**
     * Sets whether the sandbox starts with its seed users, follows, posts and likes. Defaults to true. Without them,
     * add users and name the {@link #authorizingUser(String)}.
     */
    public Builder seedData(boolean seedData) {
      this.seedData = seedData;
      return this;
    }

    /**
     * Sets how long finalized videos and GIFs stay {@code pending} and then {@code in_progress} before they
     * {@code succeeded}. Defaults to 1 s and 3 s.
     */
    public Builder mediaProcessing(Duration pending, Duration inProgress) {
      if (pending.isNegative() || inProgress.isNegative()) {
        throw new IllegalArgumentException("Processing times must not be negative");
      }
      this.mediaPending = pending;
      this.mediaInProgress = inProgress;
      return this;
    }

    /**
     * Sets how long a stream stays silent before it sends a keep-alive (an empty line). Defaults to each stream's
     * interval in the spec ({@code x-stream}: X's 20 seconds); tests set it shorter to see keep-alives quickly.
     *
     * @throws IllegalArgumentException if the interval is not positive
     */
    public Builder streamKeepAlive(Duration interval) {
      Objects.requireNonNull(interval, "interval");
      if (interval.isNegative() || interval.isZero()) {
        throw new IllegalArgumentException("The keep-alive interval must be positive, got " + interval);
      }
      streams = new StreamSettings(interval, streams.bufferSize(), streams.maxRuleLength(), streams.rulesPerApp());
      return this;
    }

    /**
     * Sets how many posts one stream connection keeps waiting to be written when its reader is slower than the
     * posts (or the connection is stalled); further posts are dropped and counted in
     * {@link StreamControl#droppedPosts()}. Defaults to {@value StreamSettings#DEFAULT_BUFFER_SIZE}.
     *
     * @throws IllegalArgumentException if the size is less than 1
     */
    public Builder streamBuffer(int posts) {
      if (posts < 1) {
        throw new IllegalArgumentException("A stream buffer holds at least 1 post, got " + posts);
      }
      streams = new StreamSettings(streams.keepAlive(), posts, streams.maxRuleLength(), streams.rulesPerApp());
      return this;
    }

    /**
     * Sets the limits on the filtered stream's rules, as X's access levels differ: the longest rule value, and the
     * most rules one app may hold. A longer rule, or an addition over the cap, is refused as X refuses it, in the
     * errors of a 200. Defaults to the spec's bounds ({@code RuleValue}'s maximum length and the most rules one
     * request may add).
     *
     * @throws IllegalArgumentException if a limit is less than 1
     */
    public Builder streamRuleLimits(int maxRuleLength, int rulesPerApp) {
      if (maxRuleLength < 1 || rulesPerApp < 1) {
        throw new IllegalArgumentException("Rule limits must be at least 1, got " + maxRuleLength + " and "
            + rulesPerApp);
      }
      streams = new StreamSettings(streams.keepAlive(), streams.bufferSize(), maxRuleLength, rulesPerApp);
      return this;
    }

    /** Replaces how the latency switch waits; lets tests record delays instead of sleeping. */
    Builder sleeper(Consumer<Duration> sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /**
     * Starts a sandbox with this configuration.
     *
     * @throws IllegalArgumentException if the configuration is inconsistent (unknown rate-limit endpoint, unknown
     *     authorizing user, duplicate users or clients)
     * @throws UncheckedIOException if the port cannot be bound
     */
    public XSandbox start() {
      SandboxServer server = new SandboxServer(port);
      SandboxWiring wiring = new SandboxWiring(this);
      try {
        int boundPort = server.start(wiring::handle);
        String baseUrl = "http://" + SandboxServer.host() + ":" + boundPort;
        wiring.connect(baseUrl);
        return new XSandbox(wiring, server, baseUrl);
      } catch (Exception e) {
        try {
          server.stop();
        } catch (Exception stopFailure) {
          e.addSuppressed(stopFailure);
        }
        throw new UncheckedIOException(new java.io.IOException("The X sandbox could not start on port " + port, e));
      }
    }

    private static int requirePositive(int limit) {
      if (limit < 1) {
        throw new IllegalArgumentException("A rate limit must be at least 1, got " + limit);
      }
      return limit;
    }

    private static void sleep(Duration duration) {
      try {
        Thread.sleep(duration.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
