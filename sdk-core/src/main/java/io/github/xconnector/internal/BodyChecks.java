package io.github.xconnector.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.xconnector.errors.XValidationException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a request body against the limits the spec gives its members, before it is sent: required members, lengths,
 * item counts, bounds and patterns, at every depth, with messages that name the member by its JSON path. The limits
 * are the constraint annotations the generator writes on the models from the spec ({@code minLength},
 * {@code maxItems}, {@code minimum}, {@code pattern}, ...); nothing here repeats one.
 */
final class BodyChecks {

  private static final Map<Class<?>, List<Member>> MEMBERS = new ConcurrentHashMap<>();

  private BodyChecks() {
  }

  static void check(Operation operation, Object body) {
    if (body != null && GeneratedModels.is(body.getClass())) {
      check(operation, body, "");
    }
  }

  private static void check(Operation operation, Object model, String path) {
    for (Member member : MEMBERS.computeIfAbsent(model.getClass(), BodyChecks::members)) {
      Object value = member.get(model);
      if (value == null && member.constraints == null) {
        continue;
      }
      String at = path.isEmpty() ? member.name : path + "." + member.name;
      checkValue(operation, at, value, member.constraints);
      if (value instanceof Collection) {
        int index = 0;
        for (Object item : (Collection<?>) value) {
          boolean nestedModel = item != null && GeneratedModels.is(item.getClass());
          if (member.itemConstraints != null || nestedModel) {
            String itemAt = at + "[" + index + "]";
            checkValue(operation, itemAt, item, member.itemConstraints);
            if (nestedModel) {
              check(operation, item, itemAt);
            }
          }
          index++;
        }
      } else if (value != null && GeneratedModels.is(value.getClass())) {
        check(operation, value, at);
      }
    }
  }

  private static void checkValue(Operation operation, String at, Object value, Limits limits) {
    if (limits == null) {
      return;
    }
    if (value == null) {
      if (limits.required) {
        throw fail(operation, at, "is required", "missing");
      }
      return;
    }
    if (limits.sizeMin != null) {
      if (value instanceof CharSequence) {
        String text = value.toString();
        int length = text.codePointCount(0, text.length());
        if (length < limits.sizeMin || length > limits.sizeMax) {
          throw fail(operation, at, "must be " + range(limits.sizeMin, limits.sizeMax) + " characters long",
              length + " characters: '" + abbreviate(text) + "'");
        }
      } else if (value instanceof Collection) {
        int count = ((Collection<?>) value).size();
        if (count < limits.sizeMin || count > limits.sizeMax) {
          throw fail(operation, at, "must hold " + range(limits.sizeMin, limits.sizeMax) + " items",
              count + (count == 1 ? " item" : " items"));
        }
      }
    }
    if (value instanceof Number) {
      long number = ((Number) value).longValue();
      if (limits.min != null && number < limits.min) {
        throw fail(operation, at, "must be at least " + limits.min, String.valueOf(value));
      }
      if (limits.max != null && number > limits.max) {
        throw fail(operation, at, "must be at most " + limits.max, String.valueOf(value));
      }
    }
    if (limits.pattern != null && value instanceof CharSequence && !limits.pattern.matcher(value.toString()).find()) {
      throw fail(operation, at, "must " + ParameterChecks.describe(limits.pattern), "'" + abbreviate(value.toString())
          + "'");
    }
  }

  private static List<Member> members(Class<?> type) {
    List<Member> members = new ArrayList<>();
    for (Method method : type.getMethods()) {
      JsonProperty property = method.getAnnotation(JsonProperty.class);
      if (property == null || method.getParameterCount() != 0 || method.getReturnType() == void.class) {
        continue;
      }
      Limits limits = Limits.of(constraints(method.getAnnotations()));
      List<Annotation> items = new ArrayList<>();
      AnnotatedType returned = method.getAnnotatedReturnType();
      if (returned instanceof AnnotatedParameterizedType) {
        for (AnnotatedType argument : ((AnnotatedParameterizedType) returned).getAnnotatedActualTypeArguments()) {
          items.addAll(constraints(argument.getAnnotations()));
        }
      }
      boolean nested = GeneratedModels.is(method.getReturnType())
          || Collection.class.isAssignableFrom(method.getReturnType());
      if (limits != null || !items.isEmpty() || nested) {
        members.add(new Member(property.value(), method, limits, Limits.of(items)));
      }
    }
    return members;
  }

  private static List<Annotation> constraints(Annotation[] annotations) {
    List<Annotation> found = new ArrayList<>();
    for (Annotation annotation : annotations) {
      if (annotation instanceof NotNull || annotation instanceof Size || annotation instanceof Min
          || annotation instanceof Max || annotation instanceof Pattern) {
        found.add(annotation);
      }
    }
    return found;
  }

  private static String range(int min, int max) {
    return max == Integer.MAX_VALUE ? "at least " + min : min == 0 ? "at most " + max
        : min == max ? String.valueOf(min) : min + " to " + max;
  }

  private static String abbreviate(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "..." : text;
  }

  private static XValidationException fail(Operation operation, String at, String rule, String actual) {
    return new XValidationException(at + " " + rule + ", was " + actual + " (the body of " + operation.endpoint()
        + ").");
  }

  // The limits of one member, read from its annotations once: no annotation is consulted per call.
  private static final class Limits {
    boolean required;
    Integer sizeMin;
    Integer sizeMax;
    Long min;
    Long max;
    java.util.regex.Pattern pattern;

    static Limits of(List<Annotation> constraints) {
      if (constraints.isEmpty()) {
        return null;
      }
      Limits limits = new Limits();
      for (Annotation constraint : constraints) {
        if (constraint instanceof NotNull) {
          limits.required = true;
        } else if (constraint instanceof Size) {
          limits.sizeMin = ((Size) constraint).min();
          limits.sizeMax = ((Size) constraint).max();
        } else if (constraint instanceof Min) {
          limits.min = ((Min) constraint).value();
        } else if (constraint instanceof Max) {
          limits.max = ((Max) constraint).value();
        } else if (constraint instanceof Pattern) {
          limits.pattern = java.util.regex.Pattern.compile(((Pattern) constraint).regexp());
        }
      }
      return limits;
    }
  }

  private static final class Member {
    final String name;
    final Method getter;
    final Limits constraints;
    final Limits itemConstraints;

    Member(String name, Method getter, Limits constraints, Limits itemConstraints) {
      this.name = name;
      this.getter = getter;
      this.constraints = constraints;
      this.itemConstraints = itemConstraints;
    }

    Object get(Object model) {
      try {
        return getter.invoke(model);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("Cannot read " + getter, e);
      }
    }
  }
}
