package io.github.xconnector.sandbox;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Builds a sandbox's parts from its builder and connects them into the request pipeline. */
final class SandboxWiring {

  private final XSandbox.Builder config;
  private final SandboxState state;
  private final MediaStore media;
  private final TokenService tokens;
  private final FaultInjector faults = new FaultInjector();
  private final StreamHub streams = new StreamHub();
  private final Map<String, SandboxClient> clients = new LinkedHashMap<>();
  private final Map<String, Integer> rateLimits = new HashMap<>();
  private final String authorizingUserId;
  private volatile RequestPipeline pipeline;

  SandboxWiring(XSandbox.Builder config) {
    this.config = config;
    this.state = new SandboxState(config.clock);
    if (config.seedData) {
      SeedData.USERS.forEach(state::addUser);
    }
    config.extraUsers.forEach(state::addUser);
    if (config.seedData) {
      SeedData.install(state);
    }
    this.authorizingUserId = config.authorizingUserId != null ? config.authorizingUserId
        : state.users().stream().findFirst().map(SandboxUser::id).orElseThrow(() ->
            new IllegalArgumentException("A sandbox without seed data needs users; add some with addUser"));
    if (state.user(authorizingUserId).isEmpty()) {
      throw new IllegalArgumentException("The authorizing user " + authorizingUserId + " is not a sandbox user");
    }
    for (SandboxClient client : config.clients) {
      if (clients.put(client.clientId(), client) != null) {
        throw new IllegalArgumentException("Two OAuth 2.0 clients share the id " + client.clientId());
      }
    }
    this.media = new MediaStore(config.clock, config.mediaPending, config.mediaInProgress);
    this.tokens = new TokenService(config.clock, config.accessTokenLifetime, config.consumerKey);
    config.rateLimits.forEach((endpoint, limit) -> rateLimits.put(endpointKey(endpoint), limit));
  }

  /** Finishes the wiring once the server's address is known (links in responses point at it). */
  void connect(String baseUrl) {
    Services services = new Services(state, media, new Responses(state, media, new JsonViews(state, media,
        baseUrl)));
    Map<String, Endpoint> endpoints = new HashMap<>();
    new PostEndpoints(services).registerInto(endpoints);
    new TimelineEndpoints(services).registerInto(endpoints);
    new SearchEndpoints(services).registerInto(endpoints);
    new UserEndpoints(services).registerInto(endpoints);
    new FollowEndpoints(services).registerInto(endpoints);
    new LikeEndpoints(services).registerInto(endpoints);
    new BookmarkEndpoints(services).registerInto(endpoints);
    new ListEndpoints(services, new ListStore()).registerInto(endpoints);
    new UserRelationEndpoints(services).registerInto(endpoints);
    new DirectMessageEndpoints(services, baseUrl).registerInto(endpoints);
    new RepostEndpoints(services).registerInto(endpoints);
    new PostEngagementEndpoints(services).registerInto(endpoints);
    new MediaEndpoints(services).registerInto(endpoints);
    new ChunkedUploadEndpoints(services).registerInto(endpoints);
    new MediaLookupEndpoints(services, new JsonViews(state, media, baseUrl)).registerInto(endpoints);
    new CommunityNoteEndpoints(services).registerInto(endpoints);
    new StreamEndpoints(services, streams, config.streams).registerInto(endpoints);
    new DiscoveryEndpoints(services).registerInto(endpoints); // last: its usage meter wraps the others
    Map<String, Function<SandboxRequest, SandboxResponse>> oauthRoutes = new HashMap<>();
    new OAuthEndpoints(clients, tokens, authorizingUserId).registerInto(oauthRoutes);
    new AppTokenEndpoints(new ClientCredentials(config.consumerKey, config.consumerSecret), tokens)
        .registerInto(oauthRoutes);
    new ComplianceEndpoints(services, baseUrl).registerInto(endpoints, oauthRoutes);
    RateLimiter rateLimiter = new RateLimiter(config.clock, config.defaultRateLimit, rateLimits);
    pipeline = new RequestPipeline(ApiSpec.shared(), new Authorizer(tokens), rateLimiter, faults, config.sleeper,
        endpoints, oauthRoutes);
  }

  SandboxResponse handle(SandboxRequest request) {
    RequestPipeline current = pipeline;
    return current == null ? Problems.serviceUnavailable() : current.handle(request);
  }

  SandboxState state() {
    return state;
  }

  TokenService tokens() {
    return tokens;
  }

  FaultInjector faults() {
    return faults;
  }

  StreamHub streams() {
    return streams;
  }

  String authorizingUserId() {
    return authorizingUserId;
  }

  String defaultClientId() {
    return clients.keySet().iterator().next();
  }

  List<SandboxClient> clients() {
    return List.copyOf(clients.values());
  }

  /** Accepts "GET /2/users/me" or an operation id, and checks the spec has it. */
  private static String endpointKey(String endpoint) {
    for (SpecOperation operation : ApiSpec.shared().operations()) {
      if (operation.key().equals(endpoint) || operation.operationId().equals(endpoint)) {
        return operation.key();
      }
    }
    if (endpoint.matches("(GET|POST) /(2/oauth2/token|2/oauth2/revoke|oauth2/token|oauth2/invalidate_token|"
        + "i/oauth2/authorize)")) {
      return endpoint;
    }
    throw new IllegalArgumentException("No endpoint [" + endpoint + "] in the spec; name one as \"GET"
        + " /2/tweets/search/recent\" or by its operation id, such as searchRecentPosts");
  }
}
