package io.github.xconnector.spectools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks that an OpenAPI document is fit to generate the client from.
 *
 * <p>It reports the parser's messages, every local {@code $ref} that points nowhere, and every operation without an
 * {@code operationId} (which names the generated method) or a tag (which names the generated interface), or with an
 * {@code operationId} used twice.
 */
public final class SpecValidator {

    private SpecValidator() {
    }

    /**
     * Lists the problems of a document.
     *
     * @param spec the document's file, YAML or JSON
     * @return one message per problem, empty when the document is fit
     * @throws SpecLoadException if the file does not exist
     */
    public static List<String> problems(Path spec) {
        SwaggerParseResult result = SpecLoader.parse(spec.toString(), Path.of(""));
        List<String> problems = new ArrayList<>();
        if (result.getMessages() != null) {
            problems.addAll(result.getMessages());
        }
        problems.addAll(unresolvedReferences(spec));
        OpenAPI document = result.getOpenAPI();
        if (document == null) {
            problems.add("not an OpenAPI 3 document");
        } else {
            problems.addAll(operationProblems(document));
        }
        return problems;
    }

    private static List<String> unresolvedReferences(Path spec) {
        JsonNode root;
        try {
            root = new YAMLMapper().readTree(spec.toFile());
        } catch (IOException e) {
            return List.of("cannot read " + spec + ": " + e.getMessage());
        }
        List<String> problems = new ArrayList<>();
        collectUnresolved(root, root, "", problems);
        return problems;
    }

    private static void collectUnresolved(JsonNode root, JsonNode node, String at, List<String> problems) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith("#/")
                    && root.at(ref.asText().substring(1)).isMissingNode()) {
                problems.add("#" + at + ": $ref " + ref.asText() + " points to nothing");
            }
            node.properties().forEach(field -> collectUnresolved(root, field.getValue(),
                    at + "/" + field.getKey().replace("~", "~0").replace("/", "~1"), problems));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectUnresolved(root, node.get(i), at + "/" + i, problems);
            }
        }
    }

    private static List<String> operationProblems(OpenAPI document) {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        if (document.getPaths() == null) {
            return problems;
        }
        document.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            String label = method + " " + path;
            String id = operation.getOperationId();
            if (id == null || id.isBlank()) {
                problems.add(label + ": no operationId, which names the generated method");
            } else if (!ids.add(id)) {
                problems.add(label + ": operationId " + id + " is used by another operation too");
            }
            if (operation.getTags() == null || operation.getTags().isEmpty()) {
                problems.add(label + ": no tag, which names the generated interface");
            }
        }));
        return problems;
    }
}
