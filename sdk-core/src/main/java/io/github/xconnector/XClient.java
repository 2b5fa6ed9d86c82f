package io.github.xconnector;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Client;
import feign.ExceptionPropagationPolicy;
import feign.Feign;
import feign.Logger;
import feign.Request;
import feign.Retryer;
import feign.Target;
import io.github.xconnector.credentials.AccessTokenProvider;
import io.github.xconnector.credentials.ConnectionSource;
import io.github.xconnector.errors.XValidationException;
import io.github.xconnector.generated.operations.OperationTable;
import io.github.xconnector.internal.AuthorizationInterceptor;
import io.github.xconnector.internal.CallExecutor;
import io.github.xconnector.internal.ClientTransport;
import io.github.xconnector.internal.CsvContract;
import io.github.xconnector.internal.DirectCalls;
import io.github.xconnector.internal.ExchangeCapture;
import io.github.xconnector.internal.JsonMappers;
import io.github.xconnector.internal.Lazy;
import io.github.xconnector.internal.OpenBodyApi;
import io.github.xconnector.internal.Operation;
import io.github.xconnector.internal.RateLimitRecord;
import io.github.xconnector.internal.RedactingLogger;
import io.github.xconnector.internal.RequestEncoders;
import io.github.xconnector.internal.StorageTransfer;
import io.github.xconnector.internal.Transports;
import io.github.xconnector.internal.XErrorDecoder;
import io.github.xconnector.internal.XResponseDecoder;
import io.github.xconnector.media.MediaService;
import io.github.xconnector.media.MultipartBodyEncoder;
import io.github.xconnector.resources.ApiService;
import io.github.xconnector.resources.BookmarksService;
import io.github.xconnector.resources.CommunitiesService;
import io.github.xconnector.resources.CommunityNotesService;
import io.github.xconnector.resources.ComplianceService;
import io.github.xconnector.resources.DirectMessagesService;
import io.github.xconnector.resources.Fields;
import io.github.xconnector.resources.FollowsService;
import io.github.xconnector.resources.LikesService;
import io.github.xconnector.resources.ListsService;
import io.github.xconnector.resources.NewsService;
import io.github.xconnector.resources.PostsService;
import io.github.xconnector.resources.RepostsService;
import io.github.xconnector.resources.SearchService;
import io.github.xconnector.resources.SpacesService;
import io.github.xconnector.resources.TimelinesService;
import io.github.xconnector.resources.TrendsService;
import io.github.xconnector.resources.UsageService;
import io.github.xconnector.resources.UsersService;
import io.github.xconnector.streams.StreamsService;
import io.github.xconnector.transport.RateLimits;
import io.github.xconnector.transport.RawResponse;
import io.github.xconnector.transport.RetryPolicy;
import io.github.xconnector.transport.Sleeper;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The entry point of the SDK: a typed client for the X API v2, grouped by resource.
 *
 * <pre>{@code
 * XClient x = XClient.builder().credentials(tokenProvider).build();
 * User me = x.users().me().getData();
 * x.posts().create(PostDraft.text("Hello from Java").build());
 * }</pre>
 *
 * <p>A client is immutable and thread-safe; build one and share it. {@link #withOptions(Consumer)} derives a client
 * with other options that shares this one's connections. {@link #fromEnv()} builds one from the connection settings
 * in the environment.
 *
 * <p>Results are the generated models of {@code io.github.xconnector.generated.model}: each call returns new objects
 * that nothing else holds, so a caller may change them freely (they are plain mutable beans, not thread-safe); the
 * client never reads them again.
 *
 * <p>Close a client when done with it ({@code try (XClient x = ...)}): that frees the connections and threads it
 * created. A transport passed to {@link Builder#transport} stays open; calls on a closed client fail before sending.
 */
public final class XClient implements AutoCloseable {

  private final Lazy<DirectMessagesService> directMessages;
  private final Config options;
  private final ClientTransport transport;
  // Each service's Feign target is made on first use: reading a generated interface's methods is most of the time it
  // takes to build a client, and a program rarely needs all of them.
  private final Lazy<PostsService> posts;
  private final Lazy<TimelinesService> timelines;
  private final Lazy<CommunityNotesService> communityNotes;
  private final Lazy<ComplianceService> compliance;
  private final Lazy<SearchService> search;
  private final Lazy<UsersService> users;
  private final Lazy<FollowsService> follows;
  private final Lazy<LikesService> likes;
  private final Lazy<RepostsService> reposts;
  private final Lazy<SpacesService> spaces;
  private final Lazy<TrendsService> trends;
  private final Lazy<UsageService> usage;
  private final Lazy<CommunitiesService> communities;
  private final Lazy<NewsService> news;
  private final Lazy<BookmarksService> bookmarks;
  private final Lazy<ListsService> lists;
  private final Lazy<MediaService> media;
  private final Lazy<ApiService> api;
  private final Lazy<StreamsService> streams;
  private final RateLimitRecord rateLimits = new RateLimitRecord();
  // Shared with the clients withOptions derives, so they reuse the readers it has built.
  private final ObjectMapper mapper;

  private XClient(Config options, ClientTransport transport, ObjectMapper mapper) {
    this.options = options;
    this.transport = transport;
    this.mapper = mapper;
    XResponseDecoder decoder = new XResponseDecoder(mapper, options.connectionName, options.maxResponseSize);
    XErrorDecoder errorDecoder = new XErrorDecoder(mapper, options.clock, options.connectionName);
    AuthorizationInterceptor authorization = new AuthorizationInterceptor(options.credentials,
        options.connectionName);
    Request.Options timeouts = new Request.Options(options.connectTimeout.toMillis(), TimeUnit.MILLISECONDS,
        options.readTimeout.toMillis(), TimeUnit.MILLISECONDS, false);
    // Made on first use: calls sent straight on OkHttp need no Feign at all.
    Supplier<Feign.Builder> http = () -> Feign.builder()
        .client(transport.client(options.connectionName))
        .contract(new CsvContract())
        // Media segments are sent as laid out; every other body goes to the form or JSON encoder.
        .encoder(new MultipartBodyEncoder(RequestEncoders.create(mapper)))
        .decoder(decoder)
        .errorDecoder(errorDecoder)
        // Attempts are made and repeated by the call path (CallExecutor), which knows each operation's retry safety.
        .retryer(Retryer.NEVER_RETRY)
        .requestInterceptor(authorization)
        .options(timeouts)
        .logger(new RedactingLogger(options.connectionName))
        .logLevel(options.logLevel.feignLevel)
        .exceptionPropagationPolicy(ExceptionPropagationPolicy.NONE);
    Lazy<Feign> feign = new Lazy<>(() -> http.get().build());
    // Downloads (OpenBodyApi) keep the body open after decoding: the caller reads the stream and closes it.
    Lazy<Feign> openBodies = new Lazy<>(() -> http.get().doNotCloseAfterDecode().build());
    // Operations with JSON bodies and answers are sent straight on OkHttp, unless the client logs or was given a
    // transport of the caller's: Feign's templating was most of the SDK's own cost per call (docs/PERFORMANCE.md).
    DirectCalls direct = DirectCalls.of(transport, options.logLevel != LogLevel.NONE, timeouts, options.baseUrl, mapper,
        authorization, decoder, errorDecoder, options.connectionName);
    CallExecutor calls = new CallExecutor(api -> (OpenBodyApi.class.isAssignableFrom(api) ? openBodies : feign).get()
        .newInstance(new Target.HardCodedTarget<>(api, options.baseUrl)), direct, options.credentials,
        options.retryPolicy,
        options.clock, options.sleeper, options.connectionName,
        !Fields.POST_FIELDS.equals(options.postFieldsParameter), rateLimits);
    // Streams: bodies kept open, on the transport's stream client (no deadline on the whole exchange), and no retries
    // by the call path: a stream reconnects by X's own rules.
    Lazy<Feign> streaming = new Lazy<>(() -> http.get().doNotCloseAfterDecode()
        .client(transport.streamClient(options.connectionName)).build());
    CallExecutor streamCalls = new CallExecutor(api -> streaming.get().newInstance(new Target.HardCodedTarget<>(api,
        options.baseUrl)), null, options.credentials, RetryPolicy.none(), options.clock, options.sleeper,
        options.connectionName, !Fields.POST_FIELDS.equals(options.postFieldsParameter), rateLimits);
    this.streams = new Lazy<>(() -> new StreamsService(calls, streamCalls, mapper, options.clock, options.sleeper,
        options.connectionName, options.connectTimeout, transport::onClose));
    this.communityNotes = new Lazy<>(() -> new CommunityNotesService(calls));
    this.compliance = new Lazy<>(() -> new ComplianceService(calls, new StorageTransfer(options.connectTimeout,
        options.readTimeout, transport::isClosed, options.connectionName)));
    this.posts = new Lazy<>(() -> new PostsService(calls, options.maxPostLength));
    this.timelines = new Lazy<>(() -> new TimelinesService(calls));
    this.search = new Lazy<>(() -> new SearchService(calls));
    this.users = new Lazy<>(() -> new UsersService(calls));
    this.follows = new Lazy<>(() -> new FollowsService(calls));
    this.directMessages = new Lazy<>(() -> new DirectMessagesService(calls));
    this.spaces = new Lazy<>(() -> new SpacesService(calls));
    this.trends = new Lazy<>(() -> new TrendsService(calls));
    this.usage = new Lazy<>(() -> new UsageService(calls));
    this.communities = new Lazy<>(() -> new CommunitiesService(calls));
    this.news = new Lazy<>(() -> new NewsService(calls));
    this.likes = new Lazy<>(() -> new LikesService(calls));
    this.reposts = new Lazy<>(() -> new RepostsService(calls));
    this.bookmarks = new Lazy<>(() -> new BookmarksService(calls));
    this.lists = new Lazy<>(() -> new ListsService(calls));
    this.media = new Lazy<>(() -> new MediaService(calls, options.sleeper));
    this.api = new Lazy<>(() -> new ApiService(calls, options.baseUrl, options.connectionName));
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a client from the connection settings in the environment: the environment variables and system
   * properties {@code x-connector-auth} documents ({@code X_CONNECTION_NAME}, {@code X_AUTHENTICATION},
   * {@code X_ENDPOINT_URL}, ...), and the properties file named by {@code X_SETTINGS_FILE}. Needs
   * {@code x-connector-auth} on the class or module path. Change other options with {@link #withOptions(Consumer)}.
   *
   * <pre>{@code
   * try (XClient x = XClient.fromEnv()) {
   *   x.posts().create("Hello from Java");
   * }
   * }</pre>
   *
   * @return the client
   * @throws XValidationException when x-connector-auth is missing, or a setting is missing or invalid (the message
   *     names it and where it was looked for)
   */
  public static XClient fromEnv() {
    ConnectionSource source = ServiceLoader.load(ConnectionSource.class, XClient.class.getClassLoader()).findFirst()
        .orElseThrow(() -> new XValidationException("XClient.fromEnv() reads the connection settings with"
            + " x-connector-auth, which is not on the class path: add the io.github.xconnector:x-connector-auth"
            + " dependency, or build the client with XClient.builder().credentials(...)."));
    ConnectionSource.Connection connection = source.fromEnvironment();
    return builder().connectionName(connection.name()).baseUrl(connection.baseUrl())
        .credentials(connection.credentials()).build();
  }

  /**
   * Returns a builder holding this client's options, to build an independent variant: the client it builds has a
   * transport of its own unless this client was given one.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return options.toBuilder();
  }

  /**
   * Builds a client with this client's options changed by {@code change}. This client is not affected; the two share
   * the connections, which this client owns: closing the derived client leaves them open, closing this one stops
   * both.
   *
   * @param change changes the options, for example {@code b -> b.retryPolicy(RetryPolicy.none())}
   * @return the new client
   */
  public XClient withOptions(Consumer<Builder> change) {
    Objects.requireNonNull(change, "change");
    Builder copy = options.toBuilder();
    change.accept(copy);
    if (copy.transport != options.transport || !Objects.equals(copy.callTimeout, options.callTimeout)) {
      return copy.build();
    }
    return new XClient(copy.config(), transport.share(), mapper);
  }

  /**
   * Closes the client: frees the connections and threads it created, and makes later calls fail before sending.
   * A transport given to {@link Builder#transport} is left open. Closing twice does nothing more.
   */
  @Override
  public void close() {
    transport.close();
  }

  /** @return publish, delete and look up posts */
  public PostsService posts() {
    return posts.get();
  }

  /** @return a user's posts, mentions and the home timeline */
  public TimelinesService timelines() {
    return timelines.get();
  }

  /** @return recent search and counts */
  public SearchService search() {
    return search.get();
  }

  /** @return user lookups */
  public UsersService users() {
    return users.get();
  }

  /** @return follow, unfollow, followers and following */
  public FollowsService follows() {
    return follows.get();
  }

  /** @return like, unlike, liking users and liked posts */
  public LikesService likes() {
    return likes.get();
  }

  /** @return repost, undo and reposted by */
  public RepostsService reposts() {
    return reposts.get();
  }

  /** @return the authenticated user's bookmarks */
  public BookmarksService bookmarks() {
    return bookmarks.get();
  }

  /** @return lists: create and manage them, their members, followers and posts, follows and pins */
  public ListsService lists() {
    return lists.get();
  }

  /** @return Spaces: lookups, search, buyers and posts */
  public SpacesService spaces() {
    return spaces.get();
  }

  /** @return trends of a place and of the authenticated user */
  public TrendsService trends() {
    return trends.get();
  }

  /** @return the project's post consumption */
  public UsageService usage() {
    return usage.get();
  }

  /** @return Communities: lookup and search */
  public CommunitiesService communities() {
    return communities.get();
  }

  /** @return news stories: lookup and search */
  public NewsService news() {
    return news.get();
  }

  /** @return send, list, delete and block direct messages, and download their media */
  public DirectMessagesService directMessages() {
    return directMessages.get();
  }

  /**
   * Streams of posts as X publishes them: the filtered stream with its rules, and the 1% and 10% samples; app-only
   * Bearer token.
   *
   * @return rules, the filtered stream and the sample streams
   */
  public StreamsService streams() {
    return streams.get();
  }

  /** @return media upload and metadata */
  public MediaService media() {
    return media.get();
  }

  /**
   * Calls any endpoint of the X API v2, also one the SDK has no method for yet, with the same authentication,
   * checks, retries, rate-limit handling and errors as the typed services; answers come back as JSON trees or a
   * class the caller names.
   *
   * <pre>{@code
   * JsonNode lists = x.api().call(ApiRequest.get("/2/users/{id}/pinned_lists").pathParameter("id", userId).build());
   * }</pre>
   *
   * @return calls by method and path
   */
  public ApiService api() {
    return api.get();
  }

  /** @return Community Notes: eligible posts, drafts scored, notes written and deleted */
  public CommunityNotesService communityNotes() {
    return communityNotes.get();
  }

  /** @return batch compliance jobs, with the upload of their ids and the download of their results */
  public ComplianceService compliance() {
    return compliance.get();
  }

  /**
   * Returns the latest rate-limit state X reported for each endpoint this client called, for calls whose result
   * does not carry it (pages and exceptions do).
   *
   * @return this client's rate-limit record
   */
  public RateLimits rateLimits() {
    return rateLimits;
  }

  /**
   * Makes a call and returns its result together with the HTTP answer it was read from: status, headers, rate-limit
   * state and the body bytes as X sent them. The call is made once, as usual; only the calling thread's calls are
   * seen, so threads may share the client.
   *
   * <pre>{@code
   * RawResponse<UserResponse> me = x.withRawResponse(() -> x.users().me());
   * log.info("{} {} {}", me.statusCode(), me.header("x-transaction-id").orElse("-"), me.bodyText());
   * }</pre>
   *
   * @param call one call on this client (when it makes several, such as walking pages, the last answer counts)
   * @param <T> the result type
   * @return the result and its answer
   * @throws io.github.xconnector.errors.XException as the call would
   */
  public <T> RawResponse<T> withRawResponse(Supplier<T> call) {
    return ExchangeCapture.capture(Objects.requireNonNull(call, "call"));
  }

  /** @return the base URL requests go to */
  public String baseUrl() {
    return options.baseUrl;
  }

  @Override
  public String toString() {
    return "XClient{" + (options.connectionName == null ? "" : "connection=" + options.connectionName + ", ")
        + "baseUrl=" + options.baseUrl + "}";
  }

  /** How much of each HTTP exchange is logged, at debug level of the {@code io.github.xconnector.http} logger. */
  public enum LogLevel {
    /** Nothing. */
    NONE(Logger.Level.NONE),
    /** Method, URL, status and time. */
    BASIC(Logger.Level.BASIC),
    /** Also the headers, with {@code Authorization} left out. */
    HEADERS(Logger.Level.HEADERS),
    /** Also the bodies. */
    FULL(Logger.Level.FULL);

    private final Logger.Level feignLevel;

    LogLevel(Logger.Level feignLevel) {
      this.feignLevel = feignLevel;
    }
  }

  // The options of a built client: fixed once built, whatever happens to the builder afterwards.
  private static final class Config {
    final String baseUrl;
    final AccessTokenProvider credentials;
    final Client transport;
    final Duration connectTimeout;
    final Duration readTimeout;
    final Duration callTimeout;
    final long maxResponseSize;
    final RetryPolicy retryPolicy;
    final Clock clock;
    final Sleeper sleeper;
    final String postFieldsParameter;
    final int maxPostLength;
    final String connectionName;
    final LogLevel logLevel;

    Config(Builder b, String baseUrl) {
      this.baseUrl = baseUrl;
      this.credentials = b.credentials;
      this.transport = b.transport;
      this.connectTimeout = b.connectTimeout;
      this.readTimeout = b.readTimeout;
      this.callTimeout = b.callTimeout;
      this.maxResponseSize = b.maxResponseSize;
      this.retryPolicy = b.retryPolicy;
      this.clock = b.clock;
      this.sleeper = b.sleeper;
      this.postFieldsParameter = b.postFieldsParameter;
      this.maxPostLength = b.maxPostLength;
      this.connectionName = b.connectionName;
      this.logLevel = b.logLevel;
    }

    Builder toBuilder() {
      Builder b = new Builder();
      b.baseUrl = baseUrl;
      b.credentials = credentials;
      b.transport = transport;
      b.connectTimeout = connectTimeout;
      b.readTimeout = readTimeout;
      b.callTimeout = callTimeout;
      b.maxResponseSize = maxResponseSize;
      b.retryPolicy = retryPolicy;
      b.clock = clock;
      b.sleeper = sleeper;
      b.postFieldsParameter = postFieldsParameter;
      b.maxPostLength = maxPostLength;
      b.connectionName = connectionName;
      b.logLevel = logLevel;
      return b;
    }
  }

  /** Builds an {@link XClient}. Not thread-safe; the clients it builds are. */
  public static final class Builder {
    private String baseUrl = "https://api.x.com";
    private AccessTokenProvider credentials;
    private Client transport;
    private Duration connectTimeout = Transports.DEFAULT_CONNECT_TIMEOUT;
    private Duration readTimeout = Transports.DEFAULT_READ_TIMEOUT;
    private Duration callTimeout = Transports.DEFAULT_CALL_TIMEOUT;
    private long maxResponseSize = XResponseDecoder.DEFAULT_MAX_RESPONSE_SIZE;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.SYSTEM;
    private String postFieldsParameter = Fields.POST_FIELDS;
    private int maxPostLength = 280;
    private String connectionName;
    private LogLevel logLevel = LogLevel.NONE;

    private Builder() {
    }


    /**
     * Sets where requests go. Defaults to {@code https://api.x.com}; point it at a sandbox or a test server.
     *
     * @param baseUrl an absolute http(s) URL
     * @return this builder
     */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = baseUrl;
      return this;
    }

    /**
     * Sets the credentials that authenticate every request. Required.
     *
     * @param credentials an app-only Bearer token or an OAuth 2.0 user token provider ({@code x-connector-auth})
     * @return this builder
     */
    public Builder credentials(AccessTokenProvider credentials) {
      this.credentials = credentials;
      return this;
    }

    /**
     * Sets the HTTP transport. Defaults to an OkHttp client of this client's own, with connection reuse, the fastest
     * measured, which {@link XClient#close()} releases. The client never closes a transport given here, so one may be
     * shared between clients.
     *
     * <p><b>The transport must not retry requests itself</b>: the client alone decides what may be sent again, and
     * never repeats a POST that may have reached X. A transport that retries on its own (OkHttp's
     * {@code retryOnConnectionFailure(true)}, its default, or Apache HttpClient's retry handler) can publish a post
     * twice. Build OkHttp clients with {@code retryOnConnectionFailure(false)}.
     *
     * @param transport a Feign client
     * @return this builder
     */
    public Builder transport(Client transport) {
      this.transport = transport;
      return this;
    }

    /**
     * Sets the connect timeout. Defaults to 10 s.
     *
     * @param connectTimeout a positive duration
     * @return this builder
     */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = connectTimeout;
      return this;
    }

    /**
     * Sets the read timeout. Defaults to 60 s.
     *
     * @param readTimeout a positive duration
     * @return this builder
     */
    public Builder readTimeout(Duration readTimeout) {
      this.readTimeout = readTimeout;
      return this;
    }

    /**
     * Sets the deadline of each HTTP exchange as a whole: connecting, writing the request and reading the whole
     * answer. The read timeout restarts with every byte, so a server that sends one byte a second would otherwise
     * hold a call forever. Defaults to 2 minutes, enough for a media segment on a slow uplink. An exchange past its
     * deadline fails like a read timeout: a read is retried, a post is not. A client derived with
     * {@link XClient#withOptions} that changes it gets connections of its own.
     *
     * @param callTimeout a positive duration
     * @return this builder
     */
    public Builder callTimeout(Duration callTimeout) {
      this.callTimeout = callTimeout;
      return this;
    }

    /**
     * Sets the largest JSON answer read, in bytes. Defaults to 8 MiB, many times X's largest page. A longer answer
     * (or one whose {@code Content-Length} says so) fails with an {@link io.github.xconnector.errors.XIoException}
     * naming the limit before it fills the heap, and is not requested again. Media downloads are streamed and not
     * bounded by it.
     *
     * @param maxResponseSize a positive number of bytes
     * @return this builder
     */
    public Builder maxResponseSize(long maxResponseSize) {
      this.maxResponseSize = maxResponseSize;
      return this;
    }

    /**
     * Sets the retry policy. Defaults to {@link RetryPolicy#defaults()}.
     *
     * @param retryPolicy the policy
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = retryPolicy;
      return this;
    }

    /**
     * Sets the clock rate-limit resets are compared with. Defaults to the system clock in UTC.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /**
     * Sets how the client waits between attempts. Defaults to {@link Sleeper#SYSTEM}.
     *
     * @param sleeper the sleeper
     * @return this builder
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = sleeper;
      return this;
    }

    /**
     * Chooses the vocabulary of fields and expansions. Defaults to {@code tweet.fields}: the names X's servers answer
     * to today ({@code tweet.fields}, {@code referenced_tweets.id}, {@code pinned_tweet_id}, ...). With
     * {@code post.fields} the client speaks the names X's 2.167 document gave them instead, for the parameter and for
     * every value the spec marks as renamed ({@code referenced_posts}, {@code edit_history_post_ids},
     * {@code pinned_post_id}, ...), whichever constant or name the caller used. Answers are read under both names
     * either way. Switch here, without a new release, if X starts to require the new names.
     *
     * @param postFieldsParameter {@code tweet.fields} or {@code post.fields}
     * @return this builder
     */
    public Builder postFieldsParameter(String postFieldsParameter) {
      this.postFieldsParameter = postFieldsParameter;
      return this;
    }

    /**
     * Sets the longest post text by X's weighted count. Defaults to 280; accounts allowed longer posts raise it.
     *
     * @param maxPostLength a positive length
     * @return this builder
     */
    public Builder maxPostLength(int maxPostLength) {
      this.maxPostLength = maxPostLength;
      return this;
    }

    /**
     * Names the connection in logs and error messages. Optional.
     *
     * @param connectionName free text
     * @return this builder
     */
    public Builder connectionName(String connectionName) {
      this.connectionName = connectionName;
      return this;
    }

    /**
     * Sets how much of each exchange is logged. Defaults to {@link LogLevel#NONE}. Tokens are never logged.
     *
     * @param logLevel the level
     * @return this builder
     */
    public Builder logLevel(LogLevel logLevel) {
      this.logLevel = Objects.requireNonNull(logLevel, "logLevel");
      return this;
    }

    // The name the spec's x-renamed gives the post fields parameter.
    private static String renamedPostFieldsParameter() {
      for (Operation operation : OperationTable.all().values()) {
        Operation.Parameter parameter = operation.parameter(Fields.POST_FIELDS);
        if (parameter != null && parameter.renamedName().isPresent()) {
          return parameter.renamedName().get();
        }
      }
      return Fields.POST_FIELDS;
    }

    /**
     * Builds the client.
     *
     * @return the client; further changes to this builder do not affect it
     * @throws XValidationException when an option is missing or invalid
     */
    public XClient build() {
      if (credentials == null) {
        throw new XValidationException("XClient needs credentials: pass an AccessTokenProvider to credentials(...),"
            + " for example a static Bearer token or an OAuth 2.0 user token provider from x-connector-auth.");
      }
      checkUrl();
      // The table is read only for the rarely chosen other name, so that building a client stays cheap.
      if (!Fields.POST_FIELDS.equals(postFieldsParameter)
          && !renamedPostFieldsParameter().equals(postFieldsParameter)) {
        throw new XValidationException("postFieldsParameter must be " + Fields.POST_FIELDS + " or "
            + renamedPostFieldsParameter() + ", was '" + postFieldsParameter + "'.");
      }
      if (maxPostLength < 1) {
        throw new XValidationException("maxPostLength must be positive, was " + maxPostLength + ".");
      }
      positive(connectTimeout, "connectTimeout");
      positive(readTimeout, "readTimeout");
      positive(callTimeout, "callTimeout");
      if (maxResponseSize < 1) {
        throw new XValidationException("maxResponseSize must be a positive number of bytes, was " + maxResponseSize
            + ".");
      }
      Objects.requireNonNull(retryPolicy, "retryPolicy");
      Objects.requireNonNull(clock, "clock");
      Objects.requireNonNull(sleeper, "sleeper");
      Config config = config();
      // Jackson's set-up and OkHttp's (with its TLS) take most of the time to the first answer: they run side by side.
      CompletableFuture<ObjectMapper> mapper = JsonMappers.createInBackground();
      ClientTransport made = transport == null ? Transports.create(connectTimeout, readTimeout, callTimeout)
          : ClientTransport.supplied(transport);
      return new XClient(config, made, JsonMappers.await(mapper));
    }

    private Config config() {
      String url = baseUrl;
      while (url.endsWith("/")) {
        url = url.substring(0, url.length() - 1);
      }
      return new Config(this, url);
    }

    private void checkUrl() {
      URI uri;
      try {
        uri = URI.create(Objects.requireNonNull(baseUrl, "baseUrl"));
      } catch (IllegalArgumentException e) {
        throw new XValidationException("baseUrl is not a URL: '" + baseUrl + "'.");
      }
      if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null) {
        throw new XValidationException("baseUrl must be an absolute http(s) URL such as https://api.x.com, was '"
            + baseUrl + "'.");
      }
      // Every request carries a token: in the clear only to this machine (a local sandbox or test server).
      if (uri.getScheme().equals("http") && !loopback(uri.getHost())) {
        throw new XValidationException("baseUrl must use https unless it is this machine (localhost, 127.0.0.1,"
            + " [::1]): tokens would travel unencrypted to '" + uri.getHost() + "'.");
      }
    }

    private static boolean loopback(String host) {
      String h = host.toLowerCase(Locale.ROOT);
      return h.equals("localhost") || h.startsWith("127.") || h.equals("[::1]") || h.equals("::1");
    }

    private static void positive(Duration value, String name) {
      if (value == null || value.isNegative() || value.isZero()) {
        throw new XValidationException(name + " must be a positive duration, was " + value + ".");
      }
    }
  }
}
