package io.github.xconnector.spectools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.swagger.v3.oas.models.OpenAPI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * X's full published documents 2.166 and 2.167, compared for the operations of spec/x-api.yaml.
 *
 * <p>The documents lie in ../shared/reference beside the repository in CI; the tests are skipped where they are
 * absent, as on a user's clone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferenceDocumentsTest {

    private OpenAPI ours;
    private OpenAPI v166;
    private OpenAPI v167;

    @BeforeAll
    void loadDocuments() {
        Optional<Path> old = TestSpecs.reference("2.166");
        Optional<Path> current = TestSpecs.reference("2.167");
        // Parsed once for all tests: each document is about 850 KB.
        if (old.isPresent() && current.isPresent()) {
            ours = SpecLoader.load(TestSpecs.projectSpec().toString(), Path.of(""));
            v166 = SpecLoader.load(old.get().toString(), Path.of(""));
            v167 = SpecLoader.load(current.get().toString(), Path.of(""));
        }
    }

    @BeforeEach
    void requireDocuments() {
        assumeTrue(v166 != null, "shared/reference with X's documents 2.166 and 2.167 is not beside the repository");
    }

    @Test
    void compare_166To167ForOurOperations_findsTheRenamesAndCallsThemBreaking() {
        DiffReport report = SpecDiff.compare(v166, v167, OperationKey.allOf(ours));

        assertThat(report.operationsCompared()).isEqualTo(OperationKey.allOf(ours).size());
        assertRenames(report);
        assertThat(TestSpecs.changesAt(report, "GET /2/tweets/{id}", "parameter tweet.fields"))
                .extracting(Change::kind, Change::from, Change::to, Change::breaking)
                .contains(tuple(Change.Kind.RENAMED, "tweet.fields", "post.fields", true));
        // 2.167 replaced referenced_tweets.id by referenced_posts: a different value, not a rename.
        assertThat(TestSpecs.changesAt(report, "GET /2/tweets/{id}", "parameter expansions"))
                .extracting(Change::kind, Change::from, Change::to, Change::breaking)
                .contains(tuple(Change.Kind.RENAMED, "edit_history_tweet_ids", "edit_history_post_ids", true),
                        tuple(Change.Kind.REMOVED, "referenced_tweets.id", null, true),
                        tuple(Change.Kind.ADDED, null, "referenced_posts", false));
    }

    @Test
    void compare_ourSpecTo167_findsTheRenames() {
        DiffReport report = SpecDiff.compare(ours, v167);

        assertRenames(report);
        assertThat(report.toText()).contains("RENAMED field response includes.tweets: tweets -> posts");
        assertThat(report.toJson()).contains("\"breaking\" : true");
    }

    private static void assertRenames(DiffReport report) {
        List<Change> renames = report.changes().stream()
                .filter(c -> c.kind() == Change.Kind.RENAMED && c.operation().equals("GET /2/tweets/{id}"))
                .toList();
        assertThat(renames)
                .extracting(Change::place, Change::to, Change::breaking)
                .contains(
                        tuple("response data.referenced_tweets", "referenced_posts", true),
                        tuple("response data.edit_history_tweet_ids", "edit_history_post_ids", true),
                        tuple("response includes.tweets", "posts", true),
                        tuple("response includes.tweets.referenced_tweets", "referenced_posts", true));
        assertThat(report.changes())
                .noneMatch(c -> c.kind() == Change.Kind.REMOVED && c.place().endsWith("data.referenced_tweets"));
    }
}
