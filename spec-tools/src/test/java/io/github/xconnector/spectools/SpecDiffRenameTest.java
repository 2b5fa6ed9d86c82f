package io.github.xconnector.spectools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/** The tweet-to-post renames of X's 2.167 document, reproduced on small documents. */
class SpecDiffRenameTest {

    private final DiffReport report = SpecDiff.compare(TestSpecs.load(TestSpecs.OLD),
            TestSpecs.load(TestSpecs.RENAMED));

    @Test
    void compare_renamedResponseFields_reportsOneBreakingRenameEach() {
        assertThat(report.changes())
                .filteredOn(c -> c.operation().equals("GET /2/tweets/{id}") && c.subject() == Change.Subject.FIELD)
                .extracting(Change::kind, Change::place, Change::from, Change::to, Change::breaking)
                .containsExactlyInAnyOrder(
                        tuple(Change.Kind.RENAMED, "response data.edit_history_tweet_ids", "edit_history_tweet_ids",
                                "edit_history_post_ids", true),
                        tuple(Change.Kind.RENAMED, "response data.referenced_tweets", "referenced_tweets",
                                "referenced_posts", true),
                        tuple(Change.Kind.RENAMED, "response includes.tweets", "tweets", "posts", true),
                        tuple(Change.Kind.RENAMED, "response includes.tweets.edit_history_tweet_ids",
                                "edit_history_tweet_ids", "edit_history_post_ids", true),
                        tuple(Change.Kind.RENAMED, "response includes.tweets.referenced_tweets", "referenced_tweets",
                                "referenced_posts", true));
    }

    @Test
    void compare_renamedExpansionValues_reportsBreakingEnumRenames() {
        assertThat(TestSpecs.changesAt(report, "GET /2/tweets", "parameter expansions"))
                .extracting(Change::kind, Change::subject, Change::from, Change::to, Change::breaking)
                .containsExactly(
                        tuple(Change.Kind.RENAMED, Change.Subject.ENUM_VALUE, "edit_history_tweet_ids",
                                "edit_history_post_ids", true),
                        tuple(Change.Kind.RENAMED, Change.Subject.ENUM_VALUE, "referenced_tweets.id",
                                "referenced_posts.id", true),
                        tuple(Change.Kind.RENAMED, Change.Subject.ENUM_VALUE, "referenced_tweets.id.author_id",
                                "referenced_posts.id.author_id", true));
    }

    @Test
    void compare_renamedFieldsParameter_reportsParameterAndValueRenames() {
        assertThat(TestSpecs.changesAt(report, "GET /2/tweets/{id}", "parameter tweet.fields"))
                .extracting(Change::kind, Change::subject, Change::from, Change::to, Change::breaking)
                .containsExactly(
                        tuple(Change.Kind.RENAMED, Change.Subject.PARAMETER, "tweet.fields", "post.fields", true),
                        tuple(Change.Kind.RENAMED, Change.Subject.ENUM_VALUE, "edit_history_tweet_ids",
                                "edit_history_post_ids", true),
                        tuple(Change.Kind.RENAMED, Change.Subject.ENUM_VALUE, "referenced_tweets",
                                "referenced_posts", true));
    }

    @Test
    void compare_renamedRequestField_reportsBreakingRename() {
        assertThat(TestSpecs.changesAt(report, "POST /2/tweets", "request quote_tweet_id"))
                .extracting(Change::kind, Change::to, Change::breaking)
                .containsExactly(tuple(Change.Kind.RENAMED, "quote_post_id", true));
    }

    @Test
    void compare_renamedPathParameter_reportsRenameThatIsNotBreaking() {
        assertThat(TestSpecs.changesAt(report, "DELETE /2/users/{id}/likes/{tweet_id}", "parameter tweet_id"))
                .extracting(Change::kind, Change::to, Change::breaking)
                .containsExactly(tuple(Change.Kind.RENAMED, "post_id", false));
    }

    @Test
    void compare_renamesOnly_reportsNoRemovalOrAdditionAndMatchesDespiteOtherOperationIds() {
        assertThat(report.operationsCompared()).isEqualTo(5);
        assertThat(report.changes()).isNotEmpty().allMatch(c -> c.kind() == Change.Kind.RENAMED);
        assertThat(report.hasBreakingChanges()).isTrue();
        assertThat(report.changes()).noneMatch(c -> c.operation().equals("DELETE /2/tweets/{id}"));
    }
}
