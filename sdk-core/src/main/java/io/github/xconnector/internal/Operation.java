package io.github.xconnector.internal;

import io.github.xconnector.credentials.AuthenticationType;
import io.github.xconnector.generated.model.ApiResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One operation of {@code spec/x-api.yaml} as the build read it: method, path, the authentication it accepts, its
 * parameters with their bounds, its paging and whether it may be sent again. The instances live in the generated
 * {@code OperationTable}; nothing here is written by hand but the shape.
 *
 * <p>Immutable and thread-safe.
 */
public final class Operation {

  private final String id;
  private final String method;
  private final String path;
  private final String endpoint;
  private final String group;
  private final Class<?> api;
  private final Map<AuthenticationType, Set<String>> accepted;
  private final Map<String, Parameter> parameters;
  private final Pagination pagination;
  private final boolean retrySafe;
  private final StreamProfile stream;
  private final Class<?> responseType;
  private final Class<?> requestType;
  private final String consumes;
  private final String produces;
  private final Invoker invoker;

  private Operation(Builder b) {
    this.id = b.id;
    this.method = b.method;
    this.group = b.group;
    this.api = b.api;
    Map<String, Parameter> byName = new LinkedHashMap<>();
    b.parameters.forEach(p -> byName.put(p.name, p));
    this.parameters = Collections.unmodifiableMap(byName);
    this.path = specPath(b.path, b.parameters);
    this.endpoint = method + " " + path;
    Map<AuthenticationType, Set<String>> auth = new EnumMap<>(AuthenticationType.class);
    b.accepted.forEach((type, scopes) -> auth.put(type, Collections.unmodifiableSet(scopes)));
    this.accepted = Collections.unmodifiableMap(auth);
    this.pagination = b.pagination;
    this.retrySafe = b.retrySafe == null ? idempotent(method) : b.retrySafe;
    this.stream = b.stream;
    this.responseType = b.responseType;
    this.requestType = b.requestType;
    this.consumes = b.consumes;
    this.produces = b.produces;
    this.invoker = b.invoker;
  }

  // The generated path names its parameters in Java style ({sourceUserId}); the spec's names are put back.
  private static String specPath(String path, List<Parameter> parameters) {
    String result = path;
    for (Parameter p : parameters) {
      if (p.location == Location.PATH) {
        result = result.replace("{" + javaName(p.name) + "}", "{" + p.name + "}");
      }
    }
    return result;
  }

  private static String javaName(String name) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : name.toCharArray()) {
      if (c == '_' || c == '.' || c == '-') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }

  // RFC 9110's idempotent methods, for operations whose spec entry has no x-retry-safe.
  private static boolean idempotent(String method) {
    switch (method) {
      case "GET":
      case "HEAD":
      case "OPTIONS":
      case "PUT":
      case "DELETE":
        return true;
      default:
        return false;
    }
  }

  /**
   * Starts an operation; used by the generated table.
   *
   * @param id the operation id
   * @param method the HTTP method
   * @param path the path template
   * @param group the spec tag the operation belongs to, as the generated interface is named
   * @param api the generated interface that sends it
   * @return a builder
   */
  public static Builder builder(String id, String method, String path, String group, Class<?> api) {
    return new Builder(id, method, path, group, api);
  }

  /** @return the operation id of the spec, for example {@code getUsers} */
  public String id() {
    return id;
  }

  /** @return the HTTP method */
  public String method() {
    return method;
  }

  /** @return the path template with the spec's parameter names, for example {@code /2/users/{id}/followers} */
  public String path() {
    return path;
  }

  /** @return method and path, for example {@code GET /2/users/{id}/followers}: how errors and rate limits name it */
  public String endpoint() {
    return endpoint;
  }

  /** @return the group of the operation: its spec tag as the generated interface is named, {@code BookmarkFolders} */
  public String group() {
    return group;
  }

  /** @return the generated interface whose method sends the operation */
  public Class<?> api() {
    return api;
  }

  /** @return the kinds of authentication accepted, each with the OAuth 2.0 scopes it needs */
  public Map<AuthenticationType, Set<String>> accepted() {
    return accepted;
  }

  /**
   * Tells whether a kind of authentication may call the operation.
   *
   * @param type the kind
   * @return {@code true} when the spec's {@code security} lists it
   */
  public boolean accepts(AuthenticationType type) {
    return accepted.containsKey(type);
  }

  /**
   * Returns the scopes a kind of authentication needs.
   *
   * @param type the kind
   * @return the scopes, empty when none or not accepted
   */
  public Set<String> scopes(AuthenticationType type) {
    return accepted.getOrDefault(type, Set.of());
  }

  /** @return the parameters by wire name, in the spec's order */
  public Map<String, Parameter> parameters() {
    return parameters;
  }

  /**
   * Finds a parameter.
   *
   * @param name the wire name
   * @return the parameter, or {@code null}
   */
  public Parameter parameter(String name) {
    return parameters.get(name);
  }

  /** @return how the operation pages, when it does */
  public Optional<Pagination> pagination() {
    return Optional.ofNullable(pagination);
  }

  /** @return whether sending the operation again after a failure cannot do anything twice */
  public boolean retrySafe() {
    return retrySafe;
  }

  /** @return how X runs the operation's stream ({@code x-stream}), when it answers with one */
  public Optional<StreamProfile> stream() {
    return Optional.ofNullable(stream);
  }

  /** @return the type of a successful answer's body */
  public Class<?> responseType() {
    return responseType;
  }

  /** @return the type of the request body, or {@code null} when it has none */
  public Class<?> requestType() {
    return requestType;
  }

  /** @return the media type of the request body as the spec declares it ({@code application/json}), or empty */
  public String consumes() {
    return consumes;
  }

  /** @return the media types of the answers as the spec declares them, comma-separated, or empty */
  public String produces() {
    return produces;
  }

  Invoker invoker() {
    return invoker;
  }

  @Override
  public String toString() {
    return id + " (" + endpoint + ")";
  }

  /** Where a parameter goes. */
  public enum Location {
    /** In the path. */
    PATH,
    /** In the query string. */
    QUERY,
    /** A part of a form or multipart body. */
    FORM,
    /** The JSON body. */
    BODY,
    /** A header. */
    HEADER
  }

  /** Sends one attempt of an operation through its generated interface. */
  @FunctionalInterface
  public interface Invoker {
    /**
     * Sends the request.
     *
     * @param api the client of the operation's generated interface
     * @param call the arguments
     * @return the answer
     */
    ApiResponse<?> invoke(Object api, CallArguments call);
  }

  /** The spec's description of one parameter: set up by the generated table while it loads, then only read. */
  public static final class Parameter {
    private final String name;
    private final Location location;
    private boolean required;
    private boolean array;
    private Long minimum;
    private Long maximum;
    private String defaultValue;
    private Integer minItems;
    private Integer maxItems;
    private Integer minLength;
    private Integer maxLength;
    private Pattern pattern;
    private Pattern itemPattern;
    private Set<String> allowed = Set.of();
    private String renamedName;
    private Map<String, String> renamedValues = Map.of();

    private Parameter(String name, Location location) {
      this.name = name;
      this.location = location;
    }

    /**
     * A path parameter.
     *
     * @param name the wire name
     * @return the parameter
     */
    public static Parameter path(String name) {
      return new Parameter(name, Location.PATH);
    }

    /**
     * A query parameter.
     *
     * @param name the wire name
     * @return the parameter
     */
    public static Parameter query(String name) {
      return new Parameter(name, Location.QUERY);
    }

    /**
     * A form part.
     *
     * @param name the wire name
     * @return the parameter
     */
    public static Parameter form(String name) {
      return new Parameter(name, Location.FORM);
    }

    /**
     * The JSON body.
     *
     * @param name the generated name of the body
     * @return the parameter
     */
    public static Parameter body(String name) {
      return new Parameter(name, Location.BODY);
    }

    /**
     * A header.
     *
     * @param name the header name
     * @return the parameter
     */
    public static Parameter header(String name) {
      return new Parameter(name, Location.HEADER);
    }

    /** @return this, marked required */
    public Parameter required() {
      this.required = true;
      return this;
    }

    /** @return this, marked as a list */
    public Parameter array() {
      this.array = true;
      return this;
    }

    /**
     * @param value the smallest value
     * @return this
     */
    public Parameter minimum(String value) {
      this.minimum = wholeNumber(value);
      return this;
    }

    /**
     * @param value the largest value
     * @return this
     */
    public Parameter maximum(String value) {
      this.maximum = wholeNumber(value);
      return this;
    }

    /**
     * @param value the value X assumes when the parameter is left out
     * @return this
     */
    public Parameter defaultValue(String value) {
      this.defaultValue = value;
      return this;
    }

    /**
     * @param value the fewest items
     * @return this
     */
    public Parameter minItems(int value) {
      this.minItems = value;
      return this;
    }

    /**
     * @param value the most items
     * @return this
     */
    public Parameter maxItems(int value) {
      this.maxItems = value;
      return this;
    }

    /**
     * @param value the shortest text
     * @return this
     */
    public Parameter minLength(int value) {
      this.minLength = value;
      return this;
    }

    /**
     * @param value the longest text
     * @return this
     */
    public Parameter maxLength(int value) {
      this.maxLength = value;
      return this;
    }

    /**
     * @param regex the pattern a value matches
     * @return this
     */
    public Parameter pattern(String regex) {
      this.pattern = Pattern.compile(regex);
      return this;
    }

    /**
     * @param regex the pattern each item of a list matches
     * @return this
     */
    public Parameter itemPattern(String regex) {
      this.itemPattern = Pattern.compile(regex);
      return this;
    }

    /**
     * @param values the values the spec enumerates
     * @return this
     */
    public Parameter allowed(String... values) {
      this.allowed = Collections.unmodifiableSet(new LinkedHashSet<>(List.of(values)));
      return this;
    }

    /**
     * @param newName the name X's newer vocabulary gives the parameter ({@code x-renamed.parameter})
     * @return this
     */
    public Parameter renamedTo(String newName) {
      this.renamedName = newName;
      return this;
    }

    /**
     * @param from a value under its current name
     * @param to the name X's newer vocabulary gives it ({@code x-renamed.values})
     * @return this
     */
    public Parameter renamedValue(String from, String to) {
      Map<String, String> values = new LinkedHashMap<>(renamedValues);
      values.put(from, to);
      this.renamedValues = Collections.unmodifiableMap(values);
      return this;
    }

    private static Long wholeNumber(String value) {
      try {
        return new java.math.BigDecimal(value).longValueExact();
      } catch (ArithmeticException | NumberFormatException e) {
        return null;
      }
    }

    /** @return the wire name */
    public String name() {
      return name;
    }

    /** @return where it goes */
    public Location location() {
      return location;
    }

    /** @return whether X requires it */
    public boolean isRequired() {
      return required;
    }

    /** @return whether it is a list */
    public boolean isArray() {
      return array;
    }

    /** @return the smallest value, when bounded */
    public Optional<Long> minimumValue() {
      return Optional.ofNullable(minimum);
    }

    /** @return the largest value, when bounded */
    public Optional<Long> maximumValue() {
      return Optional.ofNullable(maximum);
    }

    /** @return the value X assumes when it is left out, when the spec says */
    public Optional<String> defaultValueText() {
      return Optional.ofNullable(defaultValue);
    }

    /** @return the fewest items of a list, when bounded */
    public Optional<Integer> minItemsCount() {
      return Optional.ofNullable(minItems);
    }

    /** @return the most items of a list, when bounded */
    public Optional<Integer> maxItemsCount() {
      return Optional.ofNullable(maxItems);
    }

    /** @return the shortest text, when bounded */
    public Optional<Integer> minLengthValue() {
      return Optional.ofNullable(minLength);
    }

    /** @return the longest text, when bounded */
    public Optional<Integer> maxLengthValue() {
      return Optional.ofNullable(maxLength);
    }

    /** @return the pattern a value matches, when the spec gives one */
    public Optional<Pattern> valuePattern() {
      return Optional.ofNullable(pattern);
    }

    /** @return the pattern each item matches, when the spec gives one */
    public Optional<Pattern> itemValuePattern() {
      return Optional.ofNullable(itemPattern);
    }

    /** @return the values the spec enumerates; empty when any value goes */
    public Set<String> allowedValues() {
      return allowed;
    }

    /** @return the name X's newer vocabulary gives the parameter, when the spec renames it */
    public Optional<String> renamedName() {
      return Optional.ofNullable(renamedName);
    }

    /** @return the values X's newer vocabulary renames, current name to new name; empty when none */
    public Map<String, String> renamedValues() {
      return renamedValues;
    }

    /**
     * Returns the name to send.
     *
     * @param renamed whether the client speaks X's newer vocabulary
     * @return the new name when renamed and the spec has one, else the current name
     */
    public String wireName(boolean renamed) {
      return renamed && renamedName != null ? renamedName : name;
    }

    /**
     * Returns a value as sent.
     *
     * @param value a value under its current name
     * @param renamed whether the client speaks X's newer vocabulary
     * @return the new name of the value when renamed and the spec has one, else the value
     */
    public String wireValue(String value, boolean renamed) {
      return renamed ? renamedValues.getOrDefault(value, value) : value;
    }

    @Override
    public String toString() {
      return name + " (" + location.name().toLowerCase(Locale.ROOT) + ")";
    }
  }

  /**
   * How an operation pages, from its {@code x-pagination} in the spec: which query parameters carry the page size and
   * the position, and which members of {@code meta} carry the next and previous positions and the newest and oldest
   * ids.
   */
  public static final class Pagination {
    private final String pageSizeParameter;
    private final String tokenParameter;
    private final String nextTokenField;
    private final String previousTokenField;
    private final String newestIdField;
    private final String oldestIdField;
    private final String countField;

    Pagination(String pageSizeParameter, String tokenParameter, String nextTokenField, String previousTokenField,
        String newestIdField, String oldestIdField, String countField) {
      this.countField = emptyToNull(countField);
      this.pageSizeParameter = emptyToNull(pageSizeParameter);
      this.tokenParameter = tokenParameter;
      this.nextTokenField = nextTokenField;
      this.previousTokenField = emptyToNull(previousTokenField);
      this.newestIdField = emptyToNull(newestIdField);
      this.oldestIdField = emptyToNull(oldestIdField);
    }

    /** @return the member of {@code meta} with the newest id of the page, when X sends one */
    public Optional<String> newestIdField() {
      return Optional.ofNullable(newestIdField);
    }

    /** @return the member of {@code meta} with the number of items on the page, when X sends one */
    public Optional<String> countField() {
      return Optional.ofNullable(countField);
    }

    /** @return the member of {@code meta} with the oldest id of the page, when X sends one */
    public Optional<String> oldestIdField() {
      return Optional.ofNullable(oldestIdField);
    }

    /** @return the query parameter of the page size, when the operation has one */
    public Optional<String> pageSizeParameter() {
      return Optional.ofNullable(pageSizeParameter);
    }

    /** @return the query parameter that asks for a page by position */
    public String tokenParameter() {
      return tokenParameter;
    }

    /** @return the member of {@code meta} that holds the next page's position */
    public String nextTokenField() {
      return nextTokenField;
    }

    /** @return the member of {@code meta} that holds the previous page's position, when X sends one */
    public Optional<String> previousTokenField() {
      return Optional.ofNullable(previousTokenField);
    }
  }

  /** Builds an {@link Operation}; used by the generated table only. */
  public static final class Builder {
    private final String id;
    private final String method;
    private final String path;
    private final String group;
    private final Class<?> api;
    private final Map<AuthenticationType, Set<String>> accepted = new EnumMap<>(AuthenticationType.class);
    private final List<Parameter> parameters = new ArrayList<>();
    private Pagination pagination;
    private Boolean retrySafe;
    private StreamProfile stream;
    private Class<?> responseType = Void.class;
    private Class<?> requestType;
    private String consumes = "";
    private String produces = "";
    private Invoker invoker;

    private Builder(String id, String method, String path, String group, Class<?> api) {
      this.id = id;
      this.method = method.toUpperCase(Locale.ROOT);
      this.path = path;
      this.group = group;
      this.api = api;
    }

    /**
     * Adds a kind of authentication the operation accepts.
     *
     * @param type the kind
     * @param scopes the OAuth 2.0 scopes it needs
     * @return this
     */
    public Builder accepts(AuthenticationType type, String... scopes) {
      accepted.computeIfAbsent(type, t -> new LinkedHashSet<>()).addAll(List.of(scopes));
      return this;
    }

    /**
     * Adds a parameter.
     *
     * @param parameter the parameter
     * @return this
     */
    public Builder parameter(Parameter parameter) {
      parameters.add(parameter);
      return this;
    }

    /**
     * Sets the paging.
     *
     * @param pageSize the page-size parameter, or empty
     * @param token the position parameter
     * @param next the member of {@code meta} with the next position
     * @param previous the member of {@code meta} with the previous position, or empty
     * @param newest the member of {@code meta} with the page's newest id, or empty
     * @param oldest the member of {@code meta} with the page's oldest id, or empty
     * @param count the member of {@code meta} with the page's item count, or empty
     * @return this
     */
    public Builder pagination(String pageSize, String token, String next, String previous, String newest,
        String oldest, String count) {
      this.pagination = new Pagination(pageSize, token, next, previous, newest, oldest, count);
      return this;
    }

    /**
     * Sets whether a retry is safe, from {@code x-retry-safe}.
     *
     * @param value {@code "true"}, {@code "false"} or empty for the rule of the HTTP method
     * @return this
     */
    public Builder retrySafe(String value) {
      if (value == null || value.isEmpty()) {
        this.retrySafe = null;
      } else if (value.equals("true") || value.equals("false")) {
        this.retrySafe = Boolean.valueOf(value);
      } else {
        throw new IllegalStateException(id + ": x-retry-safe must be true or false, was '" + value + "'");
      }
      return this;
    }

    /**
     * Marks the operation as a stream, from {@code x-stream}.
     *
     * @param profile how X runs the stream
     * @return this
     */
    public Builder stream(StreamProfile profile) {
      this.stream = profile;
      return this;
    }

    /**
     * @param type the type of a successful answer's body
     * @return this
     */
    public Builder response(Class<?> type) {
      this.responseType = type;
      return this;
    }

    /**
     * @param type the type of the request body
     * @return this
     */
    public Builder request(Class<?> type) {
      this.requestType = type;
      return this;
    }

    /**
     * Sets the media types of the request body and of the answers, as the spec declares them.
     *
     * @param consumes the request body's media type, or empty
     * @param produces the answers' media types, comma-separated, or empty
     * @return this
     */
    public Builder media(String consumes, String produces) {
      this.consumes = consumes == null ? "" : consumes;
      this.produces = produces == null ? "" : produces;
      return this;
    }

    /**
     * @param invoker sends one attempt through the generated interface
     * @return this
     */
    public Builder invoker(Invoker invoker) {
      this.invoker = invoker;
      return this;
    }

    /** @return the operation */
    public Operation build() {
      if (pagination != null) {
        for (String named : new String[] {pagination.pageSizeParameter().orElse(null), pagination.tokenParameter()}) {
          if (named != null && parameters.stream().noneMatch(q -> q.name.equals(named))) {
            throw new IllegalStateException(id + ": x-pagination names " + named + ", which is not a parameter");
          }
        }
        if (pagination.nextTokenField() == null || pagination.nextTokenField().isEmpty()) {
          throw new IllegalStateException(id + ": x-pagination needs next, the meta member of the next position");
        }
      }
      return new Operation(this);
    }
  }

  private static String emptyToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }
}
