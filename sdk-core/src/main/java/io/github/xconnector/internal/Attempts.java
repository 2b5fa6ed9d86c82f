package io.github.xconnector.internal;

import feign.RetryableException;
import io.github.xconnector.credentials.AccessTokenProvider;
import io.github.xconnector.errors.RateLimitException;
import io.github.xconnector.errors.ServerException;
import io.github.xconnector.errors.XException;
import io.github.xconnector.errors.XIoException;
import io.github.xconnector.errors.XServiceException;
import io.github.xconnector.transport.RetryPolicy;
import io.github.xconnector.transport.Sleeper;
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
 * The attempts of one call, and the one place that decides whether a failed attempt is repeated and how long to wait
 * first (see {@link RetryPolicy}). Whether a request may be sent again at all is the operation's
 * {@link Operation#retrySafe()}, read from the spec; a request that certainly never left this machine may always be
 * sent again.
 *
 * <p>When it gives up it throws the {@link XException} the caller receives. Not thread-safe: one instance per call.
 */
final class Attempts {

  private final Operation operation;
  private final RetryPolicy policy;
  private final Clock clock;
  private final Sleeper sleeper;
  private final AccessTokenProvider credentials;
  private final String connectionName;
  private int retries;
  private boolean reauthenticated;
  private Duration backoffSpent = Duration.ZERO;

  Attempts(Operation operation, RetryPolicy policy, Clock clock, Sleeper sleeper, AccessTokenProvider credentials,
      String connectionName) {
    this.operation = operation;
    this.connectionName = connectionName;
    this.policy = policy;
    this.clock = clock;
    this.sleeper = sleeper;
    this.credentials = credentials;
  }

  /**
   * After a 401 to a request that carried a token: returns when the credentials obtained another token (once per
   * call), else throws the failure.
   */
  void afterRejection(ReauthenticationSignal signal) {
    if (!reauthenticated && credentials != null && credentials.refreshAfterRejection(signal.rejectedToken())) {
      reauthenticated = true;
      return;
    }
    throw (XException) signal.getCause();
  }

  /** After an error answer: returns to try again, or throws. */
  void afterFailure(XServiceException failure) {
    if (failure instanceof RateLimitException) {
      RateLimitException limited = (RateLimitException) failure;
      if (limited.usageCapped()) {
        throw limited;
      }
      Duration wait = rateLimitWait(limited);
      // X's own wait is what the limit is compared with: a full 15-minute window must fit the default 15 minutes.
      if (retries >= policy.maxRetries() || wait.compareTo(policy.maxRateLimitWait()) > 0) {
        throw limited;
      }
      pause(limited.retryAt().isPresent() ? wait.plus(policy.rateLimitMargin()) : wait);
      return;
    }
    if (failure instanceof ServerException && operation.retrySafe()) {
      backoff(failure);
      return;
    }
    throw failure;
  }

  /** After an I/O failure or an unreadable body: returns to try again, or throws. */
  void afterFailure(RetryableException e) {
    Throwable cause = e.getCause();
    boolean notDelivered = certainlyNotSent(cause);
    XIoException failure = ioFailure(e, cause, notDelivered);
    if (e instanceof XResponseDecoder.UnreadableBody || !operation.retrySafe() && !notDelivered) {
      throw failure;
    }
    backoff(failure);
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

  private XIoException ioFailure(RetryableException e, Throwable cause, boolean notDelivered) {
    if (cause instanceof XIoException) {
      return (XIoException) cause;
    }
    String name = ConnectionNames.prefix(connectionName) + (e.request() == null ? operation.endpoint()
        : e.request().httpMethod() + " " + XErrorDecoder.pathOf(e.request().url()));
    String what = cause instanceof IOException ? cause.getClass().getSimpleName() + ": " + cause.getMessage()
        : String.valueOf(e.getMessage());
    String advice = notDelivered ? " The request did not reach X."
        : operation.retrySafe() ? "" : " X may have received it: check before sending it again.";
    return new XIoException(name + " failed: " + what + "." + advice, !notDelivered, cause == null ? e : cause);
  }

  private Duration rateLimitWait(RateLimitException limited) {
    Instant retryAt = limited.retryAt().orElse(null);
    if (retryAt == null) {
      return nextBackoff();
    }
    Duration wait = Duration.between(clock.instant(), retryAt);
    return wait.isNegative() ? Duration.ZERO : wait;
  }

  private void backoff(XException failure) {
    Duration wait = nextBackoff();
    if (retries >= policy.maxRetries() || backoffSpent.plus(wait).compareTo(policy.maxRetryTime()) > 0) {
      throw failure;
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

}
