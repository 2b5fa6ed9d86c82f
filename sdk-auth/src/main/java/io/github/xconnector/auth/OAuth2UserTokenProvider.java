package io.github.xconnector.auth;

import io.github.xconnector.credentials.AccessTokenProvider;
import io.github.xconnector.credentials.AuthenticationType;
import io.github.xconnector.errors.XAuthenticationException;
import io.github.xconnector.errors.XIoException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Supplies a user's OAuth 2.0 access token and keeps it valid: refreshes it shortly before it expires and when X
 * rejects it, saves every new token pair to a {@link TokenStore} before using it, and can revoke the tokens.
 *
 * <p>Refreshes are single-flight: however many threads find the token expired, one refresh request is sent and the
 * others wait for its result, or all get the same exception when it fails. The current token stays in place while a
 * refresh runs. When X refuses the refresh token ({@code invalid_grant}: revoked, expired or already used), the
 * provider throws an {@link XAuthenticationException} with {@code reauthorizationRequired()} {@code true} and does not
 * send that refresh token again.
 *
 * <p>Thread-safe. {@link #toString()} never shows a token.
 */
public final class OAuth2UserTokenProvider implements AccessTokenProvider {

  /** A refresh token X refused, and why; it is not sent again. */
  private record RefusedRefresh(String refreshToken, XAuthenticationException failure) {
    @Override
    public String toString() {
      return "RefusedRefresh[refreshToken=" + Redaction.REDACTED + ", failure=" + failure + "]";
    }
  }

  // Waits before sending a refresh again after X's token endpoint answered 5xx or 429, or could not be reached.
  private static final List<Duration> TRANSIENT_RETRY_WAITS = List.of(Duration.ofMillis(250), Duration.ofMillis(750),
      Duration.ofMillis(2000));

  private final UserTokenEndpoint endpoint;
  private final TokenStore store;
  private final Duration refreshMargin;
  private final SingleFlight<OAuth2Tokens> refreshes = new SingleFlight<>();
  private volatile OAuth2Tokens current;
  private volatile RefusedRefresh refused;
  private volatile XAuthenticationException revoked;

  private OAuth2UserTokenProvider(UserTokenEndpoint endpoint, TokenStore store, Duration refreshMargin,
      OAuth2Tokens tokens) {
    this.endpoint = endpoint;
    this.store = store;
    this.refreshMargin = refreshMargin;
    this.current = tokens;
  }

  /**
   * Starts a builder for tokens issued to the client of {@code flow}, which refreshes and revokes them.
   *
   * @param flow the app's authorization code flow
   * @return a new builder
   */
  public static Builder builder(AuthorizationCodeFlow flow) {
    return new Builder(Objects.requireNonNull(flow, "flow"));
  }

  /**
   * Returns a valid access token, refreshing first when it expires within the refresh margin.
   *
   * @throws XAuthenticationException when the token cannot be refreshed; {@code reauthorizationRequired()} says
   *     whether the user must authorize the app again
   * @throws XIoException when the token endpoint cannot be reached
   */
  @Override
  public String accessToken() {
    failIfRevoked();
    OAuth2Tokens tokens = current;
    if (fresh(tokens)) {
      return tokens.accessToken();
    }
    try {
      return refreshReplacing(tokens).accessToken();
    } catch (XAuthenticationException | XIoException e) {
      // An early refresh that failed for a passing reason leaves the token usable until it really expires (unless a
      // new pair arrived but could not be saved: that failure must be seen).
      if (!reauthorization(e) && current == tokens && unexpired(tokens)) {
        return tokens.accessToken();
      }
      throw e;
    }
  }

  private static boolean reauthorization(RuntimeException e) {
    return e instanceof XAuthenticationException && ((XAuthenticationException) e).reauthorizationRequired();
  }

  private boolean unexpired(OAuth2Tokens tokens) {
    Optional<Instant> expiresAt = tokens.expiresAt();
    return expiresAt.isPresent() && endpoint.clock().instant().isBefore(expiresAt.get());
  }

  /** Returns {@link AuthenticationType#USER_CONTEXT}. */
  @Override
  public AuthenticationType authenticationType() {
    return AuthenticationType.USER_CONTEXT;
  }

  /** Returns the scopes X granted to the current token, when X said. */
  @Override
  public Optional<Set<String>> grantedScopes() {
    Set<String> scopes = current.scopes();
    return scopes.isEmpty() ? Optional.empty() : Optional.of(scopes);
  }

  /**
   * Refreshes after X rejected {@code rejectedToken}, unless another thread already replaced it.
   *
   * @throws XAuthenticationException when the refresh fails
   * @throws XIoException when the token endpoint cannot be reached
   */
  @Override
  public boolean refreshAfterRejection(String rejectedToken) {
    failIfRevoked();
    OAuth2Tokens tokens = current;
    if (!tokens.accessToken().equals(rejectedToken)) {
      return true;
    }
    return !refreshReplacing(tokens).accessToken().equals(rejectedToken);
  }

  /**
   * Refreshes the tokens now, before they expire: for example to check at start-up that the stored refresh token
   * still works. Like every refresh, the new pair is handed to the token store before it is used, and threads that
   * refresh at once share one request. When another process sharing the store refreshed a moment ago, its pair is
   * taken instead of a second refresh.
   *
   * @return the tokens now in use
   * @throws XAuthenticationException when the refresh fails; {@code reauthorizationRequired()} says whether the user
   *     must authorize the app again
   * @throws XIoException when the token endpoint cannot be reached
   */
  public OAuth2Tokens refresh() {
    failIfRevoked();
    return refreshReplacing(current);
  }

  /**
   * Revokes the refresh token and the access token at X, and clears the store. The provider then refuses to supply
   * tokens; the user must authorize the app again.
   *
   * @throws OAuth2TokenException when X refuses the revocation
   * @throws XIoException when the revocation endpoint cannot be reached
   */
  public void revoke() {
    OAuth2Tokens tokens = current;
    tokens.refreshToken().ifPresent(refreshToken -> endpoint.revoke(refreshToken, true));
    try {
      endpoint.revoke(tokens.accessToken(), false);
    } catch (OAuth2TokenException e) {
      // RFC 7009: revoking the refresh token ends its grant's access tokens too, so a server that revokes only
      // refresh tokens (unsupported_token_type) has done all that is needed.
      if (tokens.refreshToken().isEmpty() || !e.errorCode().equals(Optional.of("unsupported_token_type"))) {
        throw e;
      }
    }
    store.clear();
    revoked = new XAuthenticationException("The tokens were revoked. Authorize the app again.", true);
  }

  private void failIfRevoked() {
    XAuthenticationException failure = revoked;
    if (failure != null) {
      throw failure;
    }
  }

  private boolean fresh(OAuth2Tokens tokens) {
    Optional<Instant> expiresAt = tokens.expiresAt();
    return expiresAt.isEmpty() || endpoint.clock().instant().isBefore(expiresAt.get().minus(refreshMargin));
  }

  /** Replaces {@code seen} with refreshed tokens, unless another thread replaced it already. */
  private OAuth2Tokens refreshReplacing(OAuth2Tokens seen) {
    return refreshes.run(() -> current != seen ? current : null, () -> {
      OAuth2Tokens[] received = new OAuth2Tokens[1];
      try {
        OAuth2Tokens fresh = store.update(stored -> received[0] = refreshed(seen, stored));
        current = fresh;
        return fresh;
      } catch (RuntimeException e) {
        if (received[0] != null && !received[0].equals(seen)) {
          // X already rotated the refresh token: losing the new pair would force a new authorization, so this
          // process keeps using it even though the store failed.
          current = received[0];
          throw new XIoException("The refreshed tokens could not be saved to " + store + ": they are kept in memory"
              + " for this process only. Fix the token store, or the user must authorize again after a restart.",
              false, e);
        }
        throw e;
      }
    });
  }

  /** Decides the new tokens, with the store locked where the store supports it. */
  private OAuth2Tokens refreshed(OAuth2Tokens seen, Optional<OAuth2Tokens> stored) {
    // Another process sharing the store may have refreshed already; its pair then holds the only valid refresh token.
    OAuth2Tokens latest = stored.filter(candidate -> newer(candidate, seen)).orElse(seen);
    if (latest != seen && fresh(latest)) {
      return latest;
    }
    RefusedRefresh refusal = refused;
    if (refusal != null && latest.refreshToken().equals(Optional.ofNullable(refusal.refreshToken()))) {
      throw refusal.failure();
    }
    try {
      return refreshRetryingTransientFailures(latest);
    } catch (XAuthenticationException e) {
      if (e.reauthorizationRequired()) {
        refused = new RefusedRefresh(latest.refreshToken().orElse(null), e);
      }
      throw e;
    }
  }

  // A refresh is sent again only when X certainly did not act on it: the endpoint answered 5xx or 429 without an
  // OAuth 2.0 error, or could not be reached at all. A request that may have arrived is never repeated, since a second
  // use of a rotated refresh token would be refused.
  private OAuth2Tokens refreshRetryingTransientFailures(OAuth2Tokens latest) {
    for (int attempt = 0; ; attempt++) {
      try {
        return endpoint.refresh(latest);
      } catch (OAuth2TokenException e) {
        boolean transientAnswer = e.errorCode().isEmpty() && (e.statusCode() >= 500 || e.statusCode() == 429);
        if (!transientAnswer || attempt == TRANSIENT_RETRY_WAITS.size()) {
          throw e;
        }
      } catch (XIoException e) {
        if (e.possiblyDelivered() || attempt == TRANSIENT_RETRY_WAITS.size()) {
          throw e;
        }
      }
      pause(TRANSIENT_RETRY_WAITS.get(attempt));
    }
  }

  private static void pause(Duration wait) {
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new XAuthenticationException("Interrupted while waiting to send a token refresh again", false, e);
    }
  }

  private static boolean newer(OAuth2Tokens candidate, OAuth2Tokens seen) {
    if (candidate.equals(seen)) {
      return false;
    }
    Optional<Instant> candidateExpiry = candidate.expiresAt();
    Optional<Instant> seenExpiry = seen.expiresAt();
    return candidateExpiry.isEmpty() || seenExpiry.isEmpty() || candidateExpiry.get().isAfter(seenExpiry.get());
  }

  /** Describes the provider without showing tokens. */
  @Override
  public String toString() {
    OAuth2Tokens tokens = current;
    return "OAuth2UserTokenProvider[store=" + store + ", expiresAt=" + tokens.expiresAt().orElse(null) + ", scopes="
        + String.join(" ", tokens.scopes()) + ", revoked=" + (revoked != null) + "]";
  }

  /** Collects the provider's settings. Not thread-safe. */
  public static final class Builder {

    private final AuthorizationCodeFlow flow;
    private TokenStore store = new InMemoryTokenStore();
    private OAuth2Tokens tokens;
    private Duration refreshMargin = Duration.ofSeconds(60);

    private Builder(AuthorizationCodeFlow flow) {
      this.flow = flow;
    }

    /**
     * Sets where tokens are kept. Defaults to a new {@link InMemoryTokenStore}.
     *
     * @param store the store
     * @return this builder
     */
    public Builder tokenStore(TokenStore store) {
      this.store = Objects.requireNonNull(store, "store");
      return this;
    }

    /**
     * Sets the tokens to start with, for example those just received from
     * {@link AuthorizationCodeFlow#exchange(PendingAuthorization, AuthorizationCallback)}. They are saved to the
     * store when the provider is built. Unset by default: the provider starts with the stored tokens.
     *
     * @param tokens the tokens
     * @return this builder
     */
    public Builder tokens(OAuth2Tokens tokens) {
      this.tokens = Objects.requireNonNull(tokens, "tokens");
      return this;
    }

    /**
     * Sets how long before expiry the token is refreshed. Defaults to 60 seconds.
     *
     * @param refreshMargin zero or positive
     * @return this builder
     */
    public Builder refreshMargin(Duration refreshMargin) {
      Objects.requireNonNull(refreshMargin, "refreshMargin");
      if (refreshMargin.isNegative()) {
        throw new IllegalArgumentException("refreshMargin must not be negative, but is " + refreshMargin);
      }
      this.refreshMargin = refreshMargin;
      return this;
    }

    /**
     * Creates the provider, saving the given tokens to the store or else loading the stored ones.
     *
     * @return the provider
     * @throws XAuthenticationException when no tokens were given and the store holds none: the user must authorize
     *     the app first ({@code reauthorizationRequired()} is {@code true})
     */
    public OAuth2UserTokenProvider build() {
      OAuth2Tokens initial = tokens;
      if (initial != null) {
        store.save(initial);
      } else {
        initial = store.load().orElseThrow(() -> new XAuthenticationException("No OAuth 2.0 tokens are stored in "
            + store + ". Authorize the app first (AuthorizationCodeFlow with a LoopbackReceiver) and save the tokens"
            + " to this store.", true));
      }
      return new OAuth2UserTokenProvider(flow.endpoint(), store, refreshMargin, initial);
    }
  }
}
