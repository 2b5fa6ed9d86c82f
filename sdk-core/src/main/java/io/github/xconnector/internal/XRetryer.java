package io.github.xconnector.internal;

import feign.Request;
import feign.RetryableException;
import feign.Retryer;
import io.github.xconnector.RetryPolicy;
import io.github.xconnector.Sleeper;
import io.github.xconnector.AccessTokenProvider;
import io.github.xconnector.errors.RateLimitException;
import io.github.xconnector.errors.ServerException;
import io.github.xconnector.errors.XException;
import io.github.xconnector.errors.XIoException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Decides, for one call, whether a failed attempt is repeated and how long to wait first; see {@link RetryPolicy}.
 *
 * <p>When it gives up it rethrows a {@link RetryableException} whose cause is the {@link XException} the caller
 * receives (the client unwraps it), so Feign types never reach the caller.
 */
public final class XRetryer implements Retryer {

  private final RetryPolicy policy;
  private final Clock clock;
  private final Sleeper sleeper;
  private final AccessTokenProvider credentials;
  private final String connectionName;
  private int retries;
  private boolean reauthenticated;
  private Duration backoffSpent = Duration.ZERO;

  /**
   * Creates a retryer for one call.
   *
   * @param policy the retry policy
   * @param clock the clock that rate-limit resets are compared with
   * @param sleeper waits between attempts
   * @param credentials refreshed once after a 401; may be {@code null}
   * @param connectionName starts the message of each I/O failure; may be {@code null}
   */
  public XRetryer(RetryPolicy policy, Clock clock, Sleeper sleeper, AccessTokenProvider credentials,
      String connectionName) {
    this.connectionName = connectionName;
    this.policy = policy;
    this.clock = clock;
    this.sleeper = sleeper;
    this.credentials = credentials;
  }

  @Override
  public void continueOrPropagate(RetryableException e) {
    if (e instanceof ReauthenticationSignal) {
      ReauthenticationSignal signal = (ReauthenticationSignal) e;
      // Only one refresh per call, and only if the provider has (or obtains) a token other than the rejected one.
      if (!reauthenticated && credentials != null && credentials.refreshAfterRejection(signal.rejectedToken())) {
        reauthenticated = true;
        return;
      }
      throw giveUp(e, e.getCause());
    }
    Throwable cause = e.getCause();
    boolean repeatable = isRepeatable(e.method());
    if (cause instanceof RateLimitException) {
      RateLimitException limited = (RateLimitException) cause;
      Duration wait = rateLimitWait(limited);
      // X's own wait is what the limit is compared with: a full 15-minute window must fit the default 15 minutes.
      if (retries >= policy.maxRetries() || wait.compareTo(policy.maxRateLimitWait()) > 0) {
        throw giveUp(e, limited);
      }
      pause(limited.retryAt().isPresent() ? wait.plus(policy.rateLimitMargin()) : wait);
      return;
    }
    if (cause instanceof ServerException) {
      if (!repeatable) {
        throw giveUp(e, cause);
      }
      backoff(e, cause);
      return;
    }
    boolean notDelivered = certainlyNotSent(cause);
    XIoException failure = ioFailure(e, cause, notDelivered);
    if (!repeatable && !notDelivered) {
      throw giveUp(e, failure);
    }
    backoff(e, failure);
  }

  // Failures while connecting: no byte of the request left this machine. A connect timeout is a
  // SocketTimeoutException like a read timeout, told apart by the JDK's message ("Connect timed out"); a read timeout
  // may strike after X received the request.
  private static boolean certainlyNotSent(Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof XIoException) {
        return !((XIoException) t).possiblyDelivered();
      }
      if (t instanceof ConnectException || t instanceof UnknownHostException || t instanceof NoRouteToHostException
          || t instanceof HttpConnectTimeoutException) {
        return true;
      }
      if (t instanceof SocketTimeoutException && t.getMessage() != null
          && t.getMessage().toLowerCase(Locale.ROOT).startsWith("connect timed out")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isRepeatable(Request.HttpMethod method) {
    return method == null || method == Request.HttpMethod.GET || method == Request.HttpMethod.DELETE
        || method == Request.HttpMethod.HEAD || method == Request.HttpMethod.OPTIONS;
  }

  private XIoException ioFailure(RetryableException e, Throwable cause, boolean notDelivered) {
    if (cause instanceof XIoException) {
      return (XIoException) cause;
    }
    String operation = ConnectionNames.prefix(connectionName) + (e.request() == null ? "The request"
        : e.request().httpMethod() + " " + XErrorDecoder.pathOf(e.request().url()));
    String what = cause instanceof IOException ? cause.getClass().getSimpleName() + ": " + cause.getMessage()
        : String.valueOf(e.getMessage());
    String advice = notDelivered ? " The request did not reach X."
        : isRepeatable(e.method()) ? "" : " X may have received it: check before sending it again.";
    return new XIoException(operation + " failed: " + what + "." + advice, !notDelivered, cause == null ? e : cause);
  }

  private Duration rateLimitWait(RateLimitException limited) {
    Instant retryAt = limited.retryAt().orElse(null);
    if (retryAt == null) {
      return nextBackoff();
    }
    Duration wait = Duration.between(clock.instant(), retryAt);
    return wait.isNegative() ? Duration.ZERO : wait;
  }

  private void backoff(RetryableException e, Throwable failure) {
    Duration wait = nextBackoff();
    if (retries >= policy.maxRetries() || backoffSpent.plus(wait).compareTo(policy.maxRetryTime()) > 0) {
      throw giveUp(e, failure);
    }
    backoffSpent = backoffSpent.plus(wait);
    pause(wait);
  }

  private Duration nextBackoff() {
    long base = policy.initialBackoff().toMillis() << Math.min(retries, 20);
    long capped = Math.min(base, policy.maxBackoff().toMillis());
    double random = policy.jitter() == 0 ? 0 : ThreadLocalRandom.current().nextDouble(policy.jitter());
    return Duration.ofMillis(Math.round(capped * (1 - random)));
  }

  private void pause(Duration wait) {
    retries++;
    if (wait.isZero()) {
      return;
    }
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new XException("Interrupted while waiting " + wait + " to retry", interrupted);
    }
  }

  private static RetryableException giveUp(RetryableException e, Throwable failure) {
    return new RetryableException(e.status(), String.valueOf(failure.getMessage()), e.method(), failure,
        (Long) null, e.request());
  }

  @Override
  public Retryer clone() {
    return new XRetryer(policy, clock, sleeper, credentials, connectionName);
  }
}
