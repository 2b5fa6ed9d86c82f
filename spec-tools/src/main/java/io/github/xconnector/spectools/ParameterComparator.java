package io.github.xconnector.spectools;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares the parameters of two matched operations: additions, removals, renames, required-ness and schemas.
 *
 * <p>Parameters are matched by location ({@code path}, {@code query}, {@code header}, {@code cookie}) and name.
 * Parameters declared on the path item apply too, and an operation's own declaration overrides them.
 */
final class ParameterComparator {

    private static final String PARAMETER_PREFIX = "#/components/parameters/";

    private final OpenAPI oldDocument;
    private final OpenAPI newDocument;
    private final SchemaComparator schemas;
    private final List<Change> changes;

    ParameterComparator(OpenAPI oldDocument, OpenAPI newDocument, SchemaComparator schemas, List<Change> changes) {
        this.oldDocument = oldDocument;
        this.newDocument = newDocument;
        this.schemas = schemas;
        this.changes = changes;
    }

    void compare(PathItem oldPath, Operation oldOperation, PathItem newPath, Operation newOperation, String label) {
        Map<String, Parameter> oldParameters = parameters(oldDocument, oldPath, oldOperation);
        Map<String, Parameter> newParameters = parameters(newDocument, newPath, newOperation);
        Map<String, String> removed = new LinkedHashMap<>();
        Map<String, String> added = new LinkedHashMap<>();
        oldParameters.forEach((key, p) -> {
            if (!newParameters.containsKey(key)) {
                removed.put(key, schemas.oldShape(schemaOf(p)));
            }
        });
        newParameters.forEach((key, p) -> {
            if (!oldParameters.containsKey(key)) {
                added.put(key, schemas.newShape(schemaOf(p)));
            }
        });
        // Keys carry the parameter location, so a rename never crosses from query to path.
        Map<String, String> renames = RenameDetector.renames(removed, added);
        oldParameters.forEach((key, oldParameter) -> {
            Location at = Location.ofParameter(label, oldParameter.getName());
            Parameter newParameter = newParameters.get(key);
            if (newParameter == null && renames.containsKey(key)) {
                newParameter = newParameters.get(renames.get(key));
                add(Change.Kind.RENAMED, at, oldParameter.getName(), newParameter.getName(),
                        BreakingRules.renamed(Change.Subject.PARAMETER, oldParameter.getIn()));
            }
            if (newParameter == null) {
                add(Change.Kind.REMOVED, at, oldParameter.getName(), null, BreakingRules.removedOrRetyped());
                return;
            }
            boolean wasRequired = Boolean.TRUE.equals(oldParameter.getRequired());
            boolean isRequired = Boolean.TRUE.equals(newParameter.getRequired());
            if (wasRequired != isRequired) {
                add(Change.Kind.CHANGED, at, SchemaComparator.requiredWord(wasRequired),
                        SchemaComparator.requiredWord(isRequired),
                        BreakingRules.becameRequired(Direction.REQUEST, isRequired));
            }
            schemas.compare(schemaOf(oldParameter), schemaOf(newParameter), at, Direction.REQUEST);
        });
        added.keySet().stream().filter(key -> !renames.containsValue(key)).forEach(key -> {
            Parameter parameter = newParameters.get(key);
            boolean required = Boolean.TRUE.equals(parameter.getRequired());
            add(Change.Kind.ADDED, Location.ofParameter(label, parameter.getName()), null,
                    parameter.getName() + " (" + SchemaComparator.requiredWord(required) + ")",
                    BreakingRules.added(Direction.REQUEST, required));
        });
    }

    private static Map<String, Parameter> parameters(OpenAPI document, PathItem path, Operation operation) {
        Map<String, Parameter> byKey = new LinkedHashMap<>();
        for (List<Parameter> declared : Arrays.asList(path.getParameters(), operation.getParameters())) {
            if (declared != null) {
                for (Parameter parameter : declared) {
                    Parameter resolved = resolve(document, parameter);
                    if (resolved != null && resolved.getName() != null) {
                        byKey.put(resolved.getIn() + " " + resolved.getName(), resolved);
                    }
                }
            }
        }
        return byKey;
    }

    private static Parameter resolve(OpenAPI document, Parameter parameter) {
        Parameter current = parameter;
        for (int i = 0; current != null && current.get$ref() != null && i < 8; i++) {
            String ref = current.get$ref();
            String name = ref.startsWith(PARAMETER_PREFIX) ? ref.substring(PARAMETER_PREFIX.length()) : ref;
            Map<String, Parameter> declared = document.getComponents() == null ? null
                    : document.getComponents().getParameters();
            current = declared == null ? null : declared.get(name);
        }
        return current;
    }

    private static Schema<?> schemaOf(Parameter parameter) {
        if (parameter.getSchema() != null) {
            return parameter.getSchema();
        }
        // Parameters may describe their value through content instead of schema.
        if (parameter.getContent() != null && !parameter.getContent().isEmpty()) {
            Schema<?> schema = parameter.getContent().values().iterator().next().getSchema();
            if (schema != null) {
                return schema;
            }
        }
        return new Schema<>();
    }

    private void add(Change.Kind kind, Location at, String from, String to, boolean breaking) {
        changes.add(at.change(kind, Change.Subject.PARAMETER, from, to, breaking));
    }
}
