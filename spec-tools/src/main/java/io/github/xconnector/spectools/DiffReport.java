package io.github.xconnector.spectools;

import java.util.List;

/**
 * The result of comparing two OpenAPI documents: the changes found and how many operations were compared.
 *
 * <p>A report is immutable. Render it with {@link #toText()} for people or {@link #toJson()} for CI.
 *
 * @param changes the changes, in the order they were found
 * @param operationsCompared how many selected operations the old document had
 */
public record DiffReport(List<Change> changes, int operationsCompared) {

    /**
     * Creates a report with an unmodifiable copy of the changes.
     *
     * @param changes the changes, in the order they were found
     * @param operationsCompared how many selected operations the old document had
     * @throws NullPointerException if {@code changes} is or contains {@code null}
     */
    public DiffReport {
        changes = List.copyOf(changes);
    }

    /**
     * Returns whether any change is breaking.
     *
     * @return {@code true} when at least one change is breaking
     */
    public boolean hasBreakingChanges() {
        return changes.stream().anyMatch(Change::breaking);
    }

    /**
     * Returns the breaking changes only.
     *
     * @return the breaking changes, in report order
     */
    public List<Change> breakingChanges() {
        return changes.stream().filter(Change::breaking).toList();
    }

    /**
     * Returns the report as text for people: breaking changes first, then the others, then a summary.
     *
     * @return the text, ending with a line break
     */
    public String toText() {
        return TextReportRenderer.render(this);
    }

    /**
     * Returns the report as one JSON object with a summary and the list of changes.
     *
     * @return the JSON text, ending with a line break
     */
    public String toJson() {
        return JsonReportRenderer.render(this);
    }
}
