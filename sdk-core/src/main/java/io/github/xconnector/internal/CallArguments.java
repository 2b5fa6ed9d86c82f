package io.github.xconnector.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The arguments of one call by wire name: path values, query values, form parts and the body. Facades fill it;
 * {@link CallExecutor} checks it against the operation's parameters and the generated method reads it.
 *
 * <p>Values are kept as given and encoded when sent: instants as ISO-8601 UTC seconds, collections joined by commas.
 * Not thread-safe; one instance serves one call.
 */
public final class CallArguments {

  private final Map<String, Object> values = new LinkedHashMap<>();
  private final Map<String, String> labels = new LinkedHashMap<>();
  private Object body;
  private Map<String, Set<String>> fields = Map.of();
  // Set by the executor before sending: which values go into the query string, and whether fields and expansions go
  // out under the names of X's newer vocabulary (x-renamed: post.fields, referenced_posts, ...).
  private Operation operation;
  private boolean renamed;

  /** @return empty arguments */
  public static CallArguments create() {
    return new CallArguments();
  }

  /**
   * Sets a path, query or form value; {@code null} leaves it out, and so does an empty list where the parameter is
   * optional.
   *
   * @param name the wire name
   * @param value the value
   * @return this
   */
  public CallArguments put(String name, Object value) {
    if (value == null) {
      values.remove(name);
    } else {
      values.put(name, value);
    }
    return this;
  }

  /**
   * Sets a value and the name the caller knows it by, for error messages ({@code userId} for {@code id}).
   *
   * @param name the wire name
   * @param label the caller's name of the argument
   * @param value the value
   * @return this
   */
  public CallArguments put(String name, String label, Object value) {
    labels.put(name, label);
    return put(name, value);
  }

  /**
   * Returns the caller's name of an argument.
   *
   * @param name the wire name
   * @return the caller's name, or the wire name when none was given
   */
  public String label(String name) {
    return labels.getOrDefault(name, name);
  }

  /**
   * Sets the JSON body.
   *
   * @param body the request model
   * @return this
   */
  public CallArguments body(Object body) {
    this.body = body;
    return this;
  }

  /**
   * Sets the fields and expansions to ask for, by their spec names ({@code tweet.fields}, {@code expansions}, ...).
   *
   * @param fields parameter to values
   * @return this
   */
  public CallArguments fields(Map<String, Set<String>> fields) {
    this.fields = fields == null ? Map.of() : fields;
    return this;
  }

  /**
   * Returns a copy with the same values, to change one value for another call.
   *
   * @return the copy
   */
  public CallArguments copy() {
    CallArguments copy = new CallArguments();
    copy.values.putAll(values);
    copy.labels.putAll(labels);
    copy.body = body;
    copy.fields = fields;
    return copy;
  }

  void prepare(Operation operation, boolean renamed) {
    this.operation = operation;
    this.renamed = renamed;
  }

  /** @return the values by wire name, fields not included */
  public Map<String, Object> values() {
    return values;
  }


  /** @return the body, or {@code null} */
  public Object bodyValue() {
    return body;
  }

  /**
   * Returns a path value as the generated method takes it.
   *
   * @param name the wire name
   * @return the value, as text
   */
  public String path(String name) {
    Object value = values.get(name);
    return value == null ? null : value.toString();
  }

  /**
   * Returns a path value that the spec declares other than a string (a number, say) as the generated method takes it.
   *
   * @param name the wire name
   * @param type the declared type
   * @param <T> the declared type
   * @return the value, or {@code null}
   */
  public <T> T path(String name, Class<T> type) {
    Object value = values.get(name);
    return value == null ? null : type.cast(value);
  }

  /**
   * Returns the body as the generated method takes it.
   *
   * @param type the body type
   * @param <T> the body type
   * @return the body
   */
  public <T> T body(Class<T> type) {
    return type.cast(body);
  }

  /**
   * Returns a form part as the generated method takes it.
   *
   * @param name the wire name
   * @param type the part's type
   * @param <T> the part's type
   * @return the part, or {@code null}
   */
  public <T> T form(String name, Class<T> type) {
    Object value = values.get(name);
    return value == null ? null : type.cast(value);
  }

  /**
   * Fills a generated query map with the encoded query values, as the generated method takes it.
   *
   * @param target the generated map
   * @param <M> the map type
   * @return the map
   */
  public <M extends Map<String, Object>> M query(M target) {
    values.forEach((name, value) -> {
      Operation.Parameter parameter = operation == null ? null : operation.parameter(name);
      boolean emptyList = value instanceof Collection && ((Collection<?>) value).isEmpty();
      if (!emptyList && (parameter == null || parameter.location() == Operation.Location.QUERY)) {
        target.put(name, encode(text(value)));
      }
    });
    Map<String, Set<String>> sent = new LinkedHashMap<>();
    fields.forEach((name, selected) -> {
      Operation.Parameter parameter = fieldsParameter(name);
      Set<String> values = sent.computeIfAbsent(parameter == null ? name : parameter.wireName(renamed),
          k -> new LinkedHashSet<>());
      for (String value : selected) {
        values.add(parameter == null ? value : parameter.wireValue(value, renamed));
      }
    });
    sent.forEach((name, values) -> {
      if (!values.isEmpty()) {
        target.put(name, encode(text(values)));
      }
    });
    return target;
  }

  // The operation's parameter a fields entry belongs to, by its current name or by the name X's newer vocabulary gives
  // it, so that a selection made under either name goes out under the one the client speaks.
  private Operation.Parameter fieldsParameter(String name) {
    if (operation == null) {
      return null;
    }
    Operation.Parameter parameter = operation.parameter(name);
    if (parameter != null) {
      return parameter;
    }
    for (Operation.Parameter candidate : operation.parameters().values()) {
      if (candidate.renamedName().filter(name::equals).isPresent()) {
        return candidate;
      }
    }
    return null;
  }

  static String text(Object value) {
    if (value instanceof Instant) {
      return ((Instant) value).truncatedTo(ChronoUnit.SECONDS).toString();
    }
    if (value instanceof OffsetDateTime) {
      return text(((OffsetDateTime) value).toInstant());
    }
    if (value instanceof Collection) {
      StringBuilder joined = new StringBuilder();
      for (Object item : (Collection<?>) value) {
        joined.append(joined.length() == 0 ? "" : ",").append(text(item));
      }
      return joined.toString();
    }
    return value.toString();
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
