package io.github.xconnector.spectools;

import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares an old and a new schema recursively and records field, type and enum value changes.
 *
 * <p>Properties are walked through references, compositions, arrays and nested objects. Array items keep the
 * location of their array, so a property of the posts in {@code data} is reported at {@code data.referenced_tweets}.
 */
final class SchemaComparator {

    private static final int MAX_DEPTH = 24;

    private final SchemaResolver oldResolver;
    private final SchemaResolver newResolver;
    private final SchemaTypes oldTypes;
    private final SchemaTypes newTypes;
    private final List<Change> changes;

    SchemaComparator(SchemaResolver oldResolver, SchemaResolver newResolver, List<Change> changes) {
        this.oldResolver = oldResolver;
        this.newResolver = newResolver;
        this.oldTypes = new SchemaTypes(oldResolver);
        this.newTypes = new SchemaTypes(newResolver);
        this.changes = changes;
    }

    /** The shape of a schema of the old document, for rename detection. */
    String oldShape(Schema<?> schema) {
        return oldTypes.shape(schema);
    }

    /** The shape of a schema of the new document, for rename detection. */
    String newShape(Schema<?> schema) {
        return newTypes.shape(schema);
    }

    void compare(Schema<?> oldSchema, Schema<?> newSchema, Location at, Direction direction) {
        compare(oldSchema, newSchema, at, direction, new HashSet<>(), 0);
    }

    /** A pair of resolved schemas being compared, equal only to the same two objects. */
    private record Visit(Schema<?> oldSchema, Schema<?> newSchema) {

        @Override
        public boolean equals(Object other) {
            // Schema.equals compares whole trees, which is slow and loops on recursive schemas.
            return other instanceof Visit visit && visit.oldSchema == oldSchema && visit.newSchema == newSchema;
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(oldSchema) + System.identityHashCode(newSchema);
        }
    }

    private void compare(Schema<?> oldSchema, Schema<?> newSchema, Location at, Direction direction,
            Set<Visit> visiting, int depth) {
        String oldType = oldTypes.type(oldSchema);
        String newType = newTypes.type(newSchema);
        if (!oldType.equals(newType)) {
            add(Change.Kind.RETYPED, at.subject(), at, oldType, newType, BreakingRules.removedOrRetyped());
            return;
        }
        compareEnums(oldSchema, newSchema, at);
        Schema<?> oldResolved = oldResolver.resolve(oldSchema);
        Schema<?> newResolved = newResolver.resolve(newSchema);
        Visit visit = new Visit(oldResolved, newResolved);
        // A schema that contains itself is compared once per path; the depth limit is a second guard.
        if (oldResolved == null || newResolved == null || depth > MAX_DEPTH || !visiting.add(visit)) {
            return;
        }
        if (oldResolved.getItems() != null && newResolved.getItems() != null) {
            compare(oldResolved.getItems(), newResolved.getItems(), at, direction, visiting, depth + 1);
        }
        compareProperties(oldResolved, newResolved, at, direction, visiting, depth);
        visiting.remove(visit);
    }

    private void compareProperties(Schema<?> oldSchema, Schema<?> newSchema, Location at, Direction direction,
            Set<Visit> visiting, int depth) {
        Map<String, Schema<?>> oldProperties = oldResolver.properties(oldSchema);
        Map<String, Schema<?>> newProperties = newResolver.properties(newSchema);
        Set<String> oldRequired = oldResolver.required(oldSchema);
        Set<String> newRequired = newResolver.required(newSchema);
        Map<String, String> removed = new LinkedHashMap<>();
        Map<String, String> added = new LinkedHashMap<>();
        oldProperties.forEach((name, schema) -> {
            if (!newProperties.containsKey(name)) {
                removed.put(name, oldTypes.shape(schema));
            }
        });
        newProperties.forEach((name, schema) -> {
            if (!oldProperties.containsKey(name)) {
                added.put(name, newTypes.shape(schema));
            }
        });
        Map<String, String> renames = RenameDetector.renames(removed, added);
        for (Map.Entry<String, Schema<?>> property : oldProperties.entrySet()) {
            String name = property.getKey();
            Location child = at.child(name);
            if (newProperties.containsKey(name)) {
                if (direction == Direction.REQUEST) {
                    compareRequired(oldRequired.contains(name), newRequired.contains(name), child);
                }
                compare(property.getValue(), newProperties.get(name), child, direction, visiting, depth + 1);
            } else if (renames.containsKey(name)) {
                String newName = renames.get(name);
                add(Change.Kind.RENAMED, Change.Subject.FIELD, child, name, newName,
                        BreakingRules.renamed(Change.Subject.FIELD, null));
                compare(property.getValue(), newProperties.get(newName), child, direction, visiting, depth + 1);
            } else {
                add(Change.Kind.REMOVED, Change.Subject.FIELD, child, oldTypes.type(property.getValue()), null,
                        BreakingRules.removedOrRetyped());
            }
        }
        for (String name : added.keySet()) {
            if (!renames.containsValue(name)) {
                boolean required = newRequired.contains(name);
                add(Change.Kind.ADDED, Change.Subject.FIELD, at.child(name), null,
                        newTypes.type(newProperties.get(name)), BreakingRules.added(direction, required));
            }
        }
    }

    private void compareRequired(boolean wasRequired, boolean isRequired, Location at) {
        if (wasRequired != isRequired) {
            add(Change.Kind.CHANGED, at.subject(), at, requiredWord(wasRequired), requiredWord(isRequired),
                    BreakingRules.becameRequired(Direction.REQUEST, isRequired));
        }
    }

    static String requiredWord(boolean required) {
        return required ? "required" : "optional";
    }

    private void compareEnums(Schema<?> oldSchema, Schema<?> newSchema, Location at) {
        List<String> oldValues = oldResolver.enumValues(oldSchema);
        List<String> newValues = newResolver.enumValues(newSchema);
        Map<String, String> removed = new LinkedHashMap<>();
        Map<String, String> added = new LinkedHashMap<>();
        oldValues.stream().filter(v -> !newValues.contains(v)).forEach(v -> removed.put(v, ""));
        newValues.stream().filter(v -> !oldValues.contains(v)).forEach(v -> added.put(v, ""));
        Map<String, String> renames = RenameDetector.renames(removed, added);
        for (String value : removed.keySet()) {
            String renamed = renames.get(value);
            add(renamed == null ? Change.Kind.REMOVED : Change.Kind.RENAMED, Change.Subject.ENUM_VALUE, at, value,
                    renamed, BreakingRules.removedOrRetyped());
        }
        List<String> renamedTo = new ArrayList<>(renames.values());
        for (String value : added.keySet()) {
            if (!renamedTo.contains(value)) {
                add(Change.Kind.ADDED, Change.Subject.ENUM_VALUE, at, null, value, BreakingRules.enumValueAdded());
            }
        }
    }

    private void add(Change.Kind kind, Change.Subject subject, Location at, String from, String to, boolean breaking) {
        changes.add(at.change(kind, subject, from, to, breaking));
    }
}
