package io.github.xconnector.spectools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RenameDetectorTest {

    @Test
    void normalize_tweetAndRetweetNames_becomePostNames() {
        assertThat(RenameDetector.normalize("referenced_tweets.id")).isEqualTo("referenced_posts.id");
        assertThat(RenameDetector.normalize("Tweet")).isEqualTo("post");
        assertThat(RenameDetector.normalize("retweet_count")).isEqualTo("repost_count");
    }

    @Test
    void renames_sameShapeAndPostName_pairsThem() {
        Map<String, String> renames = RenameDetector.renames(
                shapes("tweets", "array<object>", "author_id", "string"),
                shapes("posts", "array<object>", "username", "string"));

        assertThat(renames).containsExactly(Map.entry("tweets", "posts"));
    }

    @Test
    void renames_differentShape_leavesRemovalAndAddition() {
        Map<String, String> renames = RenameDetector.renames(shapes("tweet_count", "integer"),
                shapes("post_count", "string"));

        assertThat(renames).isEmpty();
    }

    @Test
    void renames_unrelatedNamesOfSameShape_leavesRemovalAndAddition() {
        Map<String, String> renames = RenameDetector.renames(shapes("lang", "string"), shapes("source", "string"));

        assertThat(renames).isEmpty();
    }

    private static Map<String, String> shapes(String... nameShapePairs) {
        Map<String, String> shapes = new LinkedHashMap<>();
        for (int i = 0; i < nameShapePairs.length; i += 2) {
            shapes.put(nameShapePairs[i], nameShapePairs[i + 1]);
        }
        return shapes;
    }
}
