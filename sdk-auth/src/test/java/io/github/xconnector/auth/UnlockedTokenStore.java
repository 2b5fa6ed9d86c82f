package io.github.xconnector.auth;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** A store that keeps the interface's default, unlocked {@code update}, as a simple custom store would. */
final class UnlockedTokenStore implements TokenStore {

  private final AtomicReference<OAuth2Tokens> tokens = new AtomicReference<>();

  @Override
  public Optional<OAuth2Tokens> load() {
    return Optional.ofNullable(tokens.get());
  }

  @Override
  public void save(OAuth2Tokens tokens) {
    this.tokens.set(tokens);
  }

  @Override
  public void clear() {
    tokens.set(null);
  }
}
