package io.github.xconnector.testing;

import io.github.xconnector.credentials.AccessTokenProvider;
import io.github.xconnector.credentials.AuthenticationType;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * A token provider for tests: a fixed token of one kind, optional granted scopes, and optionally a queue of
 * replacement tokens handed out after X rejects the current one.
 */
public final class TestTokenProvider implements AccessTokenProvider {

  private final AuthenticationType type;
  private final Set<String> scopes;
  private final Deque<String> replacements = new ConcurrentLinkedDeque<>();
  private final List<String> rejected = new ArrayList<>();
  private volatile String token;

  private TestTokenProvider(String token, AuthenticationType type, Set<String> scopes, List<String> replacements) {
    this.token = token;
    this.type = type;
    this.scopes = scopes;
    this.replacements.addAll(replacements);
  }

  /** A user-context token whose scopes are unknown (no scope check). */
  public static TestTokenProvider user(String token) {
    return new TestTokenProvider(token, AuthenticationType.USER_CONTEXT, null, List.of());
  }

  /** A user-context token with the given granted scopes. */
  public static TestTokenProvider userWithScopes(String token, String... scopes) {
    return new TestTokenProvider(token, AuthenticationType.USER_CONTEXT, Set.of(scopes), List.of());
  }

  /** An app-only Bearer token. */
  public static TestTokenProvider appOnly(String token) {
    return new TestTokenProvider(token, AuthenticationType.APP_ONLY, null, List.of());
  }

  /** A user-context token that is replaced by the next of {@code replacements} after each rejection. */
  public static TestTokenProvider refreshing(String token, String... replacements) {
    return new TestTokenProvider(token, AuthenticationType.USER_CONTEXT, null, List.of(replacements));
  }

  @Override
  public String accessToken() {
    return token;
  }

  @Override
  public AuthenticationType authenticationType() {
    return type;
  }

  @Override
  public Optional<Set<String>> grantedScopes() {
    return Optional.ofNullable(scopes);
  }

  @Override
  public synchronized boolean refreshAfterRejection(String rejectedToken) {
    rejected.add(rejectedToken);
    if (!rejectedToken.equals(token)) {
      return true;
    }
    String next = replacements.poll();
    if (next == null) {
      return false;
    }
    token = next;
    return true;
  }

  /** The tokens passed to {@link #refreshAfterRejection(String)}, in call order. */
  public synchronized List<String> rejectedTokens() {
    return List.copyOf(rejected);
  }
}
