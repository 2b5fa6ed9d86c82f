package io.github.xconnector.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A spec path template ({@code /2/users/{id}/likes}) compiled once into a regular expression: literal parts match
 * themselves, each variable one non-empty path segment. Immutable and thread-safe.
 */
final class PathMatcher {

  private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

  private final String template;
  private final Pattern pattern;
  private final List<String> variables;

  private PathMatcher(String template, Pattern pattern, List<String> variables) {
    this.template = template;
    this.pattern = pattern;
    this.variables = variables;
  }

  /** Compiles a template. */
  static PathMatcher compile(String template) {
    StringBuilder regex = new StringBuilder();
    List<String> names = new ArrayList<>();
    Matcher matcher = VARIABLE.matcher(template);
    int last = 0;
    while (matcher.find()) {
      regex.append(Pattern.quote(template.substring(last, matcher.start()))).append("([^/]+)");
      names.add(matcher.group(1));
      last = matcher.end();
    }
    regex.append(Pattern.quote(template.substring(last)));
    return new PathMatcher(template, Pattern.compile(regex.toString()), List.copyOf(names));
  }

  /** Returns the variables' values when the whole path matches, in template order, or null. */
  Map<String, String> match(String path) {
    Matcher matcher = pattern.matcher(path);
    if (!matcher.matches()) {
      return null;
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < variables.size(); i++) {
      values.put(variables.get(i), matcher.group(i + 1));
    }
    return values;
  }

  Pattern pattern() {
    return pattern;
  }

  /** The variable names, in template order. */
  List<String> variables() {
    return variables;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PathMatcher && ((PathMatcher) other).template.equals(template);
  }

  @Override
  public int hashCode() {
    return template.hashCode();
  }

  @Override
  public String toString() {
    return template;
  }
}
