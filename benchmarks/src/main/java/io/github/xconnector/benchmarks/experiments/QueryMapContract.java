package io.github.xconnector.benchmarks.experiments;

import feign.CollectionFormat;
import feign.DefaultContract;
import feign.MethodMetadata;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A proposed change to the SDK's {@code CsvContract}: besides sending collections comma-joined, it drops the query
 * templates of methods that take a query map.
 *
 * <p>The generated {@code @RequestLine} of a query-map method still lists every query parameter as a template
 * ({@code ?query={query}&start_time={startTime}&...}); Feign expands each of them on every call and drops those left
 * empty, which for recent search costs more allocation than decoding the page. The map carries every parameter, so
 * the templates can go; literal parameters (without a template) are kept.
 */
public final class QueryMapContract extends DefaultContract {

  @Override
  protected MethodMetadata parseAndValidateMetadata(Class<?> targetType, Method method) {
    MethodMetadata metadata = super.parseAndValidateMetadata(targetType, method);
    metadata.template().collectionFormat(CollectionFormat.CSV);
    if (metadata.queryMapIndex() != null) {
      Map<String, Collection<String>> literals = new LinkedHashMap<>();
      metadata.template().queries().forEach((name, values) -> {
        if (values.stream().noneMatch(value -> value.contains("{"))) {
          literals.put(name, values);
        }
      });
      metadata.template().queries(null);
      metadata.template().queries(literals);
    }
    return metadata;
  }
}
