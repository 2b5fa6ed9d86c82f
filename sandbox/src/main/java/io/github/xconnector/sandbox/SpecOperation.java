package io.github.xconnector.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One operation of {@code spec/x-api.yaml}: its method and path template, and the security it declares.
 *
 * @param method the HTTP method, upper case
 * @param pathTemplate the path as the spec writes it, e.g. {@code /2/users/{id}/likes}
 * @param operationId the spec's operation id, which names the endpoint handler
 * @param appOnlyAllowed whether the spec lists {@code BearerToken} (app-only) among the alternatives
 * @param userScopes the scopes the {@code OAuth2UserToken} alternative requires
 * @param selfParameters path parameters whose schema is {@code UserIdMatchesAuthenticatedUser}
 */
record SpecOperation(String method, String pathTemplate, String operationId, boolean appOnlyAllowed,
    Set<String> userScopes, Set<String> selfParameters) {

  private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

  /** The key rate limits are configured and counted by: {@code "GET /2/tweets/search/recent"}. */
  String key() {
    return method + " " + pathTemplate;
  }

  int variableCount() {
    return variableNames().size();
  }

  /** Returns the path parameters when the path matches this template, or null. */
  Map<String, String> match(String path) {
    Matcher matcher = regex().matcher(path);
    if (!matcher.matches()) {
      return null;
    }
    Map<String, String> values = new LinkedHashMap<>();
    List<String> names = variableNames();
    for (int i = 0; i < names.size(); i++) {
      values.put(names.get(i), matcher.group(i + 1));
    }
    return values;
  }

  private List<String> variableNames() {
    List<String> names = new ArrayList<>();
    Matcher matcher = VARIABLE.matcher(pathTemplate);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  private Pattern regex() {
    StringBuilder regex = new StringBuilder();
    Matcher matcher = VARIABLE.matcher(pathTemplate);
    int last = 0;
    while (matcher.find()) {
      regex.append(Pattern.quote(pathTemplate.substring(last, matcher.start()))).append("([^/]+)");
      last = matcher.end();
    }
    regex.append(Pattern.quote(pathTemplate.substring(last)));
    return Pattern.compile(regex.toString());
  }
}
