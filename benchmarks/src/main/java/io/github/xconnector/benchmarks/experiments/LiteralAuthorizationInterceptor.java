package io.github.xconnector.benchmarks.experiments;

import feign.RequestInterceptor;
import feign.RequestTemplate;
import io.github.xconnector.AccessTokenProvider;
import io.github.xconnector.errors.XAuthenticationException;
import io.github.xconnector.internal.OperationSecurity;

/**
 * A proposed change to the SDK's {@code AuthorizationInterceptor}: the same checks, but the token is set with
 * {@code headerLiteral}, so Feign does not parse {@code Bearer <token>} as a template on every call (a token holding
 * a brace would also be mangled by that parsing).
 */
final class LiteralAuthorizationInterceptor implements RequestInterceptor {

  private final AccessTokenProvider credentials;

  LiteralAuthorizationInterceptor(AccessTokenProvider credentials) {
    this.credentials = credentials;
  }

  @Override
  public void apply(RequestTemplate template) {
    if (template.methodMetadata() != null) {
      OperationSecurity security = OperationSecurity.of(template.methodMetadata().method().getName());
      if (security != null && !security.allows(credentials.authenticationType())) {
        throw new XAuthenticationException(security.endpoint() + " needs other credentials", false);
      }
    }
    String token = credentials.accessToken();
    if (token == null || token.isBlank()) {
      throw new XAuthenticationException("The credentials returned no access token", false);
    }
    template.removeHeader("Authorization");
    template.headerLiteral("Authorization", "Bearer " + token);
  }
}
