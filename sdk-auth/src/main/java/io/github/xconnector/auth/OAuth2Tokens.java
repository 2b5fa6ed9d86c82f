package io.github.xconnector.auth;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An OAuth 2.0 user access token with its refresh token, expiry and granted scopes.
 *
 * <p>X rotates refresh tokens: each refresh answers a new pair and the old refresh token stops working, so a new
 * instance must be saved (see {@link TokenStore}) before it is used. Instances are immutable;
 * {@link #toString()} never shows the tokens.
 */
public final class OAuth2Tokens {

  private final String accessToken;
  private final String refreshToken;
  private final Instant expiresAt;
  private final Set<String> scopes;

  private OAuth2Tokens(String accessToken, String refreshToken, Instant expiresAt, Set<String> scopes) {
    this.accessToken = accessToken;
    this.refreshToken = refreshToken;
    this.expiresAt = expiresAt;
    this.scopes = scopes;
  }

  /**
   * Creates a token pair.
   *
   * @param accessToken the access token; not blank
   * @param refreshToken the refresh token, or {@code null} when X gave none (the {@code offline.access} scope was
   *     not granted)
   * @param expiresAt when the access token expires, or {@code null} when unknown
   * @param scopes the scopes X granted; empty when unknown
   * @return the tokens
   * @throws IllegalArgumentException when the access token is blank or the refresh token is blank
   */
  public static OAuth2Tokens of(String accessToken, String refreshToken, Instant expiresAt,
      Collection<String> scopes) {
    if (accessToken == null || accessToken.isBlank()) {
      throw new IllegalArgumentException("The access token is missing or blank");
    }
    if (refreshToken != null && refreshToken.isBlank()) {
      throw new IllegalArgumentException("The refresh token is blank: pass null when there is none");
    }
    Objects.requireNonNull(scopes, "scopes");
    return new OAuth2Tokens(accessToken, refreshToken, expiresAt,
        Collections.unmodifiableSet(new LinkedHashSet<>(scopes)));
  }

  /**
   * Returns the access token, sent as {@code Authorization: Bearer <token>}.
   *
   * @return the access token
   */
  public String accessToken() {
    return accessToken;
  }

  /**
   * Returns the refresh token, present when the {@code offline.access} scope was granted.
   *
   * @return the refresh token, or empty
   */
  public Optional<String> refreshToken() {
    return Optional.ofNullable(refreshToken);
  }

  /**
   * Returns when the access token expires (X's tokens live about two hours).
   *
   * @return the expiry, or empty when X did not say
   */
  public Optional<Instant> expiresAt() {
    return Optional.ofNullable(expiresAt);
  }

  /**
   * Returns the scopes X granted.
   *
   * @return the scopes, empty when unknown
   */
  public Set<String> scopes() {
    return scopes;
  }

  /**
   * Compares all four parts.
   *
   * @param other another object
   * @return whether {@code other} holds the same tokens, expiry and scopes
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof OAuth2Tokens
        && accessToken.equals(((OAuth2Tokens) other).accessToken)
        && Objects.equals(refreshToken, ((OAuth2Tokens) other).refreshToken)
        && Objects.equals(expiresAt, ((OAuth2Tokens) other).expiresAt)
        && scopes.equals(((OAuth2Tokens) other).scopes);
  }

  /**
   * Returns a hash of the access token.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return accessToken.hashCode();
  }

  /** Describes the tokens without showing them. */
  @Override
  public String toString() {
    return "OAuth2Tokens[accessToken=" + Redaction.REDACTED + ", refreshToken=" + Redaction.presence(refreshToken)
        + ", expiresAt=" + expiresAt + ", scopes=" + String.join(" ", scopes) + "]";
  }
}
