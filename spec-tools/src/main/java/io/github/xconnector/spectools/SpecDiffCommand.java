package io.github.xconnector.spectools;

import io.swagger.v3.oas.models.OpenAPI;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

/**
 * The command line of the spec diff: compares {@code spec/x-api.yaml} with a newer X OpenAPI document.
 *
 * <p>Run it from the repository root with
 * {@code mvn -q -pl spec-tools compile exec:java -Dexec.args="x-openapi.json"}. It prints the report and exits with
 * 0 when no change is breaking, 1 when one is, and 2 on a usage or read error. See {@link CommandLine#USAGE} for the
 * options.
 */
public final class SpecDiffCommand {

    /** The exit status when no change is breaking. */
    public static final int NO_BREAKING_CHANGES = 0;
    /** The exit status when at least one change is breaking. */
    public static final int BREAKING_CHANGES = 1;
    /** The exit status when the arguments are wrong or a document cannot be read. */
    public static final int USAGE_OR_READ_ERROR = 2;

    private SpecDiffCommand() {
    }

    /**
     * Runs the command and exits the JVM with its status.
     *
     * @param args the command-line arguments
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, Path.of("").toAbsolutePath()));
    }

    /**
     * Runs the command without exiting.
     *
     * @param args the command-line arguments
     * @param out where the report goes
     * @param err where error messages go
     * @param workingDirectory the directory relative paths and the default spec are found from
     * @return the exit status: {@link #NO_BREAKING_CHANGES}, {@link #BREAKING_CHANGES} or {@link #USAGE_OR_READ_ERROR}
     */
    public static int run(String[] args, PrintStream out, PrintStream err, Path workingDirectory) {
        CommandLine commandLine;
        try {
            commandLine = CommandLine.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("spec-diff: " + e.getMessage());
            err.print(CommandLine.USAGE);
            return USAGE_OR_READ_ERROR;
        }
        if (commandLine.help()) {
            out.print(CommandLine.USAGE);
            return NO_BREAKING_CHANGES;
        }
        try {
            DiffReport report = compare(commandLine, workingDirectory);
            String rendered = commandLine.json() ? report.toJson() : report.toText();
            if (commandLine.output().isPresent()) {
                Path file = workingDirectory.resolve(commandLine.output().get()).toAbsolutePath().normalize();
                Files.writeString(file, rendered, StandardCharsets.UTF_8);
                out.println("Wrote " + file + ": " + report.changes().size() + " changes ("
                        + report.breakingChanges().size() + " breaking).");
            } else {
                out.print(rendered);
            }
            out.flush();
            return report.hasBreakingChanges() ? BREAKING_CHANGES : NO_BREAKING_CHANGES;
        } catch (SpecLoadException e) {
            err.println("spec-diff: " + e.getMessage());
            return USAGE_OR_READ_ERROR;
        } catch (IOException e) {
            err.println("spec-diff: could not write the report: " + e.getMessage());
            return USAGE_OR_READ_ERROR;
        }
    }

    private static DiffReport compare(CommandLine commandLine, Path workingDirectory) {
        String oldLocation = commandLine.oldDocument().orElseGet(() -> RepositoryFiles
                .findUpwards(workingDirectory, RepositoryFiles.SPEC)
                .map(Path::toString)
                .orElseThrow(() -> new SpecLoadException("No " + RepositoryFiles.SPEC + " in " + workingDirectory
                        + " or a parent directory: run from the repository or pass --old <file>.")));
        OpenAPI oldDocument = SpecLoader.load(oldLocation, workingDirectory);
        OpenAPI newDocument = SpecLoader.load(commandLine.newDocument(), workingDirectory);
        Collection<OperationKey> selection = commandLine.selectionDocument()
                .map(location -> OperationKey.allOf(SpecLoader.load(location, workingDirectory)))
                .orElseGet(() -> OperationKey.allOf(oldDocument));
        return SpecDiff.compare(oldDocument, newDocument, selection);
    }
}
