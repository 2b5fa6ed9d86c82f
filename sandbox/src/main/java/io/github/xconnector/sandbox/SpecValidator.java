package io.github.xconnector.sandbox;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.ApiOperation;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.report.ValidationReport.Level;
import com.atlassian.oai.validator.report.ValidationReport.Message;
import io.github.xconnector.sandbox.Problems.ParameterError;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Checks every request against {@code spec/x-api.yaml} with Atlassian's swagger-request-validator, and turns the
 * violations into X's 400 invalid-request body.
 *
 * <p>The answer is built from what the validator reports as data: each message's key and level, and its context (the
 * spec's parameter, the operation). Values the validator names only in its prose (the allowed values of an enum, the
 * offending value) are taken from the spec's schemas and the request instead, so the answers do not depend on the
 * library's wording. The library's text appears only where no structured reading exists, as the explanation.
 *
 * <p>Security is not checked here ({@link Authorizer} does it the way X does). Multipart bodies are not given to the
 * validator: it would need the whole upload in memory, and {@link MediaEndpoints} checks the form fields itself. The
 * method, path and query parameters of multipart requests are still validated.
 */
final class SpecValidator {

  private static final String UNEXPECTED_QUERY = "validation.request.parameter.query.unexpected";
  private static final String SCHEMAS = "#/components/schemas/";
  private static final String PARAMETERS = "#/components/parameters/";

  /** The components of the spec each validator was built from, to resolve the references in its messages. */
  private static final Map<OpenApiInteractionValidator, Components> COMPONENTS =
      Collections.synchronizedMap(new WeakHashMap<>());

  private final OpenApiInteractionValidator validator;
  private final Components components;

  SpecValidator(OpenApiInteractionValidator validator) {
    this.validator = validator;
    Components known = COMPONENTS.get(validator);
    this.components = known == null ? new Components() : known;
  }

  static OpenApiInteractionValidator buildValidator(OpenAPI api) {
    LevelResolver levels = LevelResolver.create()
        .withLevel("validation.request.security", Level.IGNORE)
        // X answers 400 to a query parameter it does not know; so does the sandbox.
        .withLevel(UNEXPECTED_QUERY, Level.ERROR)
        .build();
    OpenApiInteractionValidator validator = OpenApiInteractionValidator.createFor(api).withLevelResolver(levels)
        .build();
    if (api.getComponents() != null) {
      COMPONENTS.put(validator, api.getComponents());
    }
    return validator;
  }

  /** Returns the 400 response for a request that breaks the spec, or null when it conforms. */
  SandboxResponse validate(SandboxRequest request) {
    SimpleRequest.Builder builder = new SimpleRequest.Builder(request.method(), request.path());
    for (Map.Entry<String, List<String>> param : request.queryParameters().entrySet()) {
      builder.withQueryParam(param.getKey(), param.getValue());
    }
    if (request.hasContentType("application/json")) {
      byte[] body = request.bodyBytes();
      if (body.length > 0) {
        if (!isJson(body)) {
          return Problems.invalidRequest("Request body is not valid JSON.");
        }
        builder.withContentType("application/json").withBody(new String(body, StandardCharsets.UTF_8));
      }
    } else if (!request.hasContentType("multipart/form-data") && !"GET".equals(request.method())
        && request.bodyBytes().length > 0) {
      return Problems.invalidRequest("Requests with bodies must have content-type of application/json.");
    }
    return refusal(validator.validateRequest(builder.build()), request);
  }

  /** Returns the 400 response for a validation report with errors about the request, or null when it has none. */
  SandboxResponse refusal(ValidationReport report, SandboxRequest request) {
    if (!report.hasErrors()) {
      return null;
    }
    List<ParameterError> errors = new ArrayList<>();
    // The validator reports each bad item of a list alone; the items are found from the request, once per parameter.
    Set<String> enumsReported = new HashSet<>();
    for (Message message : report.getMessages()) {
      if (message.getLevel() != Level.ERROR) {
        continue;
      }
      Optional<ValidationReport.MessageContext> context = message.getContext();
      Optional<Parameter> parameter = context.flatMap(ValidationReport.MessageContext::getParameter);
      if (parameter.isEmpty()) {
        errors.add(bodyError(message));
      } else if (message.getKey().equals(UNEXPECTED_QUERY)) {
        errors.add(unexpected(parameter.get().getName(), context.flatMap(
            ValidationReport.MessageContext::getApiOperation), request));
      } else if (message.getKey().endsWith(".enum")) {
        if (enumsReported.add(parameter.get().getIn() + " " + parameter.get().getName())) {
          errors.addAll(enumErrors(message, resolve(parameter.get()), request));
        }
      } else {
        errors.add(parameterError(message, resolve(parameter.get()), request));
      }
    }
    return Problems.invalidRequest(errors);
  }

  /** X's words: "The query parameter [post.fields] is not one of [query,start_time,...]". */
  private ParameterError unexpected(String name, Optional<ApiOperation> operation, SandboxRequest request) {
    List<String> accepted = new ArrayList<>();
    for (Parameter declared : operation.map(o -> o.getOperation().getParameters()).orElse(List.of())) {
      Parameter resolved = resolve(declared);
      if ("query".equals(resolved.getIn()) && resolved.getName() != null) {
        accepted.add(resolved.getName());
      }
    }
    return ParameterError.of(name, request.query(name), "The query parameter [" + name + "] is not one of ["
        + String.join(", ", accepted) + "]");
  }

  /** One error per value of the parameter that its schema's enum does not list. */
  private List<ParameterError> enumErrors(Message message, Parameter parameter, SandboxRequest request) {
    String name = parameter.getName();
    Schema<?> schema = resolve(parameter.getSchema());
    boolean list = schema != null && schema.getItems() != null;
    Schema<?> values = list ? resolve(schema.getItems()) : schema;
    List<?> allowed = values == null ? null : values.getEnum();
    List<String> given = "query".equals(parameter.getIn()) ? request.queryParameters().getOrDefault(name, List.of())
        : List.of();
    List<ParameterError> errors = new ArrayList<>();
    if (allowed != null) {
      List<String> allowedText = allowed.stream().map(String::valueOf).toList();
      for (String value : given) {
        for (String item : list ? List.of(value.split(",", -1)) : List.of(value)) {
          if (!allowedText.contains(item)) {
            errors.add(new ParameterError(name, List.of(item), subject(parameter, item) + " is not one of ["
                + String.join(", ", allowedText) + "]"));
          }
        }
      }
    }
    if (errors.isEmpty()) {
      errors.add(parameterError(message, parameter, request));
    }
    return errors;
  }

  /** Words the message as X does: "The `max_results` query parameter value [1000] is not between 10 and 100". */
  private ParameterError parameterError(Message message, Parameter parameter, SandboxRequest request) {
    String name = parameter.getName();
    String value = "query".equals(parameter.getIn()) ? request.query(name) : null;
    Schema<?> schema = resolve(parameter.getSchema());
    String key = message.getKey();
    String text;
    if ((key.endsWith(".maximum") || key.endsWith(".minimum")) && schema != null && schema.getMinimum() != null
        && schema.getMaximum() != null) {
      text = subject(parameter, value) + " is not between " + schema.getMinimum() + " and " + schema.getMaximum();
    } else {
      text = subject(parameter, value) + " is not valid: " + message.getMessage();
    }
    return ParameterError.of(name, value, text);
  }

  private static String subject(Parameter parameter, String value) {
    return "The `" + parameter.getName() + "` " + parameter.getIn() + " parameter"
        + (value == null ? "" : " value [" + value + "]");
  }

  private static ParameterError bodyError(Message message) {
    String pointer = message.getContext()
        .flatMap(ValidationReport.MessageContext::getPointers)
        .map(ValidationReport.MessageContext.Pointers::getInstance)
        .filter(p -> !p.isEmpty())
        .map(p -> " (at " + p + ")")
        .orElse("");
    return ParameterError.message("The request does not match the API: " + message.getMessage() + pointer);
  }

  private Parameter resolve(Parameter parameter) {
    String ref = parameter.get$ref();
    if (ref != null && ref.startsWith(PARAMETERS) && components.getParameters() != null) {
      Parameter target = components.getParameters().get(ref.substring(PARAMETERS.length()));
      if (target != null) {
        return resolve(target);
      }
    }
    return parameter;
  }

  private Schema<?> resolve(Schema<?> schema) {
    for (int depth = 0; schema != null && schema.get$ref() != null && depth < 8; depth++) {
      String ref = schema.get$ref();
      Schema<?> target = ref.startsWith(SCHEMAS) && components.getSchemas() != null
          ? components.getSchemas().get(ref.substring(SCHEMAS.length())) : null;
      if (target == null) {
        return schema;
      }
      schema = target;
    }
    return schema;
  }

  private static boolean isJson(byte[] body) {
    try {
      Json.parse(body);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
