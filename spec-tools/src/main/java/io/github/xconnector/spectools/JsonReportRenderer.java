package io.github.xconnector.spectools;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Renders a {@link DiffReport} as JSON for CI.
 *
 * <p>The object has {@code operationsCompared}, {@code breaking} (true when any change is breaking),
 * {@code changeCount}, {@code breakingCount} and {@code changes}, each with {@code kind}, {@code subject},
 * {@code location}, {@code from}, {@code to} and {@code breaking}; absent names are {@code null}.
 */
final class JsonReportRenderer {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReportRenderer() {
    }

    static String render(DiffReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("operationsCompared", report.operationsCompared());
        root.put("breaking", report.hasBreakingChanges());
        root.put("changeCount", report.changes().size());
        root.put("breakingCount", report.breakingChanges().size());
        ArrayNode changes = root.putArray("changes");
        for (Change change : report.changes()) {
            changes.addObject()
                    .put("kind", change.kind().name())
                    .put("subject", change.subject().name())
                    .put("operation", change.operation())
                    .put("place", change.place())
                    .put("location", change.location())
                    .put("from", change.from())
                    .put("to", change.to())
                    .put("breaking", change.breaking());
        }
        try {
            return MAPPER.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            // A tree of strings, numbers and booleans always serializes.
            throw new IllegalStateException(e);
        }
    }
}
