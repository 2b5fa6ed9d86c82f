package io.github.xconnector.spectools;

import java.util.Optional;

/**
 * The arguments of {@link SpecDiffCommand}, parsed.
 *
 * @param newDocument the newer document, a file path or URL
 * @param oldDocument the document to compare from, or empty for the repository's {@code spec/x-api.yaml}
 * @param selectionDocument the document whose operations are compared, or empty for those of the old document
 * @param json whether to print JSON instead of text
 * @param output the file to write the report to, or empty to print it
 * @param help whether only the usage was asked for
 */
record CommandLine(String newDocument, Optional<String> oldDocument, Optional<String> selectionDocument, boolean json,
        Optional<String> output, boolean help) {

    static final String USAGE = """
            Usage: spec-diff [--old <file|url>] [--operations-of <file|url>] [--format text|json] [--output <file>]
                             <new-document>

            Compares the operations of spec/x-api.yaml (or --old) with a newer X OpenAPI document, a file path or an
            http(s) URL, and lists what changed for SDK users, breaking changes marked.

              --old <file|url>            the document to compare from; default: spec/x-api.yaml of the repository
                                          containing the working directory
              --operations-of <file|url>  compare only the operations (method and path) of this document;
                                          default: every operation of the old document
              --format text|json          text for people (default) or JSON for CI
              --output <file>             write the report to this file instead of printing it
              --help                      print this text

            Exit status: 0 when no change is breaking, 1 when a change is breaking, 2 on a usage or read error.
            """;

    /**
     * Parses the arguments.
     *
     * @throws IllegalArgumentException with a message saying what is wrong, when the arguments are not usable
     */
    static CommandLine parse(String... args) {
        String newDocument = null;
        String oldDocument = null;
        String selection = null;
        boolean json = false;
        String output = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--help", "-h" -> {
                    return new CommandLine("", Optional.empty(), Optional.empty(), false, Optional.empty(), true);
                }
                case "--old" -> oldDocument = value(args, ++i, arg);
                case "--operations-of" -> selection = value(args, ++i, arg);
                case "--format" -> json = format(value(args, ++i, arg));
                case "--output" -> output = value(args, ++i, arg);
                default -> {
                    if (arg.startsWith("-")) {
                        throw new IllegalArgumentException("Unknown option " + arg + ".");
                    }
                    if (newDocument != null) {
                        throw new IllegalArgumentException("Only one new document can be compared; got " + newDocument
                                + " and " + arg + ".");
                    }
                    newDocument = arg;
                }
            }
        }
        if (newDocument == null) {
            throw new IllegalArgumentException(
                    "Missing the new document: pass the path or URL of X's OpenAPI document.");
        }
        return new CommandLine(newDocument, Optional.ofNullable(oldDocument), Optional.ofNullable(selection), json,
                Optional.ofNullable(output), false);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length || args[index].isBlank()) {
            throw new IllegalArgumentException("Option " + option + " needs a value.");
        }
        return args[index];
    }

    private static boolean format(String value) {
        return switch (value) {
            case "json" -> true;
            case "text" -> false;
            default -> throw new IllegalArgumentException("Unknown format " + value + ": use text or json.");
        };
    }
}
