package io.github.xconnector.internal;

import io.github.xconnector.errors.XValidationException;
import java.io.File;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the arguments of a call against the parameters of its operation in the spec (required, bounds, item counts,
 * lengths, patterns, enumerated values) before anything is sent, with messages that name the argument, the rule and
 * the value.
 */
final class ParameterChecks {

  private static final Pattern CLASS_REPEATED = Pattern.compile("\\^\\[([^\\]]+)\\]\\{(\\d+),(\\d+)\\}\\$");
  private static final Map<String, String> CLASS_NAMES = Map.of(
      "0-9", "digits",
      "A-Za-z0-9_", "letters, digits or underscores",
      "a-zA-Z0-9_", "letters, digits or underscores");

  private ParameterChecks() {
  }

  static void check(Operation operation, CallArguments arguments) {
    for (Map.Entry<String, Object> entry : arguments.values().entrySet()) {
      Operation.Parameter parameter = operation.parameter(entry.getKey());
      if (parameter == null) {
        throw new IllegalStateException(operation + " has no parameter " + entry.getKey() + " in spec/x-api.yaml");
      }
      if (isEmptyList(entry.getValue()) && !parameter.isRequired()) {
        continue;
      }
      check(operation, parameter, arguments.label(entry.getKey()), entry.getValue());
    }
    for (Operation.Parameter parameter : operation.parameters().values()) {
      if (!parameter.isRequired() || arguments.values().containsKey(parameter.name())) {
        continue;
      }
      if (parameter.location() == Operation.Location.BODY) {
        if (arguments.bodyValue() == null) {
          throw new XValidationException(operation.endpoint() + " needs a request body.");
        }
      } else {
        throw new XValidationException(arguments.label(parameter.name()) + " is required by " + operation.endpoint()
            + " (" + parameter.name() + ").");
      }
    }
  }

  private static void check(Operation operation, Operation.Parameter parameter, String label, Object value) {
    if (value instanceof Collection) {
      Collection<?> items = (Collection<?>) value;
      int min = parameter.minItemsCount().orElse(0);
      int max = parameter.maxItemsCount().orElse(Integer.MAX_VALUE);
      if (items.size() < min || items.size() > max) {
        throw fail(operation, parameter, label, "hold " + range(min, max) + " items", items.size() + (items.size() == 1 ? " item" : " items"),
            max < Integer.MAX_VALUE ? " Split larger lists into several requests." : "");
      }
      for (Object item : items) {
        if (item == null) {
          throw fail(operation, parameter, label, "not hold null items", "a list with null", "");
        }
        text(operation, parameter, label + " entry", item.toString(), parameter.itemValuePattern().orElse(null));
        allowed(operation, parameter, label + " entry", item.toString());
      }
      return;
    }
    if (value instanceof Number && !(value instanceof Double || value instanceof Float)) {
      long number = ((Number) value).longValue();
      Long min = parameter.minimumValue().orElse(null);
      Long max = parameter.maximumValue().orElse(null);
      if (min != null && number < min || max != null && number > max) {
        throw fail(operation, parameter, label, "be from " + (min == null ? "any" : min) + " to "
            + (max == null ? "any" : max), String.valueOf(number), "");
      }
      return;
    }
    if (value instanceof File) {
      Validate.readableFile(label, (File) value);
      return;
    }
    // A generated enum's text is its wire value, so it is checked like the text it goes out as.
    if (value instanceof CharSequence || value instanceof Enum) {
      text(operation, parameter, label, value.toString(), parameter.valuePattern().orElse(null));
      if (!parameter.isArray()) {
        allowed(operation, parameter, label, value.toString());
      }
    }
  }

  private static void text(Operation operation, Operation.Parameter parameter, String label, String value,
      Pattern pattern) {
    if (pattern != null && !pattern.matcher(value).find()) {
      throw fail(operation, parameter, label, describe(pattern), quote(value), "");
    }
    if (parameter.location() == Operation.Location.PATH && value.isEmpty()) {
      throw fail(operation, parameter, label, "not be empty", "''", "");
    }
    if (!parameter.isArray()) {
      int min = parameter.minLengthValue().orElse(0);
      int max = parameter.maxLengthValue().orElse(Integer.MAX_VALUE);
      if (value.length() < min || value.length() > max) {
        throw fail(operation, parameter, label, "be " + range(min, max) + " characters long", quote(value), "");
      }
    }
  }

  // Patterns of one character class repeated m to n times read as words ("be 1 to 19 digits"); others as they are.
  static String describe(Pattern pattern) {
    Matcher simple = CLASS_REPEATED.matcher(pattern.pattern());
    if (simple.matches()) {
      String what = CLASS_NAMES.get(simple.group(1));
      if (what != null) {
        String count = simple.group(2).equals(simple.group(3)) ? simple.group(2)
            : simple.group(2) + " to " + simple.group(3);
        return "be " + count + " " + what;
      }
    }
    return "match " + pattern.pattern();
  }

  private static boolean isEmptyList(Object value) {
    return value instanceof Collection && ((Collection<?>) value).isEmpty();
  }

  private static void allowed(Operation operation, Operation.Parameter parameter, String label, String value) {
    if (!parameter.allowedValues().isEmpty() && !parameter.allowedValues().contains(value)) {
      throw fail(operation, parameter, label, "be one of " + String.join(", ", parameter.allowedValues()), quote(value),
          "");
    }
  }

  private static String range(int min, int max) {
    return max == Integer.MAX_VALUE ? "at least " + min : min == max ? String.valueOf(min) : min + " to " + max;
  }

  private static XValidationException fail(Operation operation, Operation.Parameter parameter, String label,
      String rule, String actual, String advice) {
    return new XValidationException(label + " must " + rule + ", was " + actual + " (" + operation.endpoint()
        + ", parameter " + parameter.name() + ")." + advice);
  }

  private static String quote(String value) {
    return "'" + (value.length() > 80 ? value.substring(0, 80) + "..." : value) + "'";
  }
}
