package io.github.xconnector.internal;

import io.github.xconnector.Fields;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/** Writes request parameters into the generated query maps, encoded, with collections joined by commas. */
public final class QueryParameters {

  private final Map<String, Object> target;
  private final String postFieldsParameter;

  /**
   * Wraps a generated query map.
   *
   * @param target the map the generated method reads (values are sent as given, so they are encoded here)
   * @param postFieldsParameter the wire name of post fields, {@code tweet.fields} unless configured otherwise
   */
  public QueryParameters(Map<String, Object> target, String postFieldsParameter) {
    this.target = target;
    this.postFieldsParameter = postFieldsParameter;
  }

  /**
   * Sets a parameter when the value is present.
   *
   * @param name the parameter
   * @param value the value, or {@code null} to leave it out
   * @return this
   */
  public QueryParameters put(String name, Object value) {
    if (value instanceof Instant) {
      value = ((Instant) value).truncatedTo(ChronoUnit.SECONDS).toString();
    }
    if (value instanceof Collection) {
      Collection<?> values = (Collection<?>) value;
      if (values.isEmpty()) {
        return this;
      }
      StringBuilder joined = new StringBuilder();
      for (Object item : values) {
        joined.append(joined.length() == 0 ? "" : ",").append(item);
      }
      value = joined;
    }
    if (value != null) {
      target.put(name, encode(value.toString()));
    }
    return this;
  }

  /**
   * Adds the fields and expansions of a request.
   *
   * @param fields the selection
   * @return this
   */
  public QueryParameters fields(Fields fields) {
    for (Map.Entry<String, Set<String>> entry : fields.values().entrySet()) {
      String name = Fields.POST_FIELDS.equals(entry.getKey()) ? postFieldsParameter : entry.getKey();
      put(name, entry.getValue());
    }
    return this;
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
