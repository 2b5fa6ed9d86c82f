package io.github.xconnector.auth;

import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A PKCE code verifier (RFC 7636) with its S256 challenge.
 *
 * <p>The verifier stays with the app; only its SHA-256 challenge goes into the authorization URL, and the verifier is
 * sent with the code exchange so X can check that both requests come from the same app. The plain method is never
 * used. Instances are immutable; {@link #toString()} never shows the verifier.
 */
public final class PkceVerifier {

  /** RFC 7636 section 4.1: 43 to 128 unreserved characters. */
  private static final Pattern VERIFIER = Pattern.compile("[A-Za-z0-9._~-]{43,128}");

  private final CodeVerifier verifier;

  private PkceVerifier(CodeVerifier verifier) {
    this.verifier = verifier;
  }

  /**
   * Creates a verifier from 32 random bytes (43 characters).
   *
   * @param random the source of randomness
   * @return a new verifier
   */
  public static PkceVerifier generate(SecureRandom random) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return new PkceVerifier(new CodeVerifier(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes)));
  }

  /**
   * Restores a verifier kept by the app between the authorization request and the callback.
   *
   * @param value the verifier
   * @return the verifier
   * @throws IllegalArgumentException when it is not 43 to 128 unreserved characters
   */
  public static PkceVerifier of(String value) {
    if (value == null || !VERIFIER.matcher(value).matches()) {
      throw new IllegalArgumentException("A PKCE verifier is 43 to 128 characters from A-Z a-z 0-9 - . _ ~");
    }
    return new PkceVerifier(new CodeVerifier(value));
  }

  /**
   * Returns the verifier itself, a secret to keep until the code exchange.
   *
   * @return the verifier
   */
  public String value() {
    return verifier.getValue();
  }

  /**
   * Returns the S256 challenge: BASE64URL(SHA-256(verifier)) without padding.
   *
   * @return the challenge that goes into the authorization URL
   */
  public String challenge() {
    return CodeChallenge.compute(CodeChallengeMethod.S256, verifier).getValue();
  }

  /**
   * Returns the challenge method, always {@code S256}.
   *
   * @return {@code S256}
   */
  public String challengeMethod() {
    return CodeChallengeMethod.S256.getValue();
  }

  CodeVerifier toNimbus() {
    return verifier;
  }

  /**
   * Compares verifiers.
   *
   * @param other another object
   * @return whether it is the same verifier
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof PkceVerifier && Objects.equals(value(), ((PkceVerifier) other).value());
  }

  /**
   * Returns a hash of the verifier.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return value().hashCode();
  }

  /** Names the method without showing the verifier. */
  @Override
  public String toString() {
    return "PkceVerifier[method=S256, verifier=" + Redaction.REDACTED + "]";
  }
}
