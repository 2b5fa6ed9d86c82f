package io.github.xconnector.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.xconnector.generated.model.ApiResponse;
import io.github.xconnector.generated.model.Includes;
import io.github.xconnector.generated.model.Problem;
import io.github.xconnector.paging.Page;
import io.github.xconnector.transport.RateLimit;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns the answer of any paged operation into a {@link Page}: the items from {@code data}, {@code includes},
 * {@code errors}, and from {@code meta} the members the operation's {@code x-pagination} names. The accessors of each
 * generated page model are found once, by their JSON names.
 *
 * @param <T> the item type
 */
final class PageReader<T> {

  private static final Map<String, PageReader<?>> BY_OPERATION = new ConcurrentHashMap<>();

  private final Method data;
  private final Method includes;
  private final Method errors;
  private final Method meta;
  private final Method nextToken;
  private final Method previousToken;
  private final Method resultCount;
  private final Method newestId;
  private final Method oldestId;

  private PageReader(Operation operation) {
    Class<?> page = operation.responseType();
    Operation.Pagination pagination = operation.pagination().orElseThrow();
    this.data = accessor(page, "data", true);
    this.includes = accessor(page, "includes", false);
    this.errors = accessor(page, "errors", false);
    this.meta = accessor(page, "meta", true);
    Class<?> metaType = meta.getReturnType();
    this.nextToken = accessor(metaType, pagination.nextTokenField(), true);
    this.previousToken = pagination.previousTokenField().map(name -> accessor(metaType, name, true)).orElse(null);
    this.resultCount = pagination.countField().map(name -> accessor(metaType, name, true)).orElse(null);
    this.newestId = pagination.newestIdField().map(name -> accessor(metaType, name, true)).orElse(null);
    this.oldestId = pagination.oldestIdField().map(name -> accessor(metaType, name, true)).orElse(null);
  }

  @SuppressWarnings("unchecked")
  static <T> PageReader<T> of(Operation operation) {
    return (PageReader<T>) BY_OPERATION.computeIfAbsent(operation.id(), id -> new PageReader<>(operation));
  }

  // The getter whose @JsonProperty carries the JSON name: generated models annotate their getters.
  private static Method accessor(Class<?> type, String jsonName, boolean required) {
    for (Method method : type.getMethods()) {
      JsonProperty property = method.getAnnotation(JsonProperty.class);
      if (property != null && property.value().equals(jsonName) && method.getParameterCount() == 0
          && method.getReturnType() != void.class) {
        return method;
      }
    }
    if (required) {
      throw new IllegalStateException(type.getSimpleName() + " has no member " + jsonName
          + ", which the spec's x-pagination names");
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  Page<T> read(ApiResponse<?> response) {
    Object body = response.getData();
    if (body == null) {
      return new Page<>(null, null, null, null, null, RateLimit.fromHeaders(response.getHeaders()));
    }
    Object metaValue = get(meta, body);
    return new Page<>((List<T>) get(data, body), (Includes) get(includes, body), (List<Problem>) get(errors, body),
        (String) get(nextToken, metaValue), (Integer) get(resultCount, metaValue),
        RateLimit.fromHeaders(response.getHeaders()), (String) get(previousToken, metaValue),
        (String) get(newestId, metaValue), (String) get(oldestId, metaValue));
  }

  private static Object get(Method accessor, Object target) {
    if (accessor == null || target == null) {
      return null;
    }
    try {
      return accessor.invoke(target);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("Cannot read " + accessor, e);
    }
  }
}
