package io.github.xconnector.auth;

/** How secrets appear in {@code toString()} and messages: never their value, only whether they are there. */
final class Redaction {

  /** Stands in for a secret value. */
  static final String REDACTED = "[redacted]";

  private Redaction() {
  }

  /** Returns {@value #REDACTED} for a present secret, {@code null} for an absent one. */
  static String presence(Object secret) {
    return secret == null ? null : REDACTED;
  }
}
