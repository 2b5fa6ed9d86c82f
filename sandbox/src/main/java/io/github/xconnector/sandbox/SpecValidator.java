package io.github.xconnector.sandbox;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.report.ValidationReport.Level;
import com.atlassian.oai.validator.report.ValidationReport.Message;
import io.github.xconnector.sandbox.Problems.ParameterError;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks every request against {@code spec/x-api.yaml} with Atlassian's swagger-request-validator, and turns the
 * violations into X's 400 invalid-request body.
 *
 * <p>Security is not checked here ({@link Authorizer} does it the way X does). Multipart bodies are not given to the
 * validator: it would need the whole upload in memory, and {@link MediaEndpoints} checks the form fields itself. The
 * method, path and query parameters of multipart requests are still validated.
 */
final class SpecValidator {

  private static final Pattern ALLOWED_VALUES = Pattern.compile("possible values: \\[(.*)]");
  private static final Pattern ENUM_VALUE = Pattern.compile("Instance value \\(\"([^\"]*)\"\\)");

  private final OpenApiInteractionValidator validator;

  SpecValidator(OpenApiInteractionValidator validator) {
    this.validator = validator;
  }

  static OpenApiInteractionValidator buildValidator(OpenAPI api) {
    LevelResolver levels = LevelResolver.create()
        .withLevel("validation.request.security", Level.IGNORE)
        // X answers 400 to a query parameter it does not know; so does the sandbox.
        .withLevel("validation.request.parameter.query.unexpected", Level.ERROR)
        .build();
    return OpenApiInteractionValidator.createFor(api).withLevelResolver(levels).build();
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
    ValidationReport report = validator.validateRequest(builder.build());
    if (!report.hasErrors()) {
      return null;
    }
    List<ParameterError> errors = new ArrayList<>();
    for (Message message : report.getMessages()) {
      if (message.getLevel() == Level.ERROR) {
        errors.add(toError(message, request));
      }
    }
    return Problems.invalidRequest(errors);
  }

  private static ParameterError toError(Message message, SandboxRequest request) {
    Optional<Parameter> parameter = message.getContext().flatMap(ValidationReport.MessageContext::getParameter);
    if (parameter.isPresent()) {
      return parameterError(message, parameter.get(), request);
    }
    if (message.getKey().startsWith("validation.request.parameter.query.unexpected")) {
      String name = unexpectedParameter(message.getMessage());
      return ParameterError.of(name, request.query(name), "The query parameter [" + name + "] is not one of the"
          + " parameters this endpoint accepts: " + message.getMessage());
    }
    String pointer = message.getContext()
        .flatMap(ValidationReport.MessageContext::getPointers)
        .map(ValidationReport.MessageContext.Pointers::getInstance)
        .filter(p -> !p.isEmpty())
        .map(p -> " (at " + p + ")")
        .orElse("");
    return ParameterError.message("The request does not match the API: " + message.getMessage() + pointer);
  }

  /** Words the message as X does: "The `max_results` query parameter value [1000] is not between 10 and 100". */
  private static ParameterError parameterError(Message message, Parameter parameter, SandboxRequest request) {
    String name = parameter.getName();
    String in = parameter.getIn();
    String value = "query".equals(in) ? request.query(name) : null;
    String offending = value;
    Matcher enumValue = ENUM_VALUE.matcher(message.getMessage());
    if (message.getKey().endsWith(".enum") && enumValue.find()) {
      offending = enumValue.group(1);
    }
    String subject = "The `" + name + "` " + in + " parameter" + (offending == null ? "" : " value [" + offending
        + "]");
    Schema<?> schema = parameter.getSchema();
    Matcher allowed = ALLOWED_VALUES.matcher(message.getMessage());
    String text;
    if (message.getKey().endsWith(".enum") && allowed.find()) {
      text = subject + " is not one of [" + allowed.group(1).replace("\"", "").replace(",", ", ") + "]";
    } else if ((message.getKey().endsWith(".maximum") || message.getKey().endsWith(".minimum")) && schema != null
        && schema.getMinimum() != null && schema.getMaximum() != null) {
      text = subject + " is not between " + schema.getMinimum() + " and " + schema.getMaximum();
    } else {
      text = subject + " is not valid: " + message.getMessage();
    }
    return new ParameterError(name, offending == null ? List.of() : List.of(offending), text);
  }

  private static String unexpectedParameter(String message) {
    int start = message.indexOf('\'');
    int end = message.indexOf('\'', start + 1);
    return start >= 0 && end > start ? message.substring(start + 1, end) : message;
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
