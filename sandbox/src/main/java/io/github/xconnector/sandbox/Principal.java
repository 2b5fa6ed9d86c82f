package io.github.xconnector.sandbox;

import java.time.Instant;
import java.util.Set;

/**
 * Who an access token speaks for: a user through an OAuth 2.0 client, or the app itself (app-only).
 *
 * @param clientId the OAuth 2.0 client id, or the consumer key for app-only tokens
 * @param userId the user's id; null for app-only tokens
 * @param scopes the granted scopes; empty for app-only tokens
 * @param expiresAt when the token stops working; null if it never expires (app-only)
 */
record Principal(String clientId, String userId, Set<String> scopes, Instant expiresAt) {

  boolean isAppOnly() {
    return userId == null;
  }

  boolean isExpiredAt(Instant now) {
    return expiresAt != null && !now.isBefore(expiresAt);
  }

  /** The identity X counts rate limits by: per user and app, or per app for app-only requests. */
  String rateLimitKey() {
    return isAppOnly() ? "app:" + clientId : "user:" + userId + ":" + clientId;
  }
}
