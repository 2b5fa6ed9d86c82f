package io.github.xconnector.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xconnector.errors.XValidationException;
import io.github.xconnector.internal.JsonMappers;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A request to any endpoint of the X API v2, typed by the SDK or not, for {@link ApiService} ({@code x.api()}):
 * method, path template, path and query values, an optional JSON body, and, for endpoints the spec does not describe,
 * retry safety and paging names.
 *
 * <pre>{@code
 * ApiRequest request = ApiRequest.get("/2/users/{id}/pinned_lists")
 *     .pathParameter("id", userId)
 *     .query("list.fields", List.of("owner_id", "private"))
 *     .build();
 * JsonNode answer = x.api().call(request);
 * }</pre>
 *
 * <p>Everything is checked when it is set or at {@link Builder#build()}: the path starts with {@code /2/}, each
 * {@code {placeholder}} is a whole segment and gets a value, query names are plain, and only POST and PUT carry a
 * body. Path values are percent-encoded as one path segment ({@code /} becomes {@code %2F}); query values are encoded
 * as the typed services encode them (lists joined by commas, instants as ISO-8601 UTC seconds).
 *
 * <p>Immutable and thread-safe: the body is turned into a JSON tree when it is set, so later changes to the object
 * given do not reach the request.
 */
public final class ApiRequest {

  /** The HTTP methods of the X API v2. */
  public enum Method {
    /** Reads; may be repeated after a failure. */
    GET,
    /** Creates or acts; never repeated unless the spec or {@link Builder#retrySafe(boolean)} says it is safe. */
    POST,
    /** Replaces or sets; may be repeated after a failure. */
    PUT,
    /** Removes; may be repeated after a failure. */
    DELETE
  }

  /** The query parameter that asks for a page by position, unless the spec or the request names another. */
  public static final String DEFAULT_PAGING_TOKEN = "pagination_token";
  /** The member of {@code meta} that holds the next page's position, unless the spec or the request names another. */
  public static final String DEFAULT_NEXT_TOKEN = "next_token";

  private static final ObjectMapper JSON = JsonMappers.create();
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.-]+)\\}");
  // RFC 3986 pchar: unreserved, sub-delims, ':' and '@', or a percent-encoded octet.
  private static final Pattern LITERAL_SEGMENT = Pattern.compile("(?:[A-Za-z0-9\\-._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})+");
  private static final Pattern QUERY_NAME = Pattern.compile("[A-Za-z0-9_.\\-]+");

  private final Method method;
  private final String pathTemplate;
  private final List<String> segments;
  private final Map<String, String> pathParameters;
  private final Map<String, Object> queryParameters;
  private final JsonNode body;
  private final Boolean retrySafe;
  private final String pagingTokenParameter;
  private final String nextTokenField;

  private ApiRequest(Builder b) {
    this.method = b.method;
    this.pathTemplate = b.pathTemplate;
    this.segments = b.segments;
    this.pathParameters = Collections.unmodifiableMap(new LinkedHashMap<>(b.pathParameters));
    this.queryParameters = Collections.unmodifiableMap(new LinkedHashMap<>(b.queryParameters));
    this.body = b.body;
    this.retrySafe = b.retrySafe;
    this.pagingTokenParameter = b.pagingTokenParameter;
    this.nextTokenField = b.nextTokenField;
  }

  /**
   * Starts a GET request.
   *
   * @param pathTemplate the path, for example {@code /2/users/{id}/pinned_lists}
   * @return a builder
   * @throws XValidationException when the path is not a path of the X API v2
   */
  public static Builder get(String pathTemplate) {
    return builder(Method.GET, pathTemplate);
  }

  /**
   * Starts a POST request.
   *
   * @param pathTemplate the path, for example {@code /2/users/{id}/muting}
   * @return a builder
   * @throws XValidationException when the path is not a path of the X API v2
   */
  public static Builder post(String pathTemplate) {
    return builder(Method.POST, pathTemplate);
  }

  /**
   * Starts a PUT request.
   *
   * @param pathTemplate the path, for example {@code /2/tweets/{tweet_id}/hidden}
   * @return a builder
   * @throws XValidationException when the path is not a path of the X API v2
   */
  public static Builder put(String pathTemplate) {
    return builder(Method.PUT, pathTemplate);
  }

  /**
   * Starts a DELETE request.
   *
   * @param pathTemplate the path, for example {@code /2/users/{source_user_id}/muting/{target_user_id}}
   * @return a builder
   * @throws XValidationException when the path is not a path of the X API v2
   */
  public static Builder delete(String pathTemplate) {
    return builder(Method.DELETE, pathTemplate);
  }

  /**
   * Starts a request with a method chosen at run time.
   *
   * @param method the HTTP method
   * @param pathTemplate the path, starting with {@code /2/}
   * @return a builder
   * @throws XValidationException when the method is missing or the path is not a path of the X API v2
   */
  public static Builder builder(Method method, String pathTemplate) {
    if (method == null) {
      throw new XValidationException("ApiRequest needs an HTTP method (GET, POST, PUT or DELETE), was null.");
    }
    return new Builder(method, pathTemplate);
  }

  /** @return the HTTP method */
  public Method method() {
    return method;
  }

  /** @return the path template as given, for example {@code /2/users/{id}/pinned_lists} */
  public String pathTemplate() {
    return pathTemplate;
  }

  /** @return method and path template, for example {@code GET /2/users/{id}/pinned_lists} */
  public String endpoint() {
    return method + " " + pathTemplate;
  }

  // The segments of the path template after the leading slash, placeholders as written ({id}).
  List<String> segments() {
    return segments;
  }

  // The name inside the braces of a placeholder segment, or empty for literal text.
  static Optional<String> placeholder(String segment) {
    java.util.regex.Matcher m = PLACEHOLDER.matcher(segment);
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** @return the path values by placeholder name, unencoded, in the order they were set */
  public Map<String, String> pathParameters() {
    return pathParameters;
  }

  /**
   * Returns the query values by name, as given: text, numbers, booleans, enums, instants or lists of them.
   *
   * @return the query values, in the order they were set
   */
  public Map<String, Object> queryParameters() {
    return queryParameters;
  }

  /** @return a copy of the JSON body, when the request has one */
  public Optional<JsonNode> body() {
    return Optional.ofNullable(body).map(JsonNode::deepCopy);
  }

  /**
   * Returns what the caller said about repeating the request after a failure. Used only when the spec does not
   * describe the endpoint; otherwise the spec's retry safety holds.
   *
   * @return {@code true} or {@code false} when set, empty for the rule of the HTTP method (GET, PUT, DELETE yes; POST
   *     no)
   */
  public Optional<Boolean> retrySafe() {
    return Optional.ofNullable(retrySafe);
  }

  /**
   * @return the query parameter that asks for a page by position, used when the spec does not describe the
   *     endpoint's paging; {@value #DEFAULT_PAGING_TOKEN} unless set
   */
  public String pagingTokenParameter() {
    return pagingTokenParameter;
  }

  /**
   * @return the member of {@code meta} that holds the next page's position, used when the spec does not describe the
   *     endpoint's paging; {@value #DEFAULT_NEXT_TOKEN} unless set
   */
  public String nextTokenField() {
    return nextTokenField;
  }

  /**
   * Returns the path with every placeholder replaced by its value, percent-encoded as one path segment.
   *
   * @return the path, for example {@code /2/users/2244994945/pinned_lists}
   */
  public String path() {
    StringBuilder out = new StringBuilder();
    for (String segment : segments) {
      out.append('/');
      Optional<String> name = placeholder(segment);
      out.append(name.isPresent() ? encodeSegment(pathParameters.get(name.get())) : segment);
    }
    return out.toString();
  }

  /**
   * Percent-encodes a value as one path segment: everything but RFC 3986's unreserved characters is encoded, so a
   * {@code /}, {@code ?} or {@code %} in a value stays part of it.
   *
   * @param value the value
   * @return the encoded segment
   */
  static String encodeSegment(String value) {
    StringBuilder out = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_'
          || c == '~') {
        out.append(c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return "ApiRequest{" + endpoint() + ", path=" + pathParameters + ", query=" + queryParameters
        + (body == null ? "" : ", body") + "}";
  }

  /** Builds an {@link ApiRequest}. Not thread-safe; the requests it builds are. */
  public static final class Builder {
    private final Method method;
    private final String pathTemplate;
    private final List<String> segments;
    private final List<String> placeholders = new ArrayList<>();
    private final Map<String, String> pathParameters = new LinkedHashMap<>();
    private final Map<String, Object> queryParameters = new LinkedHashMap<>();
    private JsonNode body;
    private Boolean retrySafe;
    private String pagingTokenParameter = DEFAULT_PAGING_TOKEN;
    private String nextTokenField = DEFAULT_NEXT_TOKEN;

    private Builder(Method method, String pathTemplate) {
      this.method = method;
      this.pathTemplate = pathTemplate;
      this.segments = parse(pathTemplate);
    }

    private List<String> parse(String path) {
      if (path == null || !path.startsWith("/2/")) {
        throw invalid("must start with /2/, the X API v2 (a path relative to the client's base URL such as"
            + " /2/users/me)");
      }
      if (path.indexOf('?') >= 0 || path.indexOf('#') >= 0) {
        throw invalid("must not hold a query or fragment; pass query values with query(name, value)");
      }
      List<String> parts = List.of(path.substring(1).split("/", -1));
      for (String segment : parts) {
        if (segment.isEmpty()) {
          throw invalid("must not hold an empty segment (// or a trailing /)");
        }
        Optional<String> name = placeholder(segment);
        if (name.isPresent()) {
          if (placeholders.contains(name.get())) {
            throw invalid("names the placeholder {" + name.get() + "} twice");
          }
          placeholders.add(name.get());
        } else if (segment.indexOf('{') >= 0 || segment.indexOf('}') >= 0) {
          throw invalid("has the segment '" + segment + "': a placeholder is a whole segment such as {id}, named"
              + " with letters, digits, '_', '.' or '-'");
        } else if (!LITERAL_SEGMENT.matcher(segment).matches()) {
          throw invalid("has the segment '" + segment + "' with characters a path cannot hold; put the value in a"
              + " placeholder such as {id} and pass it with pathParameter(name, value), which encodes it");
        }
      }
      return parts;
    }

    private XValidationException invalid(String problem) {
      return new XValidationException("ApiRequest path '" + pathTemplate + "' " + problem + ".");
    }

    /**
     * Sets the value of a placeholder of the path; it is percent-encoded as one segment when sent.
     *
     * @param name the placeholder's name, without braces
     * @param value the value, not empty
     * @return this builder
     * @throws XValidationException when the path has no such placeholder or the value is empty
     */
    public Builder pathParameter(String name, String value) {
      if (!placeholders.contains(name)) {
        throw new XValidationException("ApiRequest " + method + " " + pathTemplate + " has no placeholder {" + name
            + "}" + (placeholders.isEmpty() ? "." : "; its placeholders are " + braced(placeholders) + "."));
      }
      if (value == null || value.isEmpty()) {
        throw new XValidationException("ApiRequest " + method + " " + pathTemplate + ": the value of {" + name
            + "} must not be " + (value == null ? "null" : "empty") + ".");
      }
      pathParameters.put(name, value);
      return this;
    }

    /**
     * Sets a query value, replacing one set before under the same name.
     *
     * @param name the wire name, for example {@code list.fields} or {@code max_results}
     * @param value text, a number, a boolean, an enum of the generated models, an {@link Instant} or
     *     {@link OffsetDateTime}, or a collection of these (sent joined by commas; an empty one leaves the parameter
     *     out)
     * @return this builder
     * @throws XValidationException when the name is not a plain parameter name or the value is null or of another
     *     kind
     */
    public Builder query(String name, Object value) {
      if (name == null || !QUERY_NAME.matcher(name).matches()) {
        throw new XValidationException("ApiRequest " + method + " " + pathTemplate + ": query parameter name '"
            + name + "' must be letters, digits, '_', '.' or '-'.");
      }
      if (value instanceof Collection) {
        List<Object> items = new ArrayList<>();
        for (Object item : (Collection<?>) value) {
          items.add(checkValue(name, item));
        }
        queryParameters.put(name, Collections.unmodifiableList(items));
      } else {
        queryParameters.put(name, checkValue(name, value));
      }
      return this;
    }

    private Object checkValue(String name, Object value) {
      if (value instanceof CharSequence) {
        return value.toString();
      }
      if (value instanceof Number || value instanceof Boolean || value instanceof Enum || value instanceof Instant
          || value instanceof OffsetDateTime) {
        return value;
      }
      throw new XValidationException("ApiRequest " + method + " " + pathTemplate + ": query parameter " + name
          + " must be text, a number, a boolean, an enum, an instant or a collection of these, was "
          + (value == null ? "null (leave the parameter out instead)" : "a " + value.getClass().getName()) + ".");
    }

    /**
     * Sets the JSON body of a POST or PUT: a {@code Map}, a generated request model, a {@link JsonNode} or any
     * object Jackson can write. It is written to a JSON tree now, with the client's JSON settings.
     *
     * @param body the body
     * @return this builder
     * @throws XValidationException when the body is null or cannot be written as JSON
     */
    public Builder body(Object body) {
      if (body == null) {
        throw new XValidationException("ApiRequest " + method + " " + pathTemplate + ": the body must not be null;"
            + " leave it out for a request without one.");
      }
      try {
        this.body = body instanceof JsonNode ? ((JsonNode) body).deepCopy() : JSON.valueToTree(body);
      } catch (IllegalArgumentException e) {
        throw new XValidationException("ApiRequest " + method + " " + pathTemplate + ": the body ("
            + body.getClass().getName() + ") cannot be written as JSON: " + e.getMessage());
      }
      return this;
    }

    /**
     * Says whether the request may be sent again after a failure that X may have received (a 5xx answer, a read
     * timeout). Only for endpoints the spec does not describe: for those it does, the spec's retry safety holds, so
     * the call behaves as the typed one. Unless set, GET, PUT and DELETE are repeated and POST is not.
     *
     * @param safe {@code true} when sending it twice does nothing twice
     * @return this builder
     */
    public Builder retrySafe(boolean safe) {
      this.retrySafe = safe;
      return this;
    }

    /**
     * Names how the endpoint pages, for {@link ApiService#pages(ApiRequest)}, when the spec does not describe it.
     * Defaults to {@value ApiRequest#DEFAULT_PAGING_TOKEN} and {@code meta.}{@value ApiRequest#DEFAULT_NEXT_TOKEN}.
     *
     * @param tokenParameter the query parameter that asks for a page by position
     * @param nextTokenField the member of {@code meta} that holds the next page's position
     * @return this builder
     * @throws XValidationException when a name is empty
     */
    public Builder paging(String tokenParameter, String nextTokenField) {
      if (tokenParameter == null || !QUERY_NAME.matcher(tokenParameter).matches() || nextTokenField == null
          || nextTokenField.isBlank()) {
        throw new XValidationException("ApiRequest " + method + " " + pathTemplate + ": paging needs a query"
            + " parameter name and a meta member name, was '" + tokenParameter + "' and '" + nextTokenField + "'.");
      }
      this.pagingTokenParameter = tokenParameter;
      this.nextTokenField = nextTokenField;
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request; later changes to this builder do not affect it
     * @throws XValidationException when a placeholder has no value, or a GET or DELETE has a body
     */
    public ApiRequest build() {
      List<String> unfilled = new ArrayList<>(placeholders);
      unfilled.removeAll(pathParameters.keySet());
      if (!unfilled.isEmpty()) {
        throw new XValidationException("ApiRequest " + method + " " + pathTemplate + " has no value for "
            + braced(unfilled) + "; set each with pathParameter(\"" + unfilled.get(0) + "\", value).");
      }
      if (body != null && (method == Method.GET || method == Method.DELETE)) {
        throw new XValidationException("ApiRequest " + method + " " + pathTemplate + " cannot carry a body; only"
            + " POST and PUT do.");
      }
      return new ApiRequest(this);
    }

    private static String braced(List<String> names) {
      StringBuilder out = new StringBuilder();
      for (String name : names) {
        out.append(out.length() == 0 ? "" : ", ").append('{').append(name).append('}');
      }
      return out.toString();
    }
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof ApiRequest)) {
      return false;
    }
    ApiRequest that = (ApiRequest) other;
    return method == that.method && pathTemplate.equals(that.pathTemplate)
        && pathParameters.equals(that.pathParameters) && queryParameters.equals(that.queryParameters)
        && Objects.equals(body, that.body) && Objects.equals(retrySafe, that.retrySafe)
        && pagingTokenParameter.equals(that.pagingTokenParameter) && nextTokenField.equals(that.nextTokenField);
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, pathTemplate, pathParameters, queryParameters, body, retrySafe);
  }
}
