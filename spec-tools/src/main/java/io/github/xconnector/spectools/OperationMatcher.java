package io.github.xconnector.spectools;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the operations of one document by method and path, and the place an operation moved to.
 *
 * <p>An operation counts as moved when the same method is found at a path that equals the old one after replacing
 * "tweet" by "post" (for example {@code /2/tweets/{id}} to {@code /2/posts/{id}}), or, failing that, under the same
 * operation id.
 */
final class OperationMatcher {

    /** An operation found in a document, with the path item that holds path-level parameters. */
    record Found(OperationKey key, PathItem pathItem, Operation operation) {
    }

    private final Map<String, Found> byMatchText = new LinkedHashMap<>();

    OperationMatcher(OpenAPI document) {
        if (document.getPaths() != null) {
            document.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                OperationKey key = new OperationKey(method.name(), path);
                byMatchText.putIfAbsent(key.matchText(), new Found(key, item, operation));
            }));
        }
    }

    Optional<Found> find(OperationKey key) {
        return Optional.ofNullable(byMatchText.get(key.matchText()));
    }

    Optional<Found> findMoved(OperationKey key, String operationId) {
        String renamed = RenameDetector.normalize(key.matchText());
        for (Found candidate : byMatchText.values()) {
            if (candidate.key().method().equals(key.method())
                    && RenameDetector.normalize(candidate.key().matchText()).equals(renamed)) {
                return Optional.of(candidate);
            }
        }
        if (operationId == null) {
            return Optional.empty();
        }
        return byMatchText.values().stream()
                .filter(candidate -> operationId.equals(candidate.operation().getOperationId()))
                .findFirst();
    }
}
