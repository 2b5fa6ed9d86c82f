package io.github.xconnector.auth;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Keeps tokens in memory only: they are lost when the process ends, so the user authorizes again on every run.
 *
 * <p>Thread-safe; {@link #update(Function)} runs one updater at a time.
 */
public final class InMemoryTokenStore implements TokenStore {

  private final ReentrantLock lock = new ReentrantLock();
  private volatile OAuth2Tokens tokens;

  /** Creates an empty store. */
  public InMemoryTokenStore() {
  }

  /**
   * Creates a store holding {@code tokens}.
   *
   * @param tokens the initial tokens
   */
  public InMemoryTokenStore(OAuth2Tokens tokens) {
    this.tokens = Objects.requireNonNull(tokens, "tokens");
  }

  @Override
  public Optional<OAuth2Tokens> load() {
    return Optional.ofNullable(tokens);
  }

  @Override
  public void save(OAuth2Tokens tokens) {
    Objects.requireNonNull(tokens, "tokens");
    lock.lock();
    try {
      this.tokens = tokens;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void clear() {
    lock.lock();
    try {
      this.tokens = null;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public OAuth2Tokens update(Function<Optional<OAuth2Tokens>, OAuth2Tokens> updater) {
    lock.lock();
    try {
      OAuth2Tokens result = Objects.requireNonNull(updater.apply(Optional.ofNullable(tokens)), "updated tokens");
      this.tokens = result;
      return result;
    } finally {
      lock.unlock();
    }
  }

  /** Describes the store without showing the tokens. */
  @Override
  public String toString() {
    return "InMemoryTokenStore[" + (tokens == null ? "empty" : "holding tokens") + "]";
  }
}
