package io.github.xconnector;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.xconnector.generated.model.MediaUploadResponse;
import io.github.xconnector.generated.model.Post;
import io.github.xconnector.generated.model.PostCountsResponse;
import io.github.xconnector.generated.model.PostPage;
import io.github.xconnector.generated.model.PostResponse;
import io.github.xconnector.generated.model.User;
import io.github.xconnector.generated.model.UserResponse;
import io.github.xconnector.internal.JsonMappers;
import io.github.xconnector.paging.Expansions;
import io.github.xconnector.testing.XTest;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What X may send tomorrow decodes today: unknown members, unknown values, missing members, renamed members. */
class ForwardCompatibilityTest {

  @RegisterExtension
  static WireMockExtension x = XTest.wireMock();

  private final ObjectMapper mapper = JsonMappers.create();

  @Test
  void getPost_unknownMembers_decodesAndKeepsThemAsAdditionalProperties() {
    x.stubFor(get(urlPathEqualTo("/2/tweets/1")).willReturn(okJson("{\"data\":{\"id\":\"1\",\"text\":\"hi\","
        + "\"new_thing\":{\"score\":7,\"tags\":[\"a\"]},\"new_flag\":true},\"new_top_level\":\"kept\"}")));

    PostResponse response = XTest.client(x).posts().get("1");

    assertThat(response.getData().getText()).isEqualTo("hi");
    assertThat(response.getData().getAdditionalProperty("new_thing"))
        .isEqualTo(Map.of("score", 7, "tags", List.of("a")));
    assertThat(response.getData().getAdditionalProperty("new_flag")).isEqualTo(true);
    assertThat(response.getAdditionalProperty("new_top_level")).isEqualTo("kept");
  }

  @Test
  void decode_unknownReplySettingsMediaTypeAndProcessingState_keepsTheWireValues() throws IOException {
    PostPage page = mapper.readValue("{\"data\":[{\"id\":\"1\",\"text\":\"t\",\"reply_settings\":\"verified\"},"
        + "{\"id\":\"2\",\"text\":\"u\",\"reply_settings\":\"brand_new_audience\"}],"
        + "\"includes\":{\"media\":[{\"media_key\":\"16_1\",\"type\":\"hologram\"}]}}", PostPage.class);
    MediaUploadResponse upload = mapper.readValue("{\"data\":{\"id\":\"1880028106020515840\","
        + "\"processing_info\":{\"state\":\"queued_for_review\",\"check_after_secs\":30}}}", MediaUploadResponse.class);

    assertThat(page.getData()).extracting(Post::getReplySettings).containsExactly("verified", "brand_new_audience");
    assertThat(page.getIncludes().getMedia().get(0).getType()).isEqualTo("hologram");
    assertThat(upload.getData().getProcessingInfo().getState()).isEqualTo("queued_for_review");
    assertThat(upload.getData().getProcessingInfo().getCheckAfterSecs()).isEqualTo(30);
  }

  @Test
  void decode_membersTheSpecCallsRequiredMissing_decodesWithNulls() throws IOException {
    PostResponse post = mapper.readValue("{\"data\":{\"author_id\":\"2244994945\"}}", PostResponse.class);
    UserResponse user = mapper.readValue("{\"data\":{\"id\":\"2244994945\"}}", UserResponse.class);
    UserResponse metrics = mapper.readValue(
        "{\"data\":{\"id\":\"1\",\"name\":\"n\",\"username\":\"u\",\"public_metrics\":{\"followers_count\":3}}}",
        UserResponse.class);

    assertThat(post.getData().getAuthorId()).isEqualTo("2244994945");
    assertThat(post.getData().getId()).isNull();
    assertThat(post.getData().getText()).isNull();
    assertThat(user.getData().getName()).isNull();
    assertThat(user.getData().getUsername()).isNull();
    assertThat(metrics.getData().getPublicMetrics().getFollowersCount()).isEqualTo(3);
    assertThat(metrics.getData().getPublicMetrics().getTweetCount()).isNull();
  }

  @Test
  void decode_postWithNamesOf2167_fillsTheSameGettersAsWireNames() throws IOException {
    String renamed = "{\"data\":{\"id\":\"3\",\"text\":\"t\",\"edit_history_post_ids\":[\"2\",\"3\"],"
        + "\"referenced_posts\":[{\"type\":\"quoted\",\"id\":\"9\"}],\"note_post\":{\"text\":\"long text\"},"
        + "\"public_metrics\":{\"repost_count\":5,\"reply_count\":1,\"like_count\":7,\"quote_count\":0},"
        + "\"organic_metrics\":{\"repost_count\":4,\"reply_count\":1,\"like_count\":6,\"impression_count\":90}},"
        + "\"includes\":{\"posts\":[{\"id\":\"9\",\"text\":\"quoted post\"}],"
        + "\"users\":[{\"id\":\"1\",\"name\":\"n\",\"username\":\"u\",\"public_metrics\":{\"followers_count\":1,"
        + "\"following_count\":2,\"post_count\":3,\"listed_count\":4}}]}}";
    String wire = renamed.replace("edit_history_post_ids", "edit_history_tweet_ids")
        .replace("referenced_posts", "referenced_tweets").replace("note_post", "note_tweet")
        .replace("\"posts\"", "\"tweets\"").replace("post_count", "tweet_count").replace("repost_count", "retweet_count");

    for (String json : List.of(renamed, wire)) {
      PostResponse response = mapper.readValue(json, PostResponse.class);
      Post post = response.getData();
      assertThat(post.getEditHistoryTweetIds()).as(json).containsExactly("2", "3");
      assertThat(post.getReferencedTweets()).as(json).singleElement().satisfies(reference -> {
        assertThat(reference.getType()).isEqualTo("quoted");
        assertThat(reference.getId()).isEqualTo("9");
      });
      assertThat(post.getNoteTweet().getText()).as(json).isEqualTo("long text");
      assertThat(post.getPublicMetrics().getRetweetCount()).as(json).isEqualTo(5);
      assertThat(post.getOrganicMetrics().getRetweetCount()).as(json).isEqualTo(4);
      assertThat(new Expansions(response.getIncludes()).referencedPosts(post)).as(json)
          .extracting(Post::getText).containsExactly("quoted post");
      assertThat(response.getIncludes().getUsers().get(0).getPublicMetrics().getTweetCount()).as(json).isEqualTo(3);
      assertThat(post.getAdditionalProperties()).as(json).isNullOrEmpty();
    }
  }

  @Test
  void decode_userAndCountsWithNamesOf2167_fillTheSameGettersAsWireNames() throws IOException {
    User user = mapper.readValue("{\"data\":{\"id\":\"1\",\"name\":\"n\",\"username\":\"u\","
        + "\"pinned_post_id\":\"11\",\"most_recent_post_id\":\"12\"}}", UserResponse.class).getData();
    PostCountsResponse counts = mapper.readValue("{\"data\":[{\"start\":\"2026-01-01T00:00:00.000Z\","
        + "\"end\":\"2026-01-02T00:00:00.000Z\",\"post_count\":5}],\"meta\":{\"total_post_count\":5}}",
        PostCountsResponse.class);

    assertThat(user.getPinnedTweetId()).isEqualTo("11");
    assertThat(user.getMostRecentTweetId()).isEqualTo("12");
    assertThat(counts.getData().get(0).getTweetCount()).isEqualTo(5);
    assertThat(counts.getMeta().getTotalTweetCount()).isEqualTo(5);
  }

  @Test
  void decode_mediaUploadWithImageMember_keepsItAsAdditionalProperty() throws IOException {
    MediaUploadResponse upload = mapper.readValue(XTest.example("error-reports/200_media_upload_simple_image.json"),
        MediaUploadResponse.class);

    assertThat(upload.getData().getId()).isEqualTo("1900544781383569409");
    assertThat(additionalProperty(upload.getData(), "image"))
        .isEqualTo(Map.of("image_type", "image/jpeg", "w", 1266, "h", 793));
  }

  /** Reads an additional property reflectively, so this class compiles before the generated getter exists. */
  private static Object additionalProperty(Object model, String name) {
    try {
      return model.getClass().getMethod("getAdditionalProperty", String.class).invoke(model, name);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(model.getClass().getSimpleName() + " keeps no additional properties", e);
    }
  }
}
