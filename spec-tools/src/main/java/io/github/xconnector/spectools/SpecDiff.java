package io.github.xconnector.spectools;

import io.swagger.v3.oas.models.OpenAPI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Compares two OpenAPI documents for a selection of operations and reports what changed for SDK users.
 *
 * <p>Operations are matched by method and path (see {@link OperationKey}); for each one found in both documents the
 * parameters, request body, success response and security are compared, and the definitions of the security schemes
 * they use. Schemas are walked through {@code $ref}, {@code allOf}, {@code oneOf}, {@code anyOf}, arrays and nested
 * objects. A removed name and an added name at the same place that differ only by "tweet" versus "post" and have the
 * same shape are reported as one {@link Change.Kind#RENAMED} change. Which changes are breaking is decided by the
 * rules on {@link BreakingRules}.
 *
 * <p>The methods keep no state and only read the documents passed in, so they may run concurrently.
 */
public final class SpecDiff {

    private SpecDiff() {
    }

    /**
     * Compares every operation of the old document with the new document.
     *
     * @param oldDocument the document the SDK was generated from
     * @param newDocument the newer document
     * @return the changes, in the order of the old document's operations
     * @throws NullPointerException if a document is {@code null}
     */
    public static DiffReport compare(OpenAPI oldDocument, OpenAPI newDocument) {
        return compare(oldDocument, newDocument, OperationKey.allOf(oldDocument));
    }

    /**
     * Compares the selected operations of the old document with the new document.
     *
     * <p>Selected operations that the old document lacks are skipped, so another document's operations (for example
     * those of {@code spec/x-api.yaml}) can serve as the selection when two versions of X's document are compared.
     *
     * @param oldDocument the document to compare from
     * @param newDocument the document to compare to
     * @param selection the operations to compare, matched by method and path
     * @return the changes, in the order of the selection
     * @throws NullPointerException if an argument is {@code null}
     */
    public static DiffReport compare(OpenAPI oldDocument, OpenAPI newDocument, Collection<OperationKey> selection) {
        Objects.requireNonNull(oldDocument, "oldDocument");
        Objects.requireNonNull(newDocument, "newDocument");
        Objects.requireNonNull(selection, "selection");
        List<Change> changes = new ArrayList<>();
        SchemaComparator schemas = new SchemaComparator(new SchemaResolver(oldDocument),
                new SchemaResolver(newDocument), changes);
        ParameterComparator parameters = new ParameterComparator(oldDocument, newDocument, schemas, changes);
        BodyComparator bodies = new BodyComparator(oldDocument, newDocument, schemas, changes);
        SecurityComparator security = new SecurityComparator(oldDocument, newDocument, changes);
        OperationMatcher oldOperations = new OperationMatcher(oldDocument);
        OperationMatcher newOperations = new OperationMatcher(newDocument);
        Set<String> schemesUsed = new LinkedHashSet<>();
        int compared = 0;
        for (OperationKey key : new LinkedHashSet<>(selection)) {
            Optional<OperationMatcher.Found> old = oldOperations.find(key);
            if (old.isEmpty()) {
                continue;
            }
            compared++;
            String label = old.get().key().toString();
            Optional<OperationMatcher.Found> found = newOperations.find(key);
            if (found.isEmpty()) {
                found = newOperations.findMoved(key, old.get().operation().getOperationId());
                changes.add(found.isPresent()
                        ? new Change(Change.Kind.MOVED, Change.Subject.OPERATION, label, "", label,
                                found.get().key().toString(), BreakingRules.removedOrRetyped())
                        : new Change(Change.Kind.REMOVED, Change.Subject.OPERATION, label, "", label, null,
                                BreakingRules.removedOrRetyped()));
            }
            if (found.isPresent()) {
                OperationMatcher.Found now = found.get();
                parameters.compare(old.get().pathItem(), old.get().operation(), now.pathItem(), now.operation(),
                        label);
                bodies.compareRequest(old.get().operation(), now.operation(), label);
                bodies.compareResponse(old.get().operation(), now.operation(), label);
                schemesUsed.addAll(security.compareOperation(old.get().operation(), now.operation(), label));
            }
        }
        security.compareDefinitions(schemesUsed);
        return new DiffReport(changes, compared);
    }
}
