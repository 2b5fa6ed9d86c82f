package io.github.xconnector.sandbox;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.time.Duration;
import java.util.Map;

/**
 * The facts about X's streams the sandbox takes from the spec: the keep-alive interval of each stream (its
 * {@code x-stream} extension), the longest rule value and the most rules one request may add.
 */
final class StreamSpec {

  private final ApiSpec spec;

  StreamSpec(ApiSpec spec) {
    this.spec = spec;
  }

  /** How often X sends a keep-alive on the operation's stream ({@code x-stream.keep-alive-seconds}). */
  Duration keepAlive(String operationId) {
    Object seconds = streamExtension(operationId).get("keep-alive-seconds");
    if (!(seconds instanceof Number number)) {
      throw new IllegalStateException("The spec's x-stream of " + operationId + " has no keep-alive-seconds");
    }
    return Duration.ofSeconds(number.longValue());
  }

  /** The longest rule value the spec lets through ({@code RuleValue.maxLength}). */
  int maxRuleLength() {
    return required(schema("RuleValue").getMaxLength(), "RuleValue.maxLength");
  }

  /** The most rules one request may add ({@code RulesUpdateRequest.add.maxItems}). */
  int maxRulesPerRequest() {
    Schema<?> add = (Schema<?>) schema("RulesUpdateRequest").getProperties().get("add");
    return required(add == null ? null : add.getMaxItems(), "RulesUpdateRequest.add.maxItems");
  }

  /** The default page size of {@code getRules} ({@code max_results}' default). */
  int defaultRulesPageSize() {
    for (Parameter parameter : operation("getRules").getParameters()) {
      if (parameter.getName().equals("max_results") && parameter.getSchema() != null
          && parameter.getSchema().getDefault() instanceof Number number) {
        return number.intValue();
      }
    }
    throw new IllegalStateException("The spec gives getRules' max_results no default");
  }

  private Map<?, ?> streamExtension(String operationId) {
    Operation operation = operation(operationId);
    Object extension = operation.getExtensions() == null ? null : operation.getExtensions().get("x-stream");
    if (extension instanceof Map<?, ?> map) {
      return map;
    }
    throw new IllegalStateException("The spec's operation " + operationId + " has no x-stream extension");
  }

  private Operation operation(String operationId) {
    for (PathItem path : spec.model().getPaths().values()) {
      for (Operation operation : path.readOperations()) {
        if (operationId.equals(operation.getOperationId())) {
          return operation;
        }
      }
    }
    throw new IllegalStateException("The spec has no operation " + operationId);
  }

  private Schema<?> schema(String name) {
    Schema<?> schema = spec.model().getComponents().getSchemas().get(name);
    if (schema == null) {
      throw new IllegalStateException("The spec has no schema " + name);
    }
    return schema;
  }

  private static int required(Integer value, String where) {
    if (value == null) {
      throw new IllegalStateException("The spec does not bound " + where);
    }
    return value;
  }
}
