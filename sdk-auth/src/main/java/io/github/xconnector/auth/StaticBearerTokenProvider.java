package io.github.xconnector.auth;

import io.github.xconnector.errors.XValidationException;

/**
 * Supplies a fixed app-only Bearer token, such as the one shown in the X developer portal.
 *
 * <p>App-only tokens read public data; they cannot act for a user (post, like, follow, read the home timeline).
 * Immutable and thread-safe; {@link #toString()} never shows the token.
 */
public final class StaticBearerTokenProvider implements AccessTokenProvider {

  private final String token;

  private StaticBearerTokenProvider(String token) {
    this.token = token;
  }

  /**
   * Creates the provider.
   *
   * @param token the Bearer token, without the {@code Bearer } prefix
   * @return the provider
   * @throws XValidationException when the token is missing, blank, or starts with {@code Bearer }
   */
  public static StaticBearerTokenProvider of(String token) {
    if (token == null || token.isBlank()) {
      throw new XValidationException("The Bearer token is missing or blank: copy the app's Bearer token from the X"
          + " developer portal (setting Token, X_BEARER_TOKEN).");
    }
    String trimmed = token.strip();
    if (trimmed.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw new XValidationException("Pass the Bearer token without the 'Bearer ' prefix; the SDK adds it.");
    }
    if (trimmed.chars().anyMatch(c -> c < 0x21 || c > 0x7E)) {
      throw new XValidationException("The Bearer token contains spaces or characters that cannot be sent in a"
          + " header: check that it was copied whole and alone.");
    }
    return new StaticBearerTokenProvider(trimmed);
  }

  /** Returns the token. */
  @Override
  public String accessToken() {
    return token;
  }

  /** Returns {@link AuthenticationType#APP_ONLY}. */
  @Override
  public AuthenticationType authenticationType() {
    return AuthenticationType.APP_ONLY;
  }

  /** Describes the provider without showing the token. */
  @Override
  public String toString() {
    return "StaticBearerTokenProvider[token=" + Redaction.REDACTED + "]";
  }
}
