package io.github.xconnector.spectools;

import io.swagger.v3.oas.models.media.Schema;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Describes the type of a schema in one short string, such as {@code string(date-time)} or {@code array<object>}.
 *
 * <p>Enumerations are marked, as in {@code array<enum<string>>}. Two schemas whose descriptions differ generate
 * different Java types, so the description is what a retype is judged by. The shape is the description without
 * formats; renames are detected on it.
 */
final class SchemaTypes {

    private static final int MAX_DEPTH = 8;

    private final SchemaResolver resolver;

    SchemaTypes(SchemaResolver resolver) {
        this.resolver = resolver;
    }

    /** The type with formats, for example {@code array<string(date-time)>}. */
    String type(Schema<?> schema) {
        return describe(schema, 0);
    }

    /** The type without formats, for example {@code array<string>}. */
    String shape(Schema<?> schema) {
        return type(schema).replaceAll("\\([^)]*\\)", "");
    }

    private String describe(Schema<?> schema, int depth) {
        Schema<?> resolved = resolver.resolve(schema);
        if (resolved == null || depth > MAX_DEPTH) {
            return "any";
        }
        String type = declaredType(resolved);
        if ("array".equals(type) || (type == null && resolved.getItems() != null)) {
            return "array<" + describe(resolved.getItems(), depth + 1) + ">";
        }
        if (type != null) {
            String scalar = resolved.getFormat() == null ? type : type + "(" + resolved.getFormat() + ")";
            // An enumeration generates a Java enum instead of a plain value: a different type.
            return resolved.getEnum() == null || resolved.getEnum().isEmpty() ? scalar : "enum<" + scalar + ">";
        }
        if (!resolver.properties(resolved).isEmpty()) {
            return "object";
        }
        return describeComposition(resolved, depth);
    }

    private String describeComposition(Schema<?> schema, int depth) {
        Set<String> alternatives = new LinkedHashSet<>();
        for (List<Schema<?>> group : SchemaResolver.compositions(schema)) {
            for (Schema<?> part : group) {
                alternatives.add(describe(part, depth + 1));
            }
        }
        if (alternatives.isEmpty()) {
            return "any";
        }
        if (alternatives.size() == 1) {
            return alternatives.iterator().next();
        }
        return "oneOf<" + String.join("|", alternatives) + ">";
    }

    private static String declaredType(Schema<?> schema) {
        if (schema.getType() != null) {
            return schema.getType();
        }
        // OpenAPI 3.1 documents declare a set of types; "null" only marks nullability.
        if (schema.getTypes() != null) {
            return schema.getTypes().stream().filter(t -> !"null".equals(t)).findFirst().orElse(null);
        }
        return null;
    }
}
