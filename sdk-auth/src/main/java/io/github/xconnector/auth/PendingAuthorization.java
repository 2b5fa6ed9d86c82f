package io.github.xconnector.auth;

import com.nimbusds.oauth2.sdk.ErrorObject;
import io.github.xconnector.errors.XAuthenticationException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One authorization in progress: the URL to open in the browser, and the {@code state} and PKCE verifier that the
 * callback and the code exchange are checked against.
 *
 * <p>Created by {@link AuthorizationCodeFlow#begin()}; completed at most once by
 * {@link AuthorizationCodeFlow#exchange(PendingAuthorization, AuthorizationCallback)}. Thread-safe;
 * {@link #toString()} never shows the state or verifier.
 */
public final class PendingAuthorization {

  private final URI authorizationUrl;
  private final URI redirectUri;
  private final Set<String> scopes;
  private final String state;
  private final PkceVerifier verifier;
  private final AtomicBoolean exchanged = new AtomicBoolean();

  PendingAuthorization(URI authorizationUrl, URI redirectUri, Set<String> scopes, String state,
      PkceVerifier verifier) {
    this.authorizationUrl = authorizationUrl;
    this.redirectUri = redirectUri;
    this.scopes = Collections.unmodifiableSet(new LinkedHashSet<>(scopes));
    this.state = state;
    this.verifier = verifier;
  }

  /**
   * Returns the URL the user opens to authorize the app. It carries the client ID, redirect URI, scopes, state and
   * the S256 code challenge.
   *
   * @return the authorization URL
   */
  public URI authorizationUrl() {
    return authorizationUrl;
  }

  /**
   * Returns the redirect URI this authorization uses; the code exchange sends the same one.
   *
   * @return the redirect URI
   */
  public URI redirectUri() {
    return redirectUri;
  }

  /**
   * Returns the scopes requested.
   *
   * @return the scopes
   */
  public Set<String> scopes() {
    return scopes;
  }

  PkceVerifier verifier() {
    return verifier;
  }

  /**
   * Checks that a callback answers this authorization and returns its code.
   *
   * @throws XAuthenticationException when the state does not match, the user denied access, X reported another
   *     error, or the callback has no code
   */
  String verify(AuthorizationCallback callback) {
    if (!stateMatches(callback)) {
      throw new XAuthenticationException("The authorization callback's state is missing or does not match this"
          + " authorization request: it may come from an older attempt or a forged link. Start the authorization"
          + " again.", true);
    }
    if (callback.error().isPresent()) {
      String error = ErrorObject.removeIllegalChars(callback.error().get());
      if (error.equals("access_denied")) {
        throw new XAuthenticationException("The user did not authorize the app (access_denied). Start the"
            + " authorization again and choose to authorize the app.", true);
      }
      String description = callback.errorDescription().map(ErrorObject::removeIllegalChars)
          .map(text -> ": " + (text.length() <= 200 ? text : text.substring(0, 200) + "...")).orElse("");
      throw new XAuthenticationException("X refused the authorization request (" + error + description + "). Check"
          + " the client ID, redirect URI and scopes against the app's settings in the X developer portal, then start"
          + " again.", true);
    }
    return callback.code().orElseThrow(() -> new XAuthenticationException("The authorization callback carries"
        + " neither a code nor an error. Start the authorization again.", true));
  }

  /** Whether the callback carries this authorization's state, compared in constant time. */
  boolean stateMatches(AuthorizationCallback callback) {
    // Constant time, so response timing does not reveal how much of a guessed state was right.
    return callback.state()
        .map(received -> MessageDigest.isEqual(state.getBytes(StandardCharsets.UTF_8),
            received.getBytes(StandardCharsets.UTF_8)))
        .orElse(false);
  }

  /**
   * Marks the authorization as exchanged.
   *
   * @return {@code false} when it already was
   */
  boolean markExchanged() {
    return exchanged.compareAndSet(false, true);
  }

  /** Describes the authorization without showing its state or verifier. */
  @Override
  public String toString() {
    return "PendingAuthorization[redirectUri=" + redirectUri + ", scopes=" + String.join(" ", scopes) + ", state="
        + Redaction.REDACTED + ", verifier=" + Redaction.REDACTED + ", exchanged=" + exchanged.get() + "]";
  }
}
