package io.github.xconnector.auth;

import io.github.xconnector.errors.XAuthenticationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * Runs at most one task at a time and gives every caller that arrives meanwhile the same result or the same failure.
 *
 * <p>Callers wait on a future, never in a loop, so nothing spins. Modelled on google-auth-library's
 * {@code OAuth2Credentials.getOrCreateRefreshTask} and AWS's {@code CachedSupplier.refreshCache}.
 *
 * @param <T> the result type
 */
final class SingleFlight<T> {

  private final Object lock = new Object();
  private CompletableFuture<T> inFlight; // guarded by lock

  /**
   * Returns {@code done}'s answer if it has one, else joins the task in flight, else runs {@code task}.
   *
   * @param done checked under the lock: a non-null answer means the work was already done (by a flight that ended
   *     while this caller waited for the lock), and is returned as is
   * @param task the work; it must publish its result (so that {@code done} sees it) before it returns
   * @return the answer of {@code done} or the task's result
   * @throws RuntimeException the task's exception, the same instance for every caller of that flight
   */
  T run(Supplier<T> done, Supplier<T> task) {
    CompletableFuture<T> flight;
    boolean owner = false;
    synchronized (lock) {
      // Make sure the work was not done while we waited for the lock.
      T answer = done.get();
      if (answer != null) {
        return answer;
      }
      if (inFlight == null) {
        inFlight = new CompletableFuture<>();
        owner = true;
      }
      flight = inFlight;
    }
    if (owner) {
      fly(flight, task);
    }
    return await(flight);
  }

  private void fly(CompletableFuture<T> flight, Supplier<T> task) {
    try {
      T result = task.get();
      end();
      flight.complete(result);
    } catch (Throwable failure) {
      end();
      flight.completeExceptionally(failure);
    }
  }

  private void end() {
    synchronized (lock) {
      inFlight = null;
    }
  }

  private T await(CompletableFuture<T> flight) {
    try {
      return flight.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new XAuthenticationException("Interrupted while waiting for a token refresh", false, e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException(cause);
    }
  }
}
