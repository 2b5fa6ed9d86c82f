package io.github.xconnector.resources;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xconnector.credentials.AuthenticationType;
import io.github.xconnector.errors.XIoException;
import io.github.xconnector.errors.XValidationException;
import io.github.xconnector.generated.model.ApiResponse;
import io.github.xconnector.generated.model.Includes;
import io.github.xconnector.generated.model.Problem;
import io.github.xconnector.generated.operations.OperationTable;
import io.github.xconnector.internal.AnyPathApi;
import io.github.xconnector.internal.CallArguments;
import io.github.xconnector.internal.CallExecutor;
import io.github.xconnector.internal.ConnectionNames;
import io.github.xconnector.internal.JsonMappers;
import io.github.xconnector.internal.Operation;
import io.github.xconnector.paging.Page;
import io.github.xconnector.paging.Paginator;
import io.github.xconnector.transport.RateLimit;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Calls any endpoint of the X API v2, including those the SDK has no method for yet, through the same call path as
 * the typed services: authentication, retries, rate-limit waits and records, errors as the
 * {@link io.github.xconnector.errors.XServiceException} family, paging and log redaction.
 *
 * <pre>{@code
 * ApiRequest request = ApiRequest.get("/2/users/{id}/pinned_lists").pathParameter("id", userId).build();
 * JsonNode tree = x.api().call(request);
 * PinnedLists typed = x.api().call(request, PinnedLists.class);
 * x.api().pages(ApiRequest.get("/2/users/{id}/followers").pathParameter("id", userId).build())
 *     .forEach(user -> System.out.println(user.path("username").asText()));
 * }</pre>
 *
 * <p>When the method and path are those of an operation of the spec (placeholders match whatever their names, and a
 * literal segment matches a placeholder, so {@code /2/users/123/bookmarks} is {@code getBookmarks}), that
 * operation's facts apply as in the typed call: the authentication kinds and scopes are checked before sending, the
 * parameters and body are checked against their bounds, the spec's retry safety and paging names hold, and rate limits
 * are recorded under the spec's endpoint. Parameters the spec does not know yet are sent unchecked. Any other path is
 * sent as given: GET, PUT and DELETE are repeated after failures, POST only when marked
 * {@link ApiRequest.Builder#retrySafe(boolean) retry-safe}; paging uses {@code pagination_token} and
 * {@code meta.next_token} unless the request names others; rate limits are recorded under the path template.
 *
 * <p>Answers are Jackson trees or the class the caller names, read with the client's JSON settings: unknown members
 * are kept by the generated models and ignored by classes without a place for them. In a named module, open the
 * caller's classes to {@code com.fasterxml.jackson.databind}. Thread-safe.
 */
public final class ApiService {

  private static final ObjectMapper JSON = JsonMappers.create();
  private static final TypeReference<List<Problem>> PROBLEMS = new TypeReference<>() { };

  private final CallExecutor calls;
  private final String baseUrl;
  private final String prefix;

  /**
   * Creates the service; {@code XClient} does this, and the call path it takes is internal to the SDK.
   *
   * @param calls the client's call path
   * @param baseUrl the client's base URL, without a trailing slash
   * @param connectionName the client's connection name, for messages; may be {@code null}
   */
  public ApiService(CallExecutor calls, String baseUrl, String connectionName) {
    this.calls = calls;
    this.baseUrl = baseUrl;
    this.prefix = ConnectionNames.prefix(connectionName);
  }

  /**
   * Makes the call and returns X's answer as a JSON tree.
   *
   * @param request the request
   * @return the whole body of the answer
   * @throws XValidationException when the request breaks the spec's rules for its operation, before sending
   * @throws io.github.xconnector.errors.XException as the typed calls do
   */
  public JsonNode call(ApiRequest request) {
    return prepare(request, false).send().getData();
  }

  /**
   * Makes the call and reads X's answer into a class: a generated model ({@code UserResponse}) or one of the
   * caller's.
   *
   * @param request the request
   * @param type the class of the whole body
   * @param <T> the body type
   * @return the body
   * @throws XIoException when the body does not read as {@code type} (X may have acted on the request)
   * @throws io.github.xconnector.errors.XException as {@link #call(ApiRequest)} does
   */
  public <T> T call(ApiRequest request, Class<T> type) {
    requireType(type);
    Call prepared = prepare(request, false);
    return prepared.read(prepared.send().getData(), type, "");
  }

  /**
   * Walks a paged endpoint, one call per page, with the items of each page's {@code data} as JSON trees. A start
   * position is the request's value of the token parameter; the page size is its own query value
   * ({@code max_results} on most endpoints).
   *
   * @param request the request of the first page
   * @return the pages, fetched as they are consumed
   * @throws XValidationException when the request breaks the spec's rules for its operation, before sending
   */
  public Paginator<JsonNode> pages(ApiRequest request) {
    return pages(request, JsonNode.class);
  }

  /**
   * Walks a paged endpoint like {@link #pages(ApiRequest)}, reading each item of {@code data} into a class.
   *
   * @param request the request of the first page
   * @param itemType the class of one item, for example {@code User} or one of the caller's
   * @param <T> the item type
   * @return the pages, fetched as they are consumed
   * @throws XValidationException when the request breaks the spec's rules for its operation, before sending
   */
  public <T> Paginator<T> pages(ApiRequest request, Class<T> itemType) {
    requireType(itemType);
    Call prepared = prepare(request, true);
    Operation.Pagination pagination = prepared.operation.pagination().orElseThrow();
    Object start = request.queryParameters().get(pagination.tokenParameter());
    return new Paginator<>(token -> prepared.page(prepared.sendPage(pagination, token), pagination, itemType),
        start == null ? null : start.toString());
  }

  private static void requireType(Class<?> type) {
    if (type == null) {
      throw new XValidationException("The class to read X's answer into must not be null; use JsonNode.class for"
          + " the tree.");
    }
  }

  private Call prepare(ApiRequest request, boolean paged) {
    if (request == null) {
      throw new XValidationException("x.api() needs an ApiRequest, was null; build one with ApiRequest.get(path)"
          + " and the like.");
    }
    Match match = match(request);
    Operation operation = match == null ? undescribed(request, paged) : described(request, match.operation, paged);
    CallArguments arguments = CallArguments.create();
    if (match == null) {
      request.pathParameters().forEach(arguments::put);
    } else {
      match.values.forEach((name, value) -> arguments.put(name, value.label, value.value));
    }
    request.queryParameters().forEach((name, value) -> arguments.put(name, forChecks(operation.parameter(name),
        value)));
    JsonNode body = request.body().orElse(null);
    arguments.body(body);
    if (body != null && operation.requestType() != null) {
      // The spec's limits on the body's members are on its generated model: check a copy read into it.
      calls.check(operation, arguments.copy().body(asModel(request, body, operation.requestType())));
    }
    calls.check(operation, arguments);
    return new Call(request, operation, arguments, invoker(request, body));
  }

  private Object asModel(ApiRequest request, JsonNode body, Class<?> model) {
    try {
      return JSON.treeToValue(body, model);
    } catch (Exception e) {
      throw new XValidationException(prefix + request.endpoint() + ": the body is not a " + model.getSimpleName()
          + " as the spec describes it: " + e.getMessage());
    }
  }

  // Values in the form the spec's checks read: a bounded number given as text becomes a number, a list given as
  // comma-separated text a list. Both are sent exactly as before.
  private static Object forChecks(Operation.Parameter parameter, Object value) {
    if (parameter == null || !(value instanceof String)) {
      return value;
    }
    String text = (String) value;
    if (parameter.isArray()) {
      return List.of(text.split(",", -1));
    }
    if ((parameter.minimumValue().isPresent() || parameter.maximumValue().isPresent()) && text.matches("-?\\d{1,18}")
        && Long.valueOf(text).toString().equals(text)) {
      return Long.valueOf(text);
    }
    return value;
  }

  private Operation.Invoker invoker(ApiRequest request, JsonNode body) {
    URI url = URI.create(baseUrl + request.path());
    switch (request.method()) {
      case GET:
        return (api, call) -> ((AnyPathApi) api).get(url, call.query(new LinkedHashMap<>()));
      case DELETE:
        return (api, call) -> ((AnyPathApi) api).delete(url, call.query(new LinkedHashMap<>()));
      case POST:
        return body == null ? (api, call) -> ((AnyPathApi) api).postWithoutBody(url, call.query(new LinkedHashMap<>()))
            : (api, call) -> ((AnyPathApi) api).post(url, call.query(new LinkedHashMap<>()), body);
      case PUT:
        return body == null ? (api, call) -> ((AnyPathApi) api).putWithoutBody(url, call.query(new LinkedHashMap<>()))
            : (api, call) -> ((AnyPathApi) api).put(url, call.query(new LinkedHashMap<>()), body);
      default:
        throw new IllegalStateException("No request line for " + request.method());
    }
  }

  // An operation of the spec: its facts, sent through the any-path interface; query parameters it lacks are added
  // unchecked, and a request to page an operation without x-pagination pages by the request's names.
  private static Operation described(ApiRequest request, Operation spec, boolean paged) {
    Operation.Builder b = Operation.builder(spec.id(), spec.method(), spec.path(), spec.group(), AnyPathApi.class);
    spec.accepted().forEach((type, scopes) -> b.accepts(type, scopes.toArray(new String[0])));
    spec.parameters().values().forEach(b::parameter);
    for (String name : request.queryParameters().keySet()) {
      if (spec.parameter(name) == null) {
        b.parameter(Operation.Parameter.query(name));
      }
    }
    Optional<Operation.Pagination> pagination = spec.pagination();
    if (pagination.isPresent()) {
      Operation.Pagination p = pagination.get();
      b.pagination(p.pageSizeParameter().orElse(""), p.tokenParameter(), p.nextTokenField(),
          p.previousTokenField().orElse(""), p.newestIdField().orElse(""), p.oldestIdField().orElse(""),
          p.countField().orElse(""));
    } else if (paged) {
      pageByRequest(b, request, name -> spec.parameter(name) != null);
    }
    return b.retrySafe(String.valueOf(spec.retrySafe())).request(spec.requestType()).response(JsonNode.class)
        .build();
  }

  // A path the spec does not describe: any authentication, the HTTP method's retry rule unless the request says,
  // and the request's paging names.
  private static Operation undescribed(ApiRequest request, boolean paged) {
    Operation.Builder b = Operation.builder(request.endpoint(), request.method().name(), request.pathTemplate(),
        "Api", AnyPathApi.class);
    for (AuthenticationType type : AuthenticationType.values()) {
      b.accepts(type);
    }
    request.pathParameters().keySet().forEach(name -> b.parameter(Operation.Parameter.path(name).required()));
    request.queryParameters().keySet().forEach(name -> b.parameter(Operation.Parameter.query(name)));
    if (paged) {
      pageByRequest(b, request, request.queryParameters()::containsKey);
    }
    return b.retrySafe(request.retrySafe().map(String::valueOf).orElse("")).response(JsonNode.class).build();
  }

  private static void pageByRequest(Operation.Builder b, ApiRequest request,
      java.util.function.Predicate<String> declared) {
    if (!declared.test(request.pagingTokenParameter())) {
      b.parameter(Operation.Parameter.query(request.pagingTokenParameter()));
    }
    b.pagination("", request.pagingTokenParameter(), request.nextTokenField(), "", "", "", "");
  }

  // The operation of the spec with the request's method and path: segment by segment, literals equal and
  // placeholders against placeholders or literals; the most literal matches wins (/2/users/me over /2/users/{id}).
  private static Match match(ApiRequest request) {
    Match best = null;
    List<String> mine = request.segments();
    for (Operation operation : OperationTable.all().values()) {
      if (!operation.method().equals(request.method().name())) {
        continue;
      }
      String[] theirs = operation.path().substring(1).split("/");
      if (theirs.length != mine.size()) {
        continue;
      }
      Map<String, PathValue> values = new LinkedHashMap<>();
      int literals = 0;
      boolean matches = true;
      for (int i = 0; i < theirs.length && matches; i++) {
        Optional<String> specName = ApiRequest.placeholder(theirs[i]);
        Optional<String> myName = ApiRequest.placeholder(mine.get(i));
        if (specName.isPresent()) {
          values.put(specName.get(), myName.isPresent()
              ? new PathValue(myName.get(), request.pathParameters().get(myName.get()))
              : new PathValue(specName.get(), URLDecoder.decode(mine.get(i).replace("+", "%2B"),
                  StandardCharsets.UTF_8)));
        } else if (myName.isEmpty() && theirs[i].equals(mine.get(i))) {
          literals++;
        } else {
          matches = false;
        }
      }
      if (matches && (best == null || literals > best.literals)) {
        best = new Match(operation, values, literals);
      }
    }
    return best;
  }

  private static final class PathValue {
    final String label;
    final String value;

    PathValue(String label, String value) {
      this.label = label;
      this.value = value;
    }
  }

  private static final class Match {
    final Operation operation;
    final Map<String, PathValue> values;
    final int literals;

    Match(Operation operation, Map<String, PathValue> values, int literals) {
      this.operation = operation;
      this.values = values;
      this.literals = literals;
    }
  }

  // One prepared call: checked once, sent once or once per page.
  private final class Call {
    final ApiRequest request;
    final Operation operation;
    final CallArguments arguments;
    final Operation.Invoker invoker;

    Call(ApiRequest request, Operation operation, CallArguments arguments, Operation.Invoker invoker) {
      this.request = request;
      this.operation = operation;
      this.arguments = arguments;
      this.invoker = invoker;
    }

    ApiResponse<JsonNode> send() {
      return calls.exchange(operation, arguments, AnyPathApi.class, invoker);
    }

    ApiResponse<JsonNode> sendPage(Operation.Pagination pagination, String token) {
      return calls.exchange(operation, arguments.copy().put(pagination.tokenParameter(), token), AnyPathApi.class,
          invoker);
    }

    <T> T read(JsonNode node, Class<T> type, String where) {
      if (type == JsonNode.class) {
        return type.cast(node);
      }
      try {
        return JSON.treeToValue(node, type);
      } catch (Exception e) {
        throw new XIoException(prefix + operation.endpoint() + " answered with a body" + where
            + " that does not read as " + type.getName() + ": " + e.getMessage() + ". X may have acted on the"
            + " request.", true, e);
      }
    }

    <T> Page<T> page(ApiResponse<JsonNode> response, Operation.Pagination pagination, Class<T> itemType) {
      JsonNode root = response.getData();
      List<T> items = new ArrayList<>();
      JsonNode data = root.path("data");
      for (int i = 0; i < data.size() && data.isArray(); i++) {
        items.add(read(data.get(i), itemType, " whose data[" + i + "]"));
      }
      Includes includes = root.hasNonNull("includes") ? read(root.get("includes"), Includes.class, " whose includes")
          : null;
      List<Problem> errors = null;
      if (root.path("errors").isArray()) {
        try {
          errors = JSON.convertValue(root.get("errors"), PROBLEMS);
        } catch (IllegalArgumentException e) {
          throw new XIoException(prefix + operation.endpoint() + " answered with errors that do not read as"
              + " problems: " + e.getMessage() + ". X may have acted on the request.", true, e);
        }
      }
      JsonNode meta = root.path("meta");
      JsonNode count = pagination.countField().map(meta::path).orElse(null);
      return new Page<>(items, includes, errors, text(meta, pagination.nextTokenField()),
          count != null && count.canConvertToInt() ? count.intValue() : null,
          RateLimit.fromHeaders(response.getHeaders()),
          pagination.previousTokenField().map(name -> text(meta, name)).orElse(null),
          pagination.newestIdField().map(name -> text(meta, name)).orElse(null),
          pagination.oldestIdField().map(name -> text(meta, name)).orElse(null));
    }

    private String text(JsonNode meta, String name) {
      JsonNode value = meta.get(name);
      return value == null || value.isNull() ? null : value.asText();
    }
  }
}
