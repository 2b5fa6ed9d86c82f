package io.github.xconnector.spectools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds files of the repository, such as {@code spec/x-api.yaml}, from any directory inside it. */
public final class RepositoryFiles {

    /** The SDK's own spec, relative to the repository root. */
    public static final String SPEC = "spec/x-api.yaml";

    private RepositoryFiles() {
    }

    /**
     * Looks for a file in a directory and then in each of its parents.
     *
     * @param start the directory to start in
     * @param relativePath the path of the file relative to the directory it is looked for in
     * @return the first existing file found, or empty when none of the directories holds it
     */
    public static Optional<Path> findUpwards(Path start, String relativePath) {
        for (Path directory = start.toAbsolutePath().normalize(); directory != null;
                directory = directory.getParent()) {
            Path candidate = directory.resolve(relativePath);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
