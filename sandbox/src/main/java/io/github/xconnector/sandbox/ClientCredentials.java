package io.github.xconnector.sandbox;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * An id and secret read from an HTTP Basic {@code Authorization} header (each form-url-decoded, per RFC 6749).
 *
 * @param id the client id or consumer key
 * @param secret the client secret or consumer secret
 */
record ClientCredentials(String id, String secret) {

  /** Returns the credentials of a Basic header, or null if there is none or it does not decode. */
  static ClientCredentials fromBasicHeader(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      if (colon < 0) {
        return null;
      }
      return new ClientCredentials(URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
          URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Compares the secret in constant time. */
  boolean secretEquals(String expected) {
    return expected != null && MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8),
        expected.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "ClientCredentials[id=" + id + "]";
  }
}
