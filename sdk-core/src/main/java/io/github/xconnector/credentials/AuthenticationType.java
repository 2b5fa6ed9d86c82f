package io.github.xconnector.credentials;

/** The kinds of authentication X accepts, as named by the operations' security requirements. */
public enum AuthenticationType {
  /** An app-only Bearer token: reads public data; cannot act for a user. */
  APP_ONLY,
  /** An OAuth 2.0 user access token: acts for the user who authorized the app, within the granted scopes. */
  USER_CONTEXT
}
