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
 *
 * <p>It also reports every object schema reachable from a response that says nothing about
 * {@code additionalProperties}: X adds members without notice, and only a schema with {@code additionalProperties}
 * generates a model that keeps them. Free-form objects (no {@code properties}) keep everything already.
 */
public final class SpecValidator {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");
    private static final List<String> COMPOSITIONS = List.of("allOf", "oneOf", "anyOf");
    private static final int MAX_DEPTH = 32;

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
        JsonNode root;
        try {
            root = new YAMLMapper().readTree(spec.toFile());
        } catch (IOException e) {
            root = null;
            problems.add("cannot read " + spec + ": " + e.getMessage());
        }
        if (root != null) {
            problems.addAll(unresolvedReferences(root));
            problems.addAll(responseObjectsWithoutAdditionalProperties(root));
        }
        OpenAPI document = result.getOpenAPI();
        if (document == null) {
            problems.add("not an OpenAPI 3 document");
        } else {
            problems.addAll(operationProblems(document));
        }
        return problems;
    }

    private static List<String> unresolvedReferences(JsonNode root) {
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
                    at + "/" + escape(field.getKey()), problems));
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

    private static List<String> responseObjectsWithoutAdditionalProperties(JsonNode root) {
        List<String> problems = new ArrayList<>();
        Set<String> visited = new HashSet<>();
        root.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            if (!METHODS.contains(operation.getKey())) {
                return;
            }
            String at = "/paths/" + escape(path.getKey()) + "/" + operation.getKey() + "/responses";
            operation.getValue().path("responses").properties().forEach(response -> {
                JsonNode body = response.getValue();
                String bodyAt = at + "/" + escape(response.getKey());
                String ref = localRef(body);
                if (ref != null) {
                    body = root.at(ref);
                    bodyAt = ref;
                }
                String contentAt = bodyAt + "/content";
                body.path("content").properties().forEach(media -> walkResponseSchema(root,
                        media.getValue().path("schema"), contentAt + "/" + escape(media.getKey()) + "/schema",
                        visited, problems));
            });
        }));
        return problems;
    }

    private static void walkResponseSchema(JsonNode root, JsonNode schema, String at, Set<String> visited,
            List<String> problems) {
        if (!schema.isObject()) {
            return;
        }
        String ref = localRef(schema);
        if (ref != null) {
            if (visited.add(at + " $ref")) {
                walkResponseSchema(root, root.at(ref), ref, visited, problems);
            }
            return;
        }
        if (!visited.add(at)) {
            return;
        }
        if (isObjectSchema(root, schema, 0) && !schema.has("additionalProperties")) {
            problems.add("#" + at + ": object schema reachable from a response has no additionalProperties, so the"
                    + " members X adds to it would be lost");
        }
        schema.path("properties").properties().forEach(property -> walkResponseSchema(root, property.getValue(),
                at + "/properties/" + escape(property.getKey()), visited, problems));
        for (String key : List.of("items", "additionalProperties", "not")) {
            walkResponseSchema(root, schema.path(key), at + "/" + key, visited, problems);
        }
        for (String key : COMPOSITIONS) {
            JsonNode members = schema.path(key);
            for (int i = 0; i < members.size(); i++) {
                walkResponseSchema(root, members.get(i), at + "/" + key + "/" + i, visited, problems);
            }
        }
    }

    /**
     * Whether a schema describes an object with declared members: {@code properties}, or {@code allOf} of several
     * object schemas (merged into one model), or {@code oneOf}/{@code anyOf} of object schemas.
     */
    private static boolean isObjectSchema(JsonNode root, JsonNode schema, int depth) {
        String ref = localRef(schema);
        if (ref != null) {
            return depth < MAX_DEPTH && isObjectSchema(root, root.at(ref), depth + 1);
        }
        JsonNode type = schema.get("type");
        if (type != null && !(type.isTextual() && type.asText().equals("object"))) {
            return false;
        }
        if (schema.has("properties")) {
            return true;
        }
        for (String key : COMPOSITIONS) {
            JsonNode members = schema.path(key);
            if (members.isArray() && members.size() > (key.equals("allOf") ? 1 : 0) && depth < MAX_DEPTH) {
                boolean allObjects = true;
                for (JsonNode member : members) {
                    allObjects &= isObjectSchema(root, member, depth + 1);
                }
                if (allObjects) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String localRef(JsonNode schema) {
        JsonNode ref = schema.get("$ref");
        return ref != null && ref.isTextual() && ref.asText().startsWith("#/") ? ref.asText().substring(1) : null;
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
