package io.github.xconnector.auth;

import io.github.xconnector.errors.XAuthenticationException;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The parameters X sends to the redirect URI after the user answered the authorization page: a {@code code} and
 * {@code state} on approval, or an {@code error} (for example {@code access_denied}) and {@code state} otherwise.
 *
 * <p>Instances are immutable; {@link #toString()} never shows the code or state.
 */
public final class AuthorizationCallback {

  private final String code;
  private final String state;
  private final String error;
  private final String errorDescription;

  private AuthorizationCallback(String code, String state, String error, String errorDescription) {
    this.code = code;
    this.state = state;
    this.error = error;
    this.errorDescription = errorDescription;
  }

  /**
   * Reads the callback from the full redirect URI the browser was sent to.
   *
   * @param callbackUri for example {@code http://127.0.0.1:8765/callback?state=...&code=...}
   * @return the callback
   * @throws XAuthenticationException when the query is malformed or repeats a parameter
   */
  public static AuthorizationCallback fromUri(URI callbackUri) {
    return fromRawQuery(Objects.requireNonNull(callbackUri, "callbackUri").getRawQuery());
  }

  /**
   * Reads the callback from the raw (still encoded) query of the redirect.
   *
   * @param rawQuery the query, for example {@code state=...&code=...}
   * @return the callback
   * @throws XAuthenticationException when the query is malformed or repeats a parameter
   */
  public static AuthorizationCallback fromRawQuery(String rawQuery) {
    Map<String, String> parameters;
    try {
      parameters = QueryParameters.parse(rawQuery);
    } catch (IllegalArgumentException e) {
      throw new XAuthenticationException("The authorization callback is malformed (" + e.getMessage()
          + "): start the authorization again.", true);
    }
    return new AuthorizationCallback(blankToNull(parameters.get("code")), blankToNull(parameters.get("state")),
        blankToNull(parameters.get("error")), blankToNull(parameters.get("error_description")));
  }

  /**
   * Creates a callback from a code and state received some other way, for example by a web application.
   *
   * @param code the authorization code
   * @param state the state
   * @return the callback
   */
  public static AuthorizationCallback of(String code, String state) {
    return new AuthorizationCallback(blankToNull(code), blankToNull(state), null, null);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  /**
   * Returns the authorization code, present when the user approved.
   *
   * @return the code, or empty
   */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  /**
   * Returns the state X sent back.
   *
   * @return the state, or empty
   */
  public Optional<String> state() {
    return Optional.ofNullable(state);
  }

  /**
   * Returns the OAuth 2.0 error, for example {@code access_denied} when the user cancelled.
   *
   * @return the error code, or empty on approval
   */
  public Optional<String> error() {
    return Optional.ofNullable(error);
  }

  /**
   * Returns X's description of the error.
   *
   * @return the description, or empty
   */
  public Optional<String> errorDescription() {
    return Optional.ofNullable(errorDescription);
  }

  /** Says what the callback holds without showing the code or state. */
  @Override
  public String toString() {
    return "AuthorizationCallback[code=" + Redaction.presence(code) + ", state=" + Redaction.presence(state)
        + ", error=" + error + "]";
  }
}
