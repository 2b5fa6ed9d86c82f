package io.github.xconnector.internal;

import feign.Request;
import feign.RequestInterceptor;
import feign.RequestTemplate;
import io.github.xconnector.credentials.AccessTokenProvider;
import io.github.xconnector.errors.XAuthenticationException;
import java.util.Collection;
import java.util.Map;

/**
 * Authenticates every request with exactly one {@code Authorization: Bearer} header. Whether the credentials may
 * call the operation at all was checked before, by {@link CallExecutor}.
 *
 * <p>Feign runs interceptors again on the same template when it retries, and {@code header()} appends; the old
 * header is therefore removed first, or a retried request would carry the stale token next to the new one. The value
 * is set as a literal, never parsed as a Feign template.
 */
public final class AuthorizationInterceptor implements RequestInterceptor {

  static final String AUTHORIZATION = "Authorization";
  private static final String BEARER = "Bearer ";

  private final AccessTokenProvider credentials;
  private final String prefix;

  /**
   * Creates the interceptor.
   *
   * @param credentials supplies the token for each request
   * @param connectionName starts the message of each refusal, so logs say which connection it was; may be
   *     {@code null}
   */
  public AuthorizationInterceptor(AccessTokenProvider credentials, String connectionName) {
    this.credentials = credentials;
    this.prefix = ConnectionNames.prefix(connectionName);
  }

  @Override
  public void apply(RequestTemplate template) {
    String value = value();
    template.removeHeader(AUTHORIZATION);
    // A literal: Feign would otherwise read the token as a template, mangling one that holds a brace.
    template.headerLiteral(AUTHORIZATION, value);
  }

  /**
   * Returns the {@code Authorization} header of the next request, with the credentials' current token.
   *
   * @return {@code Bearer} and the token
   * @throws XAuthenticationException when the credentials have no token
   */
  String value() {
    String token = credentials.accessToken();
    if (token == null || token.isBlank()) {
      throw new XAuthenticationException(prefix + "The credentials returned no access token", false);
    }
    return BEARER + token;
  }

  /**
   * Returns the token a sent request carried.
   *
   * @param request the request
   * @return the bare token, or {@code null} when the request had none
   */
  static String tokenOf(Request request) {
    for (Map.Entry<String, Collection<String>> header : request.headers().entrySet()) {
      if (AUTHORIZATION.equalsIgnoreCase(header.getKey())) {
        for (String value : header.getValue()) {
          if (value.startsWith(BEARER)) {
            return value.substring(BEARER.length());
          }
        }
      }
    }
    return null;
  }
}
