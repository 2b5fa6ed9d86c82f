package io.github.xconnector.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SocialStateTest {

  private XSandbox sandbox;
  private SandboxHttp http;
  private SandboxUser dev;
  private SandboxUser nora;
  private String devToken;

  @BeforeEach
  void start() {
    sandbox = XSandbox.builder().start();
    http = new SandboxHttp(sandbox);
    dev = sandbox.user("sandbox_dev");
    nora = sandbox.user("nora_quill");
    devToken = sandbox.issueUserToken(dev.id());
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void followUser_changesListsAndBothUsersMetrics() {
    int followersBefore = metric(nora.id(), "followers_count");
    int followingBefore = metric(dev.id(), "following_count");

    SandboxHttp.Reply reply = http.postJson("/2/users/" + dev.id() + "/following", devToken,
        "{\"target_user_id\":\"" + nora.id() + "\"}");

    assertThat(reply.json().path("data").path("following").asBoolean()).isTrue();
    assertThat(reply.json().path("data").path("pending_follow").asBoolean()).isFalse();
    assertThat(usernames("/2/users/" + nora.id() + "/followers")).first().isEqualTo("sandbox_dev");
    assertThat(usernames("/2/users/" + dev.id() + "/following")).contains("nora_quill");
    assertThat(metric(nora.id(), "followers_count")).isEqualTo(followersBefore + 1);
    assertThat(metric(dev.id(), "following_count")).isEqualTo(followingBefore + 1);
  }

  @Test
  void unfollowUser_removesFromListsAndHomeTimeline() {
    String orbitPost = PostStateTest.ids(http.get("/2/users/" + sandbox.user("orbit_news").id() + "/tweets",
        devToken)).get(0);
    String home = "/2/users/" + dev.id() + "/timelines/reverse_chronological?max_results=100";
    assertThat(PostStateTest.ids(http.get(home, devToken))).contains(orbitPost);

    SandboxHttp.Reply reply = http.delete("/2/users/" + dev.id() + "/following/" + sandbox.user("orbit_news").id(),
        devToken);

    assertThat(reply.json().path("data").path("following").asBoolean()).isFalse();
    assertThat(usernames("/2/users/" + dev.id() + "/following")).doesNotContain("orbit_news");
    assertThat(PostStateTest.ids(http.get(home, devToken))).doesNotContain(orbitPost);
  }

  @Test
  void followUser_protectedAccount_isPending() {
    SandboxHttp.Reply reply = http.postJson("/2/users/" + dev.id() + "/following", devToken,
        "{\"target_user_id\":\"" + sandbox.user("quiet_pat").id() + "\"}");

    assertThat(reply.json().path("data").path("following").asBoolean()).isFalse();
    assertThat(reply.json().path("data").path("pending_follow").asBoolean()).isTrue();
  }

  @Test
  void likeAndUnlike_changeLikingUsersLikedPostsAndLikeCount() {
    String postId = noraPost();

    http.postJson("/2/users/" + dev.id() + "/likes", devToken, "{\"tweet_id\":\"" + postId + "\"}");

    assertThat(usernames("/2/tweets/" + postId + "/liking_users")).containsExactly("sandbox_dev");
    assertThat(PostStateTest.ids(http.get("/2/users/" + dev.id() + "/liked_tweets", devToken))).first()
        .isEqualTo(postId);
    assertThat(likeCount(postId)).isEqualTo(1);

    SandboxHttp.Reply unliked = http.delete("/2/users/" + dev.id() + "/likes/" + postId, devToken);

    assertThat(unliked.json().path("data").path("liked").asBoolean()).isFalse();
    assertThat(usernames("/2/tweets/" + postId + "/liking_users")).isEmpty();
    assertThat(likeCount(postId)).isZero();
  }

  @Test
  void likingUsers_ofMissingPost_answers200WithNotFoundError() {
    SandboxHttp.Reply reply = http.get("/2/tweets/1553481126915854339/liking_users", devToken);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().path("errors").get(0).path("detail").asText())
        .isEqualTo("Could not find tweet with id: [1553481126915854339].");
  }

  @Test
  void repostAndUndo_changeRepostedByRetweetCountAndTimeline() {
    String postId = noraPost();

    SandboxHttp.Reply reposted = http.postJson("/2/users/" + dev.id() + "/retweets", devToken,
        "{\"tweet_id\":\"" + postId + "\"}");

    assertThat(reposted.json().path("data").path("retweeted").asBoolean()).isTrue();
    assertThat(usernames("/2/tweets/" + postId + "/retweeted_by")).containsExactly("sandbox_dev");
    assertThat(http.get("/2/tweets/" + postId + "?tweet.fields=public_metrics", devToken).json().path("data")
        .path("public_metrics").path("retweet_count").asInt()).isEqualTo(1);
    JsonNode newest = http.get("/2/users/" + dev.id() + "/tweets?tweet.fields=referenced_tweets", devToken).json()
        .path("data").get(0);
    assertThat(newest.path("referenced_tweets").get(0).path("id").asText()).isEqualTo(postId);
    assertThat(newest.path("text").asText()).startsWith("RT @nora_quill: ");

    http.delete("/2/users/" + dev.id() + "/retweets/" + postId, devToken);

    assertThat(usernames("/2/tweets/" + postId + "/retweeted_by")).isEmpty();
    assertThat(http.get("/2/users/" + dev.id() + "/tweets?exclude=replies", devToken).json().path("data").get(0)
        .path("text").asText()).doesNotStartWith("RT @");
  }

  @Test
  void createPost_increasesAuthorTweetCount() {
    int before = metric(dev.id(), "tweet_count");

    http.postJson("/2/tweets", devToken, "{\"text\":\"Counting up\"}");

    assertThat(metric(dev.id(), "tweet_count")).isEqualTo(before + 1);
  }

  private String noraPost() {
    SandboxHttp.Reply reply = http.postJson("/2/tweets", sandbox.issueUserToken(nora.id()),
        "{\"text\":\"Nora posts something likeable\"}");
    return reply.json().path("data").path("id").asText();
  }

  private int likeCount(String postId) {
    return http.get("/2/tweets/" + postId + "?tweet.fields=public_metrics", devToken).json().path("data")
        .path("public_metrics").path("like_count").asInt();
  }

  private int metric(String userId, String name) {
    return http.get("/2/users/" + userId + "?user.fields=public_metrics", devToken).json().path("data")
        .path("public_metrics").path(name).asInt();
  }

  private List<String> usernames(String path) {
    SandboxHttp.Reply reply = http.get(path, devToken);
    assertThat(reply.status()).as(reply.raw().body()).isEqualTo(200);
    List<String> names = new ArrayList<>();
    reply.json().path("data").forEach(u -> names.add(u.path("username").asText()));
    return names;
  }
}
