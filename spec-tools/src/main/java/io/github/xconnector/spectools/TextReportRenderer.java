package io.github.xconnector.spectools;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a {@link DiffReport} as text for people: breaking changes first, then the others, then a summary.
 *
 * <p>X's schemas are shared by many operations, so the same change usually appears in several of them. Such changes
 * are printed once, followed by the operations they occur in.
 */
final class TextReportRenderer {

    private TextReportRenderer() {
    }

    /** A change without its operation; equal groups are the same change in different operations. */
    private record Group(Change.Kind kind, Change.Subject subject, String place, String from, String to,
            boolean breaking) {
    }

    static String render(DiffReport report) {
        Map<Group, List<String>> groups = new LinkedHashMap<>();
        for (Change change : report.changes()) {
            Group group = new Group(change.kind(), change.subject(), change.place(), change.from(), change.to(),
                    change.breaking());
            List<String> operations = groups.computeIfAbsent(group, g -> new ArrayList<>());
            if (!change.operation().isEmpty() && !operations.contains(change.operation())) {
                operations.add(change.operation());
            }
        }
        StringBuilder text = new StringBuilder();
        section(text, "Breaking changes", groups, true);
        section(text, "Other changes", groups, false);
        text.append(summary(report)).append('\n');
        return text.toString();
    }

    private static void section(StringBuilder text, String title, Map<Group, List<String>> groups, boolean breaking) {
        long count = groups.keySet().stream().filter(g -> g.breaking() == breaking).count();
        if (count == 0) {
            return;
        }
        text.append(title).append(" (").append(count).append("):\n");
        groups.forEach((group, operations) -> {
            if (group.breaking() != breaking) {
                return;
            }
            text.append("  ").append(group.kind()).append(' ')
                    .append(group.subject().name().toLowerCase(Locale.ROOT).replace('_', ' ')).append(' ')
                    .append(group.place().isEmpty() ? "" : group.place() + ": ")
                    .append(describe(group)).append('\n');
            if (!operations.isEmpty()) {
                text.append("      in ").append(String.join(", ", operations)).append('\n');
            }
        });
        text.append('\n');
    }

    private static String describe(Group group) {
        if (group.from() == null) {
            return "+ " + group.to();
        }
        if (group.to() == null) {
            return "- " + group.from();
        }
        return group.from() + " -> " + group.to();
    }

    private static String summary(DiffReport report) {
        if (report.changes().isEmpty()) {
            return "No changes in the " + report.operationsCompared() + " operations compared.";
        }
        return report.changes().size() + " changes (" + report.breakingChanges().size() + " breaking) in the "
                + report.operationsCompared() + " operations compared.";
    }
}
