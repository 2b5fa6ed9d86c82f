package io.github.xconnector.errors;

import java.util.Locale;

/**
 * The kinds of problem X reports, recognised by the last path segment of the problem type URI.
 *
 * <p>X sends {@code https://api.twitter.com/2/problems/...} while its document says {@code https://api.x.com/...};
 * both, and any other host, map to the same constant. Types nobody listed map to {@link #OTHER}.
 */
public enum ProblemType {
  /** {@code about:blank}: a plain HTTP error whose meaning is its status. */
  ABOUT_BLANK("about:blank"),
  /** The request was malformed or a parameter invalid. */
  INVALID_REQUEST("invalid-request"),
  /** The post, user or media named does not exist. */
  RESOURCE_NOT_FOUND("resource-not-found"),
  /** The resource exists but the credentials may not see it. */
  NOT_AUTHORIZED_FOR_RESOURCE("not-authorized-for-resource"),
  /** A requested field is not available to these credentials. */
  NOT_AUTHORIZED_FOR_FIELD("not-authorized-for-field"),
  /** The resource cannot be served now (for example a suspended account). */
  RESOURCE_UNAVAILABLE("resource-unavailable"),
  /** The endpoint does not accept this kind of authentication (for example app-only on a user endpoint). */
  UNSUPPORTED_AUTHENTICATION("unsupported-authentication"),
  /** The app's monthly usage cap is exhausted: waiting a few minutes does not help. */
  USAGE_CAPPED("usage-capped"),
  /** The app is not enrolled for the access level this endpoint needs. */
  CLIENT_FORBIDDEN("client-forbidden"),
  /** The acting user is suspended. */
  USER_SUSPENDED("user-suspended"),
  /** The request conflicts with the current state. */
  CONFLICT("conflict"),
  /** The resource is not allowed for this app. */
  DISALLOWED_RESOURCE("disallowed-resource"),
  /** A type nobody listed; read {@link XError#type()} for the URI. */
  OTHER("");

  private final String segment;

  ProblemType(String segment) {
    this.segment = segment;
  }

  /**
   * Returns the last path segment that identifies this type, for example {@code usage-capped}.
   *
   * @return the segment; empty for {@link #OTHER}
   */
  public String segment() {
    return segment;
  }

  /**
   * Recognises a problem type URI.
   *
   * @param uri the type as X sent it; may be {@code null}
   * @return the matching constant, or {@link #OTHER}
   */
  public static ProblemType fromUri(String uri) {
    if (uri == null || uri.isBlank()) {
      return OTHER;
    }
    String trimmed = uri.trim();
    if (trimmed.equalsIgnoreCase("about:blank")) {
      return ABOUT_BLANK;
    }
    while (trimmed.endsWith("/")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    String last = trimmed.substring(trimmed.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    for (ProblemType type : values()) {
      if (type != OTHER && type.segment.equals(last)) {
        return type;
      }
    }
    return OTHER;
  }
}
