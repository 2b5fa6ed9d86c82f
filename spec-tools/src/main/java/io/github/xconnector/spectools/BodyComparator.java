package io.github.xconnector.spectools;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares the request body and the success response of two matched operations.
 *
 * <p>The success response is the lowest 2xx status of each operation; error responses are shared by every operation
 * and left out. Of several media types, {@code application/json} is compared when present, else the first.
 */
final class BodyComparator {

    private static final String JSON = "application/json";

    private final OpenAPI oldDocument;
    private final OpenAPI newDocument;
    private final SchemaComparator schemas;
    private final List<Change> changes;

    BodyComparator(OpenAPI oldDocument, OpenAPI newDocument, SchemaComparator schemas, List<Change> changes) {
        this.oldDocument = oldDocument;
        this.newDocument = newDocument;
        this.schemas = schemas;
        this.changes = changes;
    }

    void compareRequest(Operation oldOperation, Operation newOperation, String label) {
        RequestBody oldBody = resolve(oldDocument, oldOperation.getRequestBody());
        RequestBody newBody = resolve(newDocument, newOperation.getRequestBody());
        Location at = Location.of(label, "request");
        if (oldBody == null && newBody == null) {
            return;
        }
        boolean newRequired = newBody != null && Boolean.TRUE.equals(newBody.getRequired());
        if (oldBody == null) {
            add(Change.Kind.ADDED, Change.Subject.REQUEST_BODY, at, null, mediaType(newBody.getContent()),
                    BreakingRules.added(Direction.REQUEST, newRequired));
        } else if (newBody == null) {
            add(Change.Kind.REMOVED, Change.Subject.REQUEST_BODY, at, mediaType(oldBody.getContent()), null,
                    BreakingRules.removedOrRetyped());
        } else {
            boolean oldRequired = Boolean.TRUE.equals(oldBody.getRequired());
            if (oldRequired != newRequired) {
                add(Change.Kind.CHANGED, Change.Subject.REQUEST_BODY, at, SchemaComparator.requiredWord(oldRequired),
                        SchemaComparator.requiredWord(newRequired),
                        BreakingRules.becameRequired(Direction.REQUEST, newRequired));
            }
            compareContent(oldBody.getContent(), newBody.getContent(), at, Change.Subject.REQUEST_BODY,
                    Direction.REQUEST);
        }
    }

    void compareResponse(Operation oldOperation, Operation newOperation, String label) {
        Optional<String> oldStatus = successStatus(oldOperation);
        if (oldStatus.isEmpty()) {
            return;
        }
        Optional<String> newStatus = successStatus(newOperation);
        Location at = Location.of(label, "response");
        if (newStatus.isEmpty()) {
            add(Change.Kind.REMOVED, Change.Subject.RESPONSE, at, oldStatus.get(), null,
                    BreakingRules.removedOrRetyped());
            return;
        }
        if (!oldStatus.get().equals(newStatus.get())) {
            add(Change.Kind.CHANGED, Change.Subject.RESPONSE, at, oldStatus.get(), newStatus.get(),
                    BreakingRules.successStatusChanged());
        }
        ApiResponse oldResponse = resolve(oldDocument, oldOperation.getResponses().get(oldStatus.get()));
        ApiResponse newResponse = resolve(newDocument, newOperation.getResponses().get(newStatus.get()));
        if (oldResponse != null && newResponse != null) {
            compareContent(oldResponse.getContent(), newResponse.getContent(), at, Change.Subject.RESPONSE,
                    Direction.RESPONSE);
        }
    }

    private void compareContent(Content oldContent, Content newContent, Location at, Change.Subject subject,
            Direction direction) {
        String oldType = mediaType(oldContent);
        if (oldType == null) {
            return;
        }
        MediaType newMedia = newContent == null ? null : newContent.get(oldType);
        if (newMedia == null) {
            add(Change.Kind.RETYPED, subject, at, oldType, String.valueOf(mediaType(newContent)),
                    BreakingRules.removedOrRetyped());
            return;
        }
        MediaType oldMedia = oldContent.get(oldType);
        if (oldMedia.getSchema() != null && newMedia.getSchema() != null) {
            schemas.compare(oldMedia.getSchema(), newMedia.getSchema(), at, direction);
        }
    }

    private static String mediaType(Content content) {
        if (content == null || content.isEmpty()) {
            return null;
        }
        return content.containsKey(JSON) ? JSON : content.keySet().iterator().next();
    }

    private static Optional<String> successStatus(Operation operation) {
        if (operation.getResponses() == null) {
            return Optional.empty();
        }
        return operation.getResponses().keySet().stream().filter(code -> code.startsWith("2")).sorted().findFirst();
    }

    private static RequestBody resolve(OpenAPI document, RequestBody body) {
        if (body == null || body.get$ref() == null) {
            return body;
        }
        return component("requestBodies", document.getComponents() == null ? null
                : document.getComponents().getRequestBodies(), body.get$ref());
    }

    private static ApiResponse resolve(OpenAPI document, ApiResponse response) {
        if (response == null || response.get$ref() == null) {
            return response;
        }
        return component("responses", document.getComponents() == null ? null
                : document.getComponents().getResponses(), response.get$ref());
    }

    private static <T> T component(String section, Map<String, T> declared, String ref) {
        String prefix = "#/components/" + section + "/";
        String name = ref.startsWith(prefix) ? ref.substring(prefix.length()) : ref;
        return declared == null ? null : declared.get(name);
    }

    private void add(Change.Kind kind, Change.Subject subject, Location at, String from, String to, boolean breaking) {
        changes.add(at.change(kind, subject, from, to, breaking));
    }
}
