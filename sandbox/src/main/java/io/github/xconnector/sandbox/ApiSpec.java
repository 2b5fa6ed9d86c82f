package io.github.xconnector.sandbox;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The project's {@code spec/x-api.yaml}, shipped inside the jar at build time, read once per JVM.
 *
 * <p>Both the route table and the request validator come from it, so the sandbox answers exactly the operations the
 * SDK is generated from and checks requests against the same document.
 */
final class ApiSpec {

  private static final String RESOURCE = "x-api.yaml";
  private static final String SELF_SCHEMA = "#/components/schemas/UserIdMatchesAuthenticatedUser";

  private final OpenAPI model;
  private final List<SpecOperation> operations;
  private final OpenApiInteractionValidator validator;

  private ApiSpec(String yaml) {
    ParseOptions options = new ParseOptions();
    // Resolves external references only: internal $ref names stay visible, and they tell which path ids must be
    // the caller's own. The validator works on the same model, so the spec is parsed once.
    options.setResolve(true);
    OpenAPI api = new OpenAPIV3Parser().readContents(yaml, null, options).getOpenAPI();
    this.model = api;
    this.operations = readOperations(api);
    this.validator = SpecValidator.buildValidator(api);
  }

  /** The shared instance; parsing the spec takes long enough that every sandbox in a JVM reuses it. */
  static ApiSpec shared() {
    return Holder.INSTANCE;
  }

  List<SpecOperation> operations() {
    return operations;
  }

  /** The parsed document, for the facts kept in schemas and vendor extensions (read it, never change it). */
  OpenAPI model() {
    return model;
  }

  OpenApiInteractionValidator validator() {
    return validator;
  }

  /** Finds the operation for a method and path; literal segments win over templates. */
  Optional<Route> route(String method, String path) {
    for (SpecOperation operation : operations) {
      if (operation.method().equals(method)) {
        Map<String, String> params = operation.match(path);
        if (params != null) {
          return Optional.of(new Route(operation, params));
        }
      }
    }
    return Optional.empty();
  }

  /** An operation matched to a request path, with the values of its path parameters. */
  record Route(SpecOperation operation, Map<String, String> pathParameters) {}

  private static List<SpecOperation> readOperations(OpenAPI api) {
    List<SpecOperation> result = new ArrayList<>();
    for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().readOperationsMap().entrySet()) {
        result.add(toOperation(entry.getKey().name(), path.getKey(), entry.getValue()));
      }
    }
    result.sort(Comparator.comparingInt(SpecOperation::variableCount));
    return List.copyOf(result);
  }

  private static SpecOperation toOperation(String method, String path, Operation operation) {
    boolean appOnly = false;
    Set<String> scopes = new LinkedHashSet<>();
    for (SecurityRequirement requirement : operation.getSecurity()) {
      appOnly |= requirement.containsKey("BearerToken");
      scopes.addAll(requirement.getOrDefault("OAuth2UserToken", List.of()));
    }
    Set<String> self = new LinkedHashSet<>();
    for (Parameter parameter : Optional.ofNullable(operation.getParameters()).orElse(List.of())) {
      if (parameter.getSchema() != null && SELF_SCHEMA.equals(parameter.getSchema().get$ref())) {
        self.add(parameter.getName());
      }
    }
    return new SpecOperation(method, path, operation.getOperationId(), appOnly, Set.copyOf(scopes), Set.copyOf(self));
  }

  static String readSpecText() {
    try (InputStream in = ApiSpec.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("The sandbox jar lacks " + RESOURCE + "; it is copied from spec/ at build time");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class Holder {
    static final ApiSpec INSTANCE = new ApiSpec(readSpecText());
  }
}
