package io.github.xconnector.auth;

import io.github.xconnector.credentials.AccessTokenProvider;
import io.github.xconnector.credentials.AuthenticationType;
import io.github.xconnector.errors.XValidationException;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Supplies a fixed Bearer token: an app-only token such as the one shown in the X developer portal ({@link #of}),
 * or a user's access token obtained elsewhere ({@link #forUser}).
 *
 * <p>App-only tokens read public data; they cannot act for a user (post, like, follow, read the home timeline).
 * A fixed user token is never refreshed: use it for short jobs and tests (for example with a token the sandbox
 * issues), and {@link OAuth2UserTokenProvider} for anything that runs longer than the token lives.
 * Immutable and thread-safe; {@link #toString()} never shows the token.
 */
public final class StaticBearerTokenProvider implements AccessTokenProvider {

  private final String token;
  private final AuthenticationType type;
  private final Set<String> grantedScopes;

  private StaticBearerTokenProvider(String token, AuthenticationType type, Set<String> grantedScopes) {
    this.token = token;
    this.type = type;
    this.grantedScopes = grantedScopes;
  }

  /**
   * Creates the provider.
   *
   * @param token the Bearer token, without the {@code Bearer } prefix
   * @return the provider
   * @throws XValidationException when the token is missing, blank, or starts with {@code Bearer }
   */
  public static StaticBearerTokenProvider of(String token) {
    return new StaticBearerTokenProvider(checked(token), AuthenticationType.APP_ONLY, null);
  }

  /**
   * Creates a provider of a fixed OAuth 2.0 user access token, whose granted scopes are not known (the client then
   * leaves the scope check to X).
   *
   * @param accessToken the user's access token, without the {@code Bearer } prefix
   * @return the provider
   * @throws XValidationException when the token is missing, blank, or starts with {@code Bearer }
   */
  public static StaticBearerTokenProvider forUser(String accessToken) {
    return new StaticBearerTokenProvider(checked(accessToken), AuthenticationType.USER_CONTEXT, null);
  }

  /**
   * Creates a provider of a fixed OAuth 2.0 user access token with the scopes X granted it, so that an operation
   * needing another scope fails before it is sent, naming the scope.
   *
   * @param accessToken the user's access token, without the {@code Bearer } prefix
   * @param grantedScopes the scopes granted to the token, for example {@code tweet.read users.read}
   * @return the provider
   * @throws XValidationException when the token is missing, blank, or starts with {@code Bearer }
   */
  public static StaticBearerTokenProvider forUser(String accessToken, Collection<String> grantedScopes) {
    Objects.requireNonNull(grantedScopes, "grantedScopes");
    return new StaticBearerTokenProvider(checked(accessToken), AuthenticationType.USER_CONTEXT,
        Set.copyOf(grantedScopes));
  }

  private static String checked(String token) {
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
    return trimmed;
  }

  /** Returns the token. */
  @Override
  public String accessToken() {
    return token;
  }

  /** Returns {@link AuthenticationType#APP_ONLY} or, for {@link #forUser}, {@link AuthenticationType#USER_CONTEXT}. */
  @Override
  public AuthenticationType authenticationType() {
    return type;
  }

  /** Returns the scopes given to {@link #forUser(String, Collection)}, or empty when not known. */
  @Override
  public Optional<Set<String>> grantedScopes() {
    return Optional.ofNullable(grantedScopes);
  }

  /** Describes the provider without showing the token. */
  @Override
  public String toString() {
    return "StaticBearerTokenProvider[" + type + ", token=" + Redaction.REDACTED + "]";
  }
}
