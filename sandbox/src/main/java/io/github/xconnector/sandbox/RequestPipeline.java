package io.github.xconnector.sandbox;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes every request through the same steps, in X's order: faults, routing, authentication, rate limit, usage cap,
 * authorization, spec validation, and finally the endpoint. Every response gets {@code x-rate-limit-*} and
 * {@code x-transaction-id} headers.
 */
final class RequestPipeline {

  private static final Logger LOG = LoggerFactory.getLogger(RequestPipeline.class);
  private static final String ANONYMOUS = "anonymous";

  private final ApiSpec spec;
  private final SpecValidator validator;
  private final Authorizer authorizer;
  private final RateLimiter rateLimiter;
  private final FaultInjector faults;
  private final Consumer<Duration> sleeper;
  private final Map<String, Endpoint> endpoints;
  private final Map<String, Function<SandboxRequest, SandboxResponse>> oauthRoutes;
  private final SecureRandom random = new SecureRandom();

  RequestPipeline(ApiSpec spec, Authorizer authorizer, RateLimiter rateLimiter, FaultInjector faults,
      Consumer<Duration> sleeper, Map<String, Endpoint> endpoints,
      Map<String, Function<SandboxRequest, SandboxResponse>> oauthRoutes) {
    this.spec = spec;
    this.validator = new SpecValidator(spec.validator());
    this.authorizer = authorizer;
    this.rateLimiter = rateLimiter;
    this.faults = faults;
    this.sleeper = sleeper;
    this.endpoints = Map.copyOf(endpoints);
    this.oauthRoutes = Map.copyOf(oauthRoutes);
    for (SpecOperation operation : spec.operations()) {
      if (!this.endpoints.containsKey(operation.operationId())) {
        throw new IllegalStateException("No sandbox endpoint for spec operation " + operation.operationId());
      }
    }
  }

  SandboxResponse handle(SandboxRequest request) {
    Duration latency = faults.currentLatency();
    if (!latency.isZero()) {
      sleeper.accept(latency);
    }
    SandboxResponse response = switch (faults.nextFault()) {
      case DROP_CONNECTION -> SandboxResponse.drop();
      case SERVICE_UNAVAILABLE -> Problems.serviceUnavailable();
      case NONE -> route(request);
    };
    byte[] transactionId = new byte[8];
    random.nextBytes(transactionId);
    return response.header("x-transaction-id", HexFormat.of().formatHex(transactionId));
  }

  private SandboxResponse route(SandboxRequest request) {
    String key = request.method() + " " + request.path();
    Function<SandboxRequest, SandboxResponse> oauth = oauthRoutes.get(key);
    if (oauth != null) {
      RateLimiter.Decision decision = rateLimiter.acquire(key, ANONYMOUS + ":" + request.remoteAddress());
      return decision.addHeaders(decision.allowed() ? guarded(() -> oauth.apply(request))
          : Problems.tooManyRequests());
    }
    return spec.route(request.method(), request.path())
        .map(route -> callOperation(request, route))
        .orElseGet(() -> Problems.notFound("The sandbox has no endpoint " + key + "."));
  }

  private SandboxResponse callOperation(SandboxRequest request, ApiSpec.Route route) {
    SpecOperation operation = route.operation();
    Principal principal = authorizer.authenticate(request);
    String caller = principal == null ? ANONYMOUS + ":" + request.remoteAddress() : principal.rateLimitKey();
    RateLimiter.Decision decision = rateLimiter.acquire(operation.key(), caller);
    return decision.addHeaders(guarded(() -> {
      if (principal == null) {
        return Problems.unauthorized();
      }
      if (!decision.allowed()) {
        return Problems.tooManyRequests();
      }
      if (faults.isUsageCapped()) {
        return Problems.usageCapped();
      }
      SandboxResponse refusal = authorizer.authorize(operation, principal, route.pathParameters());
      if (refusal == null) {
        refusal = validator.validate(request);
      }
      if (refusal != null) {
        return refusal;
      }
      return endpoints.get(operation.operationId()).handle(new Call(request, route.pathParameters(), principal));
    }));
  }

  /** Runs a handler, turning {@link ApiProblem}s into their responses and anything unexpected into a 500. */
  private static SandboxResponse guarded(java.util.function.Supplier<SandboxResponse> handler) {
    try {
      return handler.get();
    } catch (ApiProblem problem) {
      return problem.response();
    } catch (RuntimeException e) {
      LOG.warn("The X sandbox failed on a request", e);
      return Problems.internalError("The sandbox failed: " + e);
    }
  }
}
