package io.github.xconnector.spectools;

import java.util.Objects;

/**
 * One difference between two OpenAPI documents, as it matters to users of the SDK.
 *
 * <p>A change is immutable. Its {@link #location()} names the operation and the place within it, for example
 * {@code GET /2/tweets/{id} response data.referenced_tweets}: operation {@code GET /2/tweets/{id}}, place
 * {@code response data.referenced_tweets}. {@link #from()} and {@link #to()} hold the old and the
 * new name or type; one of them is {@code null} when something was only added or only removed. Whether a change is
 * breaking is decided by the rules documented on {@link BreakingRules}.
 *
 * @param kind what happened
 * @param subject what it happened to
 * @param operation the operation as method and path, or empty for a change to the document's security schemes
 * @param place where in the operation (or document) the change is, empty for the operation itself
 * @param from the old name, type or value, or {@code null} for an addition
 * @param to the new name, type or value, or {@code null} for a removal
 * @param breaking whether code or calls written against the old document may stop working
 */
public record Change(Kind kind, Subject subject, String operation, String place, String from, String to,
        boolean breaking) {

    /** What happened to a subject. */
    public enum Kind {
        /** The subject exists only in the new document. */
        ADDED,
        /** The subject exists only in the old document. */
        REMOVED,
        /** The subject exists in both under names that differ only by "tweet" versus "post". */
        RENAMED,
        /** The subject's type, format or media type differs. */
        RETYPED,
        /** The operation exists at another path. */
        MOVED,
        /** Something else about the subject differs, such as whether it is required. */
        CHANGED
    }

    /** The kind of element a change concerns. */
    public enum Subject {
        /** A whole operation, named by method and path. */
        OPERATION,
        /** A path, query or header parameter. */
        PARAMETER,
        /** The request body as a whole. */
        REQUEST_BODY,
        /** The success response as a whole. */
        RESPONSE,
        /** A property of a request or response schema, at any depth. */
        FIELD,
        /** One value of an enumeration. */
        ENUM_VALUE,
        /** A security scheme, on an operation or in the document's components. */
        SECURITY_SCHEME,
        /** An OAuth 2.0 scope. */
        SCOPE
    }

    /**
     * Creates a change after checking that the required parts are present.
     *
     * @param kind what happened
     * @param subject what it happened to
     * @param operation the operation as method and path, or empty for the document's security schemes
     * @param place where in the operation or document the change is, or empty for the operation itself
     * @param from the old name, type or value, or {@code null} for an addition
     * @param to the new name, type or value, or {@code null} for a removal
     * @param breaking whether code or calls written against the old document may stop working
     * @throws NullPointerException if {@code kind}, {@code subject}, {@code operation} or {@code place} is
     *     {@code null}
     */
    public Change {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(place, "place");
    }

    /**
     * Returns the operation followed by the place, for example {@code GET /2/tweets response data.text}.
     *
     * @return the full location of the change
     */
    public String location() {
        if (operation.isEmpty() || place.isEmpty()) {
            return operation + place;
        }
        return operation + " " + place;
    }
}
