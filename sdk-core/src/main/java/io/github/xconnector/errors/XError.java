package io.github.xconnector.errors;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One error as X reported it, in either of its formats: a problem ({@code type}, {@code title}, {@code detail},
 * {@code status}) or an older error ({@code code}, {@code message}). Members X adds beyond those stay readable through
 * {@link #members()}.
 *
 * <p>Instances are immutable.
 */
public final class XError {

  private final String type;
  private final String title;
  private final String detail;
  private final Integer status;
  private final Integer code;
  private final String message;
  private final Map<String, Object> members;

  /**
   * Creates an error from the members of its JSON object.
   *
   * @param members every member of the error object; not {@code null}
   * @return the error
   */
  public static XError fromMembers(Map<String, ?> members) {
    return new XError(new LinkedHashMap<>(Objects.requireNonNull(members, "members")));
  }

  private XError(Map<String, Object> members) {
    this.members = Collections.unmodifiableMap(members);
    this.type = string(members.get("type"));
    this.title = string(members.get("title"));
    this.detail = string(members.get("detail"));
    this.status = integer(members.get("status"));
    this.code = integer(members.get("code"));
    this.message = string(members.get("message"));
  }

  private static String string(Object value) {
    return value == null ? null : String.valueOf(value);
  }

  private static Integer integer(Object value) {
    if (value instanceof Number) {
      return ((Number) value).intValue();
    }
    if (value instanceof String) {
      try {
        return Integer.valueOf((String) value);
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  /**
   * Returns the problem type URI as X sent it, for example {@code https://api.twitter.com/2/problems/usage-capped}.
   *
   * @return the type, or {@code null} when X sent none
   */
  public String type() {
    return type;
  }

  /**
   * Returns the kind of problem, recognised from the last path segment of {@link #type()} whatever host X used.
   *
   * @return the problem type; {@link ProblemType#OTHER} for types nobody listed
   */
  public ProblemType problemType() {
    return ProblemType.fromUri(type);
  }

  /**
   * Returns the short human-readable summary.
   *
   * @return the title, or {@code null}
   */
  public String title() {
    return title;
  }

  /**
   * Returns the explanation specific to this occurrence.
   *
   * @return the detail, or {@code null}
   */
  public String detail() {
    return detail;
  }

  /**
   * Returns the HTTP status X wrote into the error body.
   *
   * @return the status, or {@code null}
   */
  public Integer status() {
    return status;
  }

  /**
   * Returns the numeric code of an error in the older format, for example 187 for a duplicate post.
   *
   * @return the code, or {@code null}
   */
  public Integer code() {
    return code;
  }

  /**
   * Returns the message of an error in the older format.
   *
   * @return the message, or {@code null}
   */
  public String message() {
    return message;
  }

  /**
   * Returns the id of the resource the error is about, when X names one ({@code resource_id} or {@code value}).
   *
   * @return the id, or {@code null}
   */
  public String resourceId() {
    Object id = members.getOrDefault("resource_id", members.get("value"));
    return id == null ? null : String.valueOf(id);
  }

  /**
   * Returns every member of the error object, including ones this class has no accessor for.
   *
   * @return an unmodifiable map
   */
  public Map<String, Object> members() {
    return members;
  }

  /**
   * Describes the error in one line: its title, detail or message.
   *
   * @return a description fit for a log line
   */
  public String describe() {
    StringBuilder text = new StringBuilder();
    if (title != null) {
      text.append(title);
    }
    for (String part : new String[] {detail, message}) {
      if (part != null && !part.equals(title)) {
        text.append(text.length() > 0 ? ": " : "").append(part);
      }
    }
    if (code != null) {
      text.append(" (code ").append(code).append(')');
    }
    return text.length() > 0 ? text.toString() : "no details";
  }

  @Override
  public String toString() {
    return "XError{" + (type != null ? "type=" + problemType().segment() + ", " : "") + describe() + "}";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof XError && members.equals(((XError) other).members);
  }

  @Override
  public int hashCode() {
    return members.hashCode();
  }
}
