package io.github.xconnector.sandbox;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Issues, looks up, rotates and revokes the sandbox's tokens and authorization codes.
 *
 * <p>Token strings are only map keys: no record holds one, so none can leak through a {@code toString()}.
 */
final class TokenService {

  static final String OFFLINE_ACCESS = "offline.access";
  private static final Duration CODE_LIFETIME = Duration.ofSeconds(30);

  /** What an authorization code was issued for; it is redeemed at most once. */
  record AuthorizationCode(String clientId, String redirectUri, String userId, Set<String> scopes,
      String codeChallenge, String challengeMethod, Instant expiresAt) {}

  /** What a refresh token stands for. */
  record RefreshGrant(String clientId, String userId, Set<String> scopes) {}

  /** The result of a grant, as the token endpoint reports it. */
  record IssuedTokens(String accessToken, String refreshToken, long expiresInSeconds, Set<String> scopes) {
    @Override
    public String toString() {
      return "IssuedTokens[scopes=" + scopes + ", expiresInSeconds=" + expiresInSeconds + "]";
    }
  }

  private final SecureRandom random = new SecureRandom();
  private final Clock clock;
  private final Duration accessTokenLifetime;
  private final String consumerKey;
  private final ConcurrentMap<String, Principal> accessTokens = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, RefreshGrant> refreshTokens = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, AuthorizationCode> codes = new ConcurrentHashMap<>();
  private final AtomicReference<String> appToken = new AtomicReference<>();

  TokenService(Clock clock, Duration accessTokenLifetime, String consumerKey) {
    this.clock = clock;
    this.accessTokenLifetime = accessTokenLifetime;
    this.consumerKey = consumerKey;
  }

  /** Issues an access token (and a refresh token when {@code offline.access} is granted). */
  IssuedTokens issueUserTokens(String clientId, String userId, Set<String> scopes) {
    String access = newToken();
    accessTokens.put(access, new Principal(clientId, userId, Set.copyOf(scopes),
        clock.instant().plus(accessTokenLifetime)));
    String refresh = null;
    if (scopes.contains(OFFLINE_ACCESS)) {
      refresh = newToken();
      refreshTokens.put(refresh, new RefreshGrant(clientId, userId, Set.copyOf(scopes)));
    }
    return new IssuedTokens(access, refresh, accessTokenLifetime.toSeconds(), Set.copyOf(scopes));
  }

  /** Returns the app-only token, creating it on first use; like X, the same token until it is invalidated. */
  String appToken() {
    return appToken.updateAndGet(current -> {
      if (current != null) {
        return current;
      }
      String token = "AAAAAAAAAAAAAAAAAAAAA" + newToken();
      accessTokens.put(token, new Principal(consumerKey, null, Set.of(), null));
      return token;
    });
  }

  /** Invalidates the app-only token; returns whether the given token was it. */
  boolean invalidateAppToken(String token) {
    String current = appToken.get();
    // compareAndSet compares references, so it is given the stored string once the values are known to be equal.
    boolean invalidated = current != null && current.equals(token) && appToken.compareAndSet(current, null);
    if (invalidated) {
      accessTokens.remove(token);
    }
    return invalidated;
  }

  Optional<Principal> findAccessToken(String token) {
    Principal principal = token == null ? null : accessTokens.get(token);
    if (principal == null || principal.isExpiredAt(clock.instant())) {
      return Optional.empty();
    }
    return Optional.of(principal);
  }

  String issueCode(String clientId, String redirectUri, String userId, Set<String> scopes, String challenge,
      String challengeMethod) {
    String code = newToken();
    codes.put(code, new AuthorizationCode(clientId, redirectUri, userId, Set.copyOf(scopes), challenge,
        challengeMethod, clock.instant().plus(CODE_LIFETIME)));
    return code;
  }

  /** Removes and returns a live code; a second redemption finds nothing. */
  Optional<AuthorizationCode> redeemCode(String code) {
    AuthorizationCode grant = code == null ? null : codes.remove(code);
    if (grant == null || !clock.instant().isBefore(grant.expiresAt())) {
      return Optional.empty();
    }
    return Optional.of(grant);
  }

  /** Removes and returns the refresh grant if it belongs to the client; the old token is then refused. */
  Optional<RefreshGrant> redeemRefreshToken(String token, String clientId) {
    if (token == null) {
      return Optional.empty();
    }
    // remove(key, value) lets only one of two concurrent refreshes with the same token win.
    RefreshGrant grant = refreshTokens.get(token);
    if (grant == null || !grant.clientId().equals(clientId) || !refreshTokens.remove(token, grant)) {
      return Optional.empty();
    }
    return Optional.of(grant);
  }

  /** Revokes an access or refresh token of the client; unknown tokens are ignored, as RFC 7009 asks. */
  void revoke(String token, String clientId) {
    if (token == null) {
      return;
    }
    accessTokens.computeIfPresent(token, (t, p) -> p.clientId().equals(clientId) ? null : p);
    refreshTokens.computeIfPresent(token, (t, g) -> g.clientId().equals(clientId) ? null : g);
  }

  private String newToken() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
