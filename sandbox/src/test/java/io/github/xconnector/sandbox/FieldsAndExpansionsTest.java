package io.github.xconnector.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FieldsAndExpansionsTest {

  private XSandbox sandbox;
  private SandboxHttp http;
  private String token;
  private SandboxUser dev;

  @BeforeEach
  void start() {
    sandbox = XSandbox.builder().start();
    http = new SandboxHttp(sandbox);
    dev = sandbox.authorizingUser();
    token = sandbox.issueUserToken(dev.id());
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void getPost_noFields_returnsOnlyDefaultFields() {
    String id = newPost("Only the defaults, @kai_rivers #fields");

    JsonNode data = http.get("/2/tweets/" + id, token).json().path("data");

    assertThat(data.fieldNames()).toIterable().containsExactlyInAnyOrder("id", "text", "edit_history_tweet_ids");
  }

  @Test
  void getPost_requestedFields_addsExactlyThose() {
    String id = newPost("Fields on request #fields");

    JsonNode data = http.get("/2/tweets/" + id + "?tweet.fields=created_at,author_id,public_metrics", token)
        .json().path("data");

    assertThat(data.fieldNames()).toIterable().containsExactlyInAnyOrder("id", "text", "edit_history_tweet_ids",
        "created_at", "author_id", "public_metrics");
    assertThat(data.path("author_id").asText()).isEqualTo(dev.id());
    assertThat(data.path("created_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
    assertThat(data.path("public_metrics").path("like_count").asInt()).isZero();
  }

  @Test
  void getPost_authorAndMentionExpansions_fillIncludesUsersWithUserFields() {
    String id = newPost("Expanding @kai_rivers #fields");

    JsonNode body = http.get("/2/tweets/" + id + "?expansions=author_id,entities.mentions.username"
        + "&user.fields=description", token).json();

    JsonNode users = body.path("includes").path("users");
    assertThat(users).hasSize(2);
    assertThat(users.get(0).path("username").asText()).isEqualTo("sandbox_dev");
    assertThat(users.get(1).path("username").asText()).isEqualTo("kai_rivers");
    assertThat(users.get(1).fieldNames()).toIterable().containsExactlyInAnyOrder("id", "name", "username",
        "description");
  }

  @Test
  void getPost_noExpansions_hasNoIncludes() {
    String id = newPost("No includes here @kai_rivers");

    assertThat(http.get("/2/tweets/" + id, token).json().has("includes")).isFalse();
  }

  @Test
  void getPost_referencedTweetsExpansion_includesTheQuotedPostUnderTweets() {
    String quoted = newPost("Worth quoting");
    String quote = postJson("{\"text\":\"Look at this\",\"quote_tweet_id\":\"" + quoted + "\"}");

    JsonNode body = http.get("/2/tweets/" + quote + "?expansions=referenced_tweets.id,referenced_tweets.id.author_id"
        + "&tweet.fields=referenced_tweets", token).json();

    assertThat(body.path("data").path("referenced_tweets").get(0).path("type").asText()).isEqualTo("quoted");
    assertThat(body.path("includes").path("tweets").get(0).path("id").asText()).isEqualTo(quoted);
    assertThat(body.path("includes").path("users").get(0).path("id").asText()).isEqualTo(dev.id());
  }

  @Test
  void getUserByUsername_pinnedTweetExpansion_includesThePinnedPost() {
    JsonNode body = http.get("/2/users/by/username/nora_quill?user.fields=pinned_tweet_id,public_metrics"
        + "&expansions=pinned_tweet_id&tweet.fields=created_at", token).json();

    String pinned = body.path("data").path("pinned_tweet_id").asText();
    assertThat(pinned).isNotEmpty();
    assertThat(body.path("includes").path("tweets").get(0).path("id").asText()).isEqualTo(pinned);
    assertThat(body.path("includes").path("tweets").get(0).has("created_at")).isTrue();
    assertThat(body.path("data").path("public_metrics").has("followers_count")).isTrue();
  }

  @Test
  void getPost_entitiesField_marksHashtagsAndMentionsWithOffsets() {
    String id = newPost("Hi @kai_rivers #tagged");

    JsonNode entities = http.get("/2/tweets/" + id + "?tweet.fields=entities", token).json().path("data")
        .path("entities");

    assertThat(entities.path("mentions").get(0).path("username").asText()).isEqualTo("kai_rivers");
    assertThat(entities.path("mentions").get(0).path("id").asText()).isEqualTo(sandbox.user("kai_rivers").id());
    assertThat(entities.path("mentions").get(0).path("start").asInt()).isEqualTo(3);
    assertThat(entities.path("hashtags").get(0).path("tag").asText()).isEqualTo("tagged");
  }

  @Test
  void getUsers_someIdsMissing_returnsFoundUsersAndPartialErrors() {
    SandboxHttp.Reply reply = http.get("/2/users?ids=" + dev.id() + ",999999", token);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().path("data")).hasSize(1);
    JsonNode error = reply.json().path("errors").get(0);
    assertThat(error.path("resource_id").asText()).isEqualTo("999999");
    assertThat(error.path("title").asText()).isEqualTo("Not Found Error");
  }

  @Test
  void getUsersByUsernames_returnsUsersInRequestOrder() {
    JsonNode data = http.get("/2/users/by?usernames=orbit_news,kai_rivers", token).json().path("data");

    assertThat(data.get(0).path("username").asText()).isEqualTo("orbit_news");
    assertThat(data.get(1).path("username").asText()).isEqualTo("kai_rivers");
  }

  @Test
  void createPost_withPoll_expandsPollWithFields() {
    String id = postJson("{\"text\":\"Tabs or spaces?\",\"poll\":{\"options\":[\"Tabs\",\"Spaces\"],"
        + "\"duration_minutes\":60}}");

    JsonNode body = http.get("/2/tweets/" + id + "?expansions=attachments.poll_ids&poll.fields=duration_minutes,"
        + "voting_status&tweet.fields=attachments", token).json();

    JsonNode poll = body.path("includes").path("polls").get(0);
    assertThat(body.path("data").path("attachments").path("poll_ids").get(0).asText()).isEqualTo(poll.path("id")
        .asText());
    assertThat(poll.path("options").get(1).path("label").asText()).isEqualTo("Spaces");
    assertThat(poll.path("duration_minutes").asInt()).isEqualTo(60);
    assertThat(poll.path("voting_status").asText()).isEqualTo("open");
  }

  private String newPost(String text) {
    return postJson("{\"text\":\"" + text + "\"}");
  }

  private String postJson(String json) {
    SandboxHttp.Reply reply = http.postJson("/2/tweets", token, json);
    assertThat(reply.status()).as(reply.raw().body()).isEqualTo(201);
    return reply.json().path("data").path("id").asText();
  }
}
