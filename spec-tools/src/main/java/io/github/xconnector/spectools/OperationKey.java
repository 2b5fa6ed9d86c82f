package io.github.xconnector.spectools;

import io.swagger.v3.oas.models.OpenAPI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An operation named by HTTP method and path, the way operations are matched across documents.
 *
 * <p>Operation ids are not used for matching: the SDK's spec names operations its own way. Path parameter names do
 * not matter either, so {@code /2/users/{id}/likes/{tweet_id}} matches {@code /2/users/{id}/likes/{post_id}}.
 *
 * @param method the HTTP method in upper case, such as {@code GET}
 * @param path the path template as the document writes it
 */
public record OperationKey(String method, String path) {

    /**
     * Creates a key, upper-casing the method.
     *
     * @param method the HTTP method, in any case
     * @param path the path template as the document writes it
     * @throws NullPointerException if {@code method} or {@code path} is {@code null}
     */
    public OperationKey {
        method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
        Objects.requireNonNull(path, "path");
    }

    /**
     * Returns the keys of every operation of a document, in document order.
     *
     * @param document a parsed OpenAPI document
     * @return the keys, empty when the document has no paths
     */
    public static List<OperationKey> allOf(OpenAPI document) {
        List<OperationKey> keys = new ArrayList<>();
        if (document.getPaths() != null) {
            document.getPaths().forEach((path, item) -> item.readOperationsMap()
                    .keySet()
                    .forEach(method -> keys.add(new OperationKey(method.name(), path))));
        }
        return keys;
    }

    /** Returns the key as the method followed by the path, for example {@code GET /2/tweets/{id}}. */
    @Override
    public String toString() {
        return method + " " + path;
    }

    /** The method and the path with every parameter name removed: the text two matching operations share. */
    String matchText() {
        return method + " " + path.replaceAll("\\{[^}]*}", "{}");
    }
}
