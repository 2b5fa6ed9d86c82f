package io.github.xconnector.internal;

import feign.FeignException;
import feign.RetryableException;
import io.github.xconnector.credentials.AccessTokenProvider;
import io.github.xconnector.credentials.AuthenticationType;
import io.github.xconnector.errors.XAuthenticationException;
import io.github.xconnector.errors.XException;
import io.github.xconnector.errors.XServiceException;
import io.github.xconnector.generated.model.ApiResponse;
import io.github.xconnector.paging.Paginator;
import io.github.xconnector.transport.RetryPolicy;
import io.github.xconnector.transport.Sleeper;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The one path every call takes: the authentication check and the parameter checks from the operation table, the
 * query encoding, the attempts with the retry decision made once ({@link Attempts}), rate-limit capture and the
 * exchange a caller asked to see ({@link ExchangeCapture}). Error answers are decoded by {@link XErrorDecoder}, bodies
 * by {@link XResponseDecoder}; paging is {@link #pages}.
 *
 * <p>Thread-safe: one executor serves a client and all its threads.
 */
public final class CallExecutor {

  /** Receives the headers of every answer, to record the rate-limit state of its endpoint. */
  @FunctionalInterface
  public interface HeaderSink {
    /**
     * Records an answer's headers.
     *
     * @param operation the operation answered
     * @param headers the headers
     */
    void accept(Operation operation, Map<String, ? extends Collection<String>> headers);
  }

  private final Function<Class<?>, Object> targets;
  private final DirectCalls direct;
  private final Map<Class<?>, Object> clients = new ConcurrentHashMap<>();
  private final AccessTokenProvider credentials;
  private final RetryPolicy retryPolicy;
  private final Clock clock;
  private final Sleeper sleeper;
  private final String connectionName;
  private final String prefix;
  private final boolean renamedVocabulary;
  private final HeaderSink headers;

  /**
   * Creates the executor.
   *
   * @param targets makes the client of a generated interface (done once per interface, on first use)
   * @param direct sends the operations it can straight on OkHttp; {@code null} to send every call through Feign
   * @param credentials the client's credentials
   * @param retryPolicy the client's retry policy
   * @param clock compares rate-limit resets
   * @param sleeper waits between attempts
   * @param connectionName starts every message; may be {@code null}
   * @param renamedVocabulary whether fields and expansions go out under the names of X's newer vocabulary, as the
   *     spec's {@code x-renamed} gives them ({@code post.fields}, {@code referenced_posts}, ...)
   * @param headers records the headers of every answer
   */
  public CallExecutor(Function<Class<?>, Object> targets, DirectCalls direct, AccessTokenProvider credentials,
      RetryPolicy retryPolicy, Clock clock, Sleeper sleeper, String connectionName, boolean renamedVocabulary,
      HeaderSink headers) {
    this.targets = targets;
    this.direct = direct;
    this.credentials = credentials;
    this.retryPolicy = retryPolicy;
    this.clock = clock;
    this.sleeper = sleeper;
    this.connectionName = connectionName;
    this.prefix = ConnectionNames.prefix(connectionName);
    this.renamedVocabulary = renamedVocabulary;
    this.headers = headers;
  }

  /**
   * Makes a call and returns the body of the answer.
   *
   * @param operation the operation
   * @param arguments its arguments
   * @param <T> the body type, the operation's response type
   * @return the body
   */
  public <T> T call(Operation operation, CallArguments arguments) {
    return this.<T>exchange(operation, arguments).getData();
  }

  /**
   * Makes a call and returns the answer with its status and headers.
   *
   * @param operation the operation
   * @param arguments its arguments
   * @param <T> the body type
   * @return the answer
   */
  @SuppressWarnings("unchecked")
  public <T> ApiResponse<T> exchange(Operation operation, CallArguments arguments) {
    check(operation, arguments);
    return (ApiResponse<T>) send(operation, arguments, operation.api(), operation.invoker());
  }

  /**
   * Makes a call through a hand-written interface of the same operation, for bodies the generated method cannot take
   * (media segments from memory).
   *
   * @param operation the operation
   * @param arguments its arguments
   * @param api the hand-written interface
   * @param invoker sends one attempt through it
   * @param <T> the body type
   * @return the answer
   */
  @SuppressWarnings("unchecked")
  public <T> ApiResponse<T> exchange(Operation operation, CallArguments arguments, Class<?> api,
      Operation.Invoker invoker) {
    check(operation, arguments);
    return (ApiResponse<T>) send(operation, arguments, api, invoker);
  }

  /**
   * Walks a paged operation, one call per page.
   *
   * @param operation an operation with {@code x-pagination}
   * @param arguments its arguments, without the page size and position
   * @param pageSize the most items per page, or {@code null} for X's default
   * @param startToken the position to start from, or {@code null}
   * @param <T> the item type
   * @return the pages, fetched as they are consumed
   */
  public <T> Paginator<T> pages(Operation operation, CallArguments arguments, Integer pageSize, String startToken) {
    Operation.Pagination pagination = operation.pagination().orElseThrow(() -> new IllegalArgumentException(
        operation.id() + " does not page: its spec entry has no x-pagination"));
    if (pageSize != null) {
      String parameter = pagination.pageSizeParameter().orElseThrow(() -> new IllegalArgumentException(
          operation.id() + " takes no page size"));
      arguments.put(parameter, "maxResults", pageSize);
    }
    // Checked once, with the caller's start position; the positions of later pages are X's own.
    check(operation, arguments.copy().put(pagination.tokenParameter(), "startingAt", startToken));
    PageReader<T> reader = PageReader.of(operation);
    return new Paginator<>(token -> {
      CallArguments page = arguments.copy().put(pagination.tokenParameter(), token);
      return reader.read(send(operation, page, operation.api(), operation.invoker()));
    }, startToken);
  }

  private Object client(Class<?> api) {
    return clients.computeIfAbsent(api, targets);
  }

  // The generated interface's client is made only when a call goes through it: the direct path needs none.
  private ApiResponse<?> send(Operation operation, CallArguments arguments, Class<?> api, Operation.Invoker invoker) {
    arguments.prepare(operation, renamedVocabulary);
    boolean straight = direct != null && invoker == operation.invoker() && direct.sends(operation);
    Attempts attempts = new Attempts(operation, retryPolicy, clock, sleeper, credentials, connectionName);
    while (true) {
      try {
        ApiResponse<?> response = straight ? direct.exchange(operation, arguments)
            : invoker.invoke(client(api), arguments);
        headers.accept(operation, response.getHeaders());
        ExchangeCapture.record(response.getStatusCode(), response.getHeaders());
        return response;
      } catch (ReauthenticationSignal signal) {
        record(operation, signal.getCause());
        attempts.afterRejection(signal);
      } catch (RetryableException failure) {
        record(operation, failure.getCause());
        attempts.afterFailure(failure);
      } catch (XServiceException failure) {
        record(operation, failure);
        attempts.afterFailure(failure);
      } catch (FeignException failure) {
        // Encoding a request body or another failure of the HTTP layer's own: not X's answer, never repeated.
        throw new XException(prefix + operation.endpoint() + " could not be sent: " + failure.getMessage(), failure);
      }
    }
  }

  private void record(Operation operation, Throwable failure) {
    if (failure instanceof XServiceException) {
      XServiceException service = (XServiceException) failure;
      headers.accept(operation, service.headers());
      ExchangeCapture.body(null);
      ExchangeCapture.record(service.statusCode(), service.headers());
    }
  }

  /**
   * Checks, before anything is sent, that the credentials may call the operation and that every argument is within
   * the spec's bounds.
   *
   * @param operation the operation
   * @param arguments its arguments
   */
  public void check(Operation operation, CallArguments arguments) {
    checkAuthentication(operation);
    ParameterChecks.check(operation, arguments);
    BodyChecks.check(operation, arguments.bodyValue());
  }

  private void checkAuthentication(Operation operation) {
    AuthenticationType type = credentials.authenticationType();
    if (!operation.accepts(type)) {
      String needed = operation.accepts(AuthenticationType.USER_CONTEXT)
          ? "an OAuth 2.0 user access token (Authorization Code with PKCE)" : "an app-only Bearer token";
      throw new XAuthenticationException(prefix + operation.endpoint() + " (" + operation.id()
          + ") cannot be called with " + (type == AuthenticationType.APP_ONLY ? "an app-only Bearer token"
          : "an OAuth 2.0 user token") + "; it needs " + needed + ". Connect with that authentication instead.",
          false);
    }
    Set<String> needed = operation.scopes(type);
    if (!needed.isEmpty()) {
      credentials.grantedScopes().ifPresent(granted -> {
        Set<String> missing = new LinkedHashSet<>(needed);
        missing.removeAll(granted);
        if (!missing.isEmpty()) {
          throw new XAuthenticationException(prefix + operation.endpoint() + " (" + operation.id()
              + ") needs the scopes " + String.join(" ", missing) + " that the user did not grant. Add them to the"
              + " configured scopes and authorize again.", true);
        }
      });
    }
  }
}
