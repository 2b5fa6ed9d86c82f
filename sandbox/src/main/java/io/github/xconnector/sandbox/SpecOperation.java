package io.github.xconnector.sandbox;

import java.util.Map;
import java.util.Set;

/**
 * One operation of {@code spec/x-api.yaml}: its method and path template, and the security it declares.
 *
 * <p>The template is compiled into its {@link PathMatcher} once, when the operation is read from the spec, so finding
 * the operation of a request compiles nothing.
 *
 * @param method the HTTP method, upper case
 * @param pathTemplate the path as the spec writes it, e.g. {@code /2/users/{id}/likes}
 * @param operationId the spec's operation id, which names the endpoint handler
 * @param appOnlyAllowed whether the spec lists {@code BearerToken} (app-only) among the alternatives
 * @param userScopes the scopes the {@code OAuth2UserToken} alternative requires
 * @param selfParameters path parameters whose schema is {@code UserIdMatchesAuthenticatedUser}
 * @param pathMatcher the template compiled
 */
record SpecOperation(String method, String pathTemplate, String operationId, boolean appOnlyAllowed,
    Set<String> userScopes, Set<String> selfParameters, PathMatcher pathMatcher) {

  SpecOperation(String method, String pathTemplate, String operationId, boolean appOnlyAllowed,
      Set<String> userScopes, Set<String> selfParameters) {
    this(method, pathTemplate, operationId, appOnlyAllowed, userScopes, selfParameters,
        PathMatcher.compile(pathTemplate));
  }

  /** The key rate limits are configured and counted by: {@code "GET /2/tweets/search/recent"}. */
  String key() {
    return method + " " + pathTemplate;
  }

  int variableCount() {
    return pathMatcher.variables().size();
  }

  /** Returns the path parameters when the path matches this template, or null. */
  Map<String, String> match(String path) {
    return pathMatcher.match(path);
  }
}
