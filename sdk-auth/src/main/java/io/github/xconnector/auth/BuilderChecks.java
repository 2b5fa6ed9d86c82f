package io.github.xconnector.auth;

import io.github.xconnector.errors.XValidationException;
import java.net.URI;
import java.time.Duration;

/** The checks builders make before they build, with messages naming the builder method. */
final class BuilderChecks {

  private BuilderChecks() {
  }

  /** Requires an absolute http(s) URL. */
  static URI httpUrl(String method, URI url) {
    if (url == null) {
      throw new XValidationException(method + "(...) is required");
    }
    try {
      return SettingsReader.httpUrl(url.toString());
    } catch (IllegalArgumentException e) {
      throw new XValidationException(method + "(...) is malformed: '" + url + "': " + e.getMessage());
    }
  }

  /** Requires a positive duration. */
  static Duration positive(String method, Duration duration) {
    if (duration.isNegative() || duration.isZero()) {
      throw new XValidationException(method + "(...) must be positive, but is " + duration);
    }
    return duration;
  }
}
