package io.github.xconnector.spectools;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads schemas of one document through {@code $ref}, {@code allOf}, {@code oneOf} and {@code anyOf}.
 *
 * <p>References are followed here rather than by the parser's full resolution: it keeps schema names available for
 * cycle detection and avoids copying X's large shared schemas into every operation.
 */
final class SchemaResolver {

    private static final int MAX_REF_CHAIN = 32;
    private static final int MAX_COMPOSITION_DEPTH = 8;
    private static final String SCHEMA_PREFIX = "#/components/schemas/";

    private final Map<String, Schema<?>> schemas = new HashMap<>();

    SchemaResolver(OpenAPI document) {
        Components components = document.getComponents();
        if (components != null && components.getSchemas() != null) {
            components.getSchemas().forEach(schemas::put);
        }
    }

    /**
     * The schema a {@code $ref} chain ends at, or the schema itself; {@code null} stays {@code null}.
     *
     * <p>A schema that only wraps one other schema in {@code allOf}, {@code oneOf} or {@code anyOf} resolves to that
     * schema: X's 2.167 document wraps enumerations like this, which generates the same type.
     */
    Schema<?> resolve(Schema<?> schema) {
        Schema<?> current = schema;
        for (int i = 0; current != null && i < MAX_REF_CHAIN; i++) {
            if (current.get$ref() != null) {
                current = schemas.get(refName(current));
            } else if (isWrapper(current)) {
                current = compositions(current).get(0).get(0);
            } else {
                return current;
            }
        }
        return current;
    }

    private static boolean isWrapper(Schema<?> schema) {
        List<List<Schema<?>>> groups = compositions(schema);
        return groups.size() == 1 && groups.get(0).size() == 1 && schema.getType() == null
                && schema.getTypes() == null && schema.getProperties() == null && schema.getItems() == null
                && schema.getEnum() == null;
    }

    /** The component name a schema refers to, or {@code null} when it is not a reference. */
    static String refName(Schema<?> schema) {
        String ref = schema == null ? null : schema.get$ref();
        if (ref == null) {
            return null;
        }
        return ref.startsWith(SCHEMA_PREFIX) ? ref.substring(SCHEMA_PREFIX.length()) : ref;
    }

    /** The properties of a schema merged with those of its {@code allOf}, {@code oneOf} and {@code anyOf} parts. */
    Map<String, Schema<?>> properties(Schema<?> schema) {
        Map<String, Schema<?>> merged = new LinkedHashMap<>();
        collect(resolve(schema), merged, Collections.newSetFromMap(new IdentityHashMap<>()), 0);
        return merged;
    }

    /** The required property names of a schema and of its {@code allOf} parts. */
    Set<String> required(Schema<?> schema) {
        Schema<?> resolved = resolve(schema);
        Set<String> names = new LinkedHashSet<>();
        if (resolved == null) {
            return names;
        }
        if (resolved.getRequired() != null) {
            names.addAll(resolved.getRequired());
        }
        for (Schema<?> part : resolved.getAllOf() == null ? List.<Schema<?>>of() : checked(resolved.getAllOf())) {
            Schema<?> partResolved = resolve(part);
            if (partResolved != null && partResolved.getRequired() != null) {
                names.addAll(partResolved.getRequired());
            }
        }
        return names;
    }

    /** The enumeration values of a schema as strings, empty when it has none. */
    List<String> enumValues(Schema<?> schema) {
        Schema<?> resolved = resolve(schema);
        if (resolved == null || resolved.getEnum() == null) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        resolved.getEnum().forEach(value -> values.add(String.valueOf(value)));
        return values;
    }

    private void collect(Schema<?> schema, Map<String, Schema<?>> into, Set<Schema<?>> seen, int depth) {
        if (schema == null || depth > MAX_COMPOSITION_DEPTH || !seen.add(schema)) {
            return;
        }
        if (schema.getProperties() != null) {
            schema.getProperties().forEach(into::putIfAbsent);
        }
        for (List<Schema<?>> group : compositions(schema)) {
            for (Schema<?> part : group) {
                collect(resolve(part), into, seen, depth + 1);
            }
        }
    }

    /** The non-empty groups among {@code allOf}, {@code oneOf} and {@code anyOf}, in that order. */
    static List<List<Schema<?>>> compositions(Schema<?> schema) {
        List<List<Schema<?>>> groups = new ArrayList<>(3);
        addGroup(groups, schema.getAllOf());
        addGroup(groups, schema.getOneOf());
        addGroup(groups, schema.getAnyOf());
        return groups;
    }

    // The model declares these lists with raw element types; copying gives them a checked one.
    private static void addGroup(List<List<Schema<?>>> groups, List<?> group) {
        if (group != null && !group.isEmpty()) {
            groups.add(checked(group));
        }
    }

    private static List<Schema<?>> checked(List<?> schemas) {
        List<Schema<?>> copy = new ArrayList<>(schemas.size());
        schemas.forEach(schema -> copy.add((Schema<?>) schema));
        return copy;
    }
}
