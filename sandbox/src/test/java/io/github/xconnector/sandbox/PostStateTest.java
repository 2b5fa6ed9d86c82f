package io.github.xconnector.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PostStateTest {

  private XSandbox sandbox;
  private SandboxHttp http;
  private String devToken;
  private SandboxUser dev;
  private SandboxUser kai;

  @BeforeEach
  void start() {
    sandbox = XSandbox.builder().start();
    http = new SandboxHttp(sandbox);
    dev = sandbox.user("sandbox_dev");
    kai = sandbox.user("kai_rivers");
    devToken = sandbox.issueUserToken(dev.id());
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void createPost_withText_answers201WithIdTextAndEditHistory() {
    SandboxHttp.Reply reply = http.postJson("/2/tweets", devToken, "{\"text\":\"Fresh from the test #unique42\"}");

    assertThat(reply.status()).isEqualTo(201);
    JsonNode data = reply.json().path("data");
    assertThat(data.path("id").asText()).matches("[0-9]{10,19}");
    assertThat(data.path("text").asText()).isEqualTo("Fresh from the test #unique42");
    assertThat(data.path("edit_history_tweet_ids").get(0).asText()).isEqualTo(data.path("id").asText());
  }

  @Test
  void createPost_newPost_appearsInSearchAuthorTimelineFollowerHomeAndMentions() {
    String id = create(devToken, "Testing the pipeline with @kai_rivers #pipelinetest");
    String kaiToken = sandbox.issueUserToken(kai.id());

    assertThat(ids(http.get("/2/tweets/search/recent?query=%23pipelinetest", devToken))).containsExactly(id);
    assertThat(ids(http.get("/2/users/" + dev.id() + "/tweets", devToken))).first().isEqualTo(id);
    assertThat(ids(http.get("/2/users/" + kai.id() + "/timelines/reverse_chronological", kaiToken))).contains(id);
    assertThat(ids(http.get("/2/users/" + kai.id() + "/mentions", devToken))).first().isEqualTo(id);
  }

  @Test
  void createPost_byUserNobodyFollows_staysOutOfOthersHomeTimelines() {
    String orbitToken = sandbox.issueUserToken(sandbox.user("orbit_news").id());
    String id = create(orbitToken, "A post only followers of orbit see");
    String kaiToken = sandbox.issueUserToken(kai.id());

    assertThat(ids(http.get("/2/users/" + kai.id() + "/timelines/reverse_chronological", kaiToken)))
        .doesNotContain(id);
  }

  @Test
  void deletePost_ownPost_removesItFromSearchTimelinesAndLookup() {
    String id = create(devToken, "Short-lived post #deleteme");

    SandboxHttp.Reply deleted = http.delete("/2/tweets/" + id, devToken);

    assertThat(deleted.status()).isEqualTo(200);
    assertThat(deleted.json().path("data").path("deleted").asBoolean()).isTrue();
    assertThat(ids(http.get("/2/tweets/search/recent?query=%23deleteme", devToken))).isEmpty();
    assertThat(ids(http.get("/2/users/" + dev.id() + "/tweets", devToken))).doesNotContain(id);
    SandboxHttp.Reply lookup = http.get("/2/tweets/" + id, devToken);
    assertThat(lookup.json().has("data")).isFalse();
    assertThat(lookup.json().path("errors").get(0).path("type").asText()).endsWith("/resource-not-found");
  }

  @Test
  void deletePost_otherUsersPost_isForbidden() {
    String kaiPost = create(sandbox.issueUserToken(kai.id()), "Kai's own words");

    assertThat(http.delete("/2/tweets/" + kaiPost, devToken).status()).isEqualTo(403);
    assertThat(http.get("/2/tweets/" + kaiPost, devToken).json().path("data").path("id").asText()).isEqualTo(kaiPost);
  }

  @Test
  void createPost_sameTextTwice_isRefusedAsDuplicate() {
    create(devToken, "Say it once");

    SandboxHttp.Reply again = http.postJson("/2/tweets", devToken, "{\"text\":\"Say it once\"}");

    assertThat(again.status()).isEqualTo(403);
    assertThat(again.json().path("detail").asText()).contains("duplicate content");
  }

  @Test
  void createPost_replyAndQuote_carryReferencesAndConversation() {
    String root = create(devToken, "Root of a thread");
    String reply = create(sandbox.issueUserToken(kai.id()),
        "{\"text\":\"A reply\",\"reply\":{\"in_reply_to_tweet_id\":\"" + root + "\"}}", true);

    JsonNode data = http.get("/2/tweets/" + reply + "?tweet.fields=referenced_tweets,conversation_id,"
        + "in_reply_to_user_id", devToken).json().path("data");

    assertThat(data.path("conversation_id").asText()).isEqualTo(root);
    assertThat(data.path("in_reply_to_user_id").asText()).isEqualTo(dev.id());
    assertThat(data.path("referenced_tweets").get(0).path("type").asText()).isEqualTo("replied_to");
    assertThat(data.path("referenced_tweets").get(0).path("id").asText()).isEqualTo(root);
  }

  @Test
  void createPost_replyToMissingPost_answers400NamingTheParameter() {
    SandboxHttp.Reply reply = http.postJson("/2/tweets", devToken,
        "{\"text\":\"Into the void\",\"reply\":{\"in_reply_to_tweet_id\":\"42\"}}");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().path("errors").get(0).path("parameters").has("reply.in_reply_to_tweet_id")).isTrue();
  }

  @Test
  void countRecentPosts_afterCreatingPosts_countsThemInTheCurrentBucket() {
    int before = http.get("/2/tweets/counts/recent?query=%23countme&granularity=day", sandbox.issueAppToken())
        .json().path("meta").path("total_tweet_count").asInt();
    create(devToken, "First #countme");
    create(devToken, "Second #countme");

    SandboxHttp.Reply counts = http.get("/2/tweets/counts/recent?query=%23countme&granularity=day",
        sandbox.issueAppToken());

    assertThat(before).isZero();
    assertThat(counts.json().path("meta").path("total_tweet_count").asInt()).isEqualTo(2);
    JsonNode buckets = counts.json().path("data");
    assertThat(buckets.get(buckets.size() - 1).path("tweet_count").asInt()).isEqualTo(2);
    assertThat(buckets.get(0).fieldNames()).toIterable().containsExactlyInAnyOrder("start", "end", "tweet_count");
  }

  @Test
  void countRecentPosts_minuteGranularity_returnsOneBucketPerMinuteFromTheAlignedStart() {
    AdjustableClock clock = AdjustableClock.at(java.time.Instant.parse("2026-06-01T10:00:30Z"));
    try (XSandbox timed = XSandbox.builder().clock(clock).start()) {
      SandboxHttp.Reply counts = new SandboxHttp(timed).get("/2/tweets/counts/recent?query=%23sandbox"
          + "&granularity=minute&start_time=2026-06-01T09:50:00Z", timed.issueAppToken());

      JsonNode buckets = counts.json().path("data");
      assertThat(buckets).hasSize(11);
      assertThat(buckets.get(0).path("start").asText()).isEqualTo("2026-06-01T09:50:00.000Z");
      assertThat(buckets.get(10).path("end").asText()).isEqualTo("2026-06-01T10:01:00.000Z");
    }
  }

  private String create(String token, String text) {
    return create(token, "{\"text\":\"" + text + "\"}", true);
  }

  private String create(String token, String json, boolean raw) {
    SandboxHttp.Reply reply = http.postJson("/2/tweets", token, json);
    assertThat(reply.status()).as(reply.raw().body()).isEqualTo(201);
    return reply.json().path("data").path("id").asText();
  }

  static List<String> ids(SandboxHttp.Reply reply) {
    assertThat(reply.status()).as(reply.raw().body()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    reply.json().path("data").forEach(p -> ids.add(p.path("id").asText()));
    return ids;
  }
}
