package io.github.xconnector.spectools;

import io.swagger.v3.oas.models.OpenAPI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Locates and loads the documents the tests use. */
final class TestSpecs {

    static final String OLD = "posts-old.yaml";
    static final String RENAMED = "posts-renamed.json";
    static final String BROKEN = "broken.yaml";
    static final String NO_CATCH_ALL = "response-without-catch-all.yaml";

    private TestSpecs() {
    }

    static Path path(String name) {
        try {
            return Path.of(TestSpecs.class.getResource("/specs/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses a fresh copy on every call, so tests may change the returned model. */
    static OpenAPI load(String name) {
        return SpecLoader.load(path(name).toString(), Path.of(""));
    }

    /** The repository's spec/x-api.yaml, found from the module directory upwards. */
    static Path projectSpec() {
        return RepositoryFiles.findUpwards(Path.of(""), RepositoryFiles.SPEC)
                .orElseThrow(() -> new IllegalStateException("spec/x-api.yaml not found above " + Path.of("")
                        .toAbsolutePath()));
    }

    /** X's published document of a version, present when ../shared/reference lies beside the repository. */
    static Optional<Path> reference(String version) {
        return RepositoryFiles.findUpwards(Path.of(""), "shared/reference/x-openapi-v" + version + ".json");
    }

    static List<Change> changesAt(DiffReport report, String operation, String place) {
        return report.changes().stream()
                .filter(c -> c.operation().equals(operation) && c.place().equals(place))
                .toList();
    }
}
