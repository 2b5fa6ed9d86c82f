package io.github.xconnector.internal;

import feign.CollectionFormat;
import feign.DefaultContract;
import feign.MethodMetadata;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the generated interfaces like Feign's default contract, but sends collections as one comma-joined value and
 * leaves out the query templates of methods that take a query map.
 */
public final class CsvContract extends DefaultContract {

  @Override
  protected MethodMetadata parseAndValidateMetadata(Class<?> targetType, Method method) {
    MethodMetadata metadata = super.parseAndValidateMetadata(targetType, method);
    // X wants ids=1,2,3 and user.fields=a,b; Feign's default repeats the parameter.
    metadata.template().collectionFormat(CollectionFormat.CSV);
    if (metadata.queryMapIndex() != null) {
      dropQueryTemplates(metadata);
    }
    return metadata;
  }

  // The generated request line of a query-map method still lists every parameter as a template
  // (?query={query}&start_time={startTime}&...). Feign would expand each one on every call only to drop it when
  // empty, which costs recent search more memory than decoding the page; the map carries every parameter anyway.
  // Literal parameters, without an expression, are kept.
  private static void dropQueryTemplates(MethodMetadata metadata) {
    Map<String, Collection<String>> literals = new LinkedHashMap<>();
    metadata.template().queries().forEach((name, values) -> {
      if (values.stream().noneMatch(value -> value.contains("{"))) {
        literals.put(name, values);
      }
    });
    metadata.template().queries(null);
    metadata.template().queries(literals);
  }
}
