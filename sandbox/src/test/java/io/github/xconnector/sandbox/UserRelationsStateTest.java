package io.github.xconnector.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Mutes, blocks, user search and bookmark folders over raw HTTP: state, scopes and the caller's own id. */
class UserRelationsStateTest {

  private XSandbox sandbox;
  private SandboxHttp http;
  private String dev;
  private String kai;
  private String token;

  @BeforeEach
  void start() {
    sandbox = XSandbox.builder().start();
    http = new SandboxHttp(sandbox);
    dev = sandbox.user("sandbox_dev").id();
    kai = sandbox.user("kai_rivers").id();
    token = sandbox.issueUserToken(dev);
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void mute_isListedUntilUnmuted_andOnlyWithTheMuteScopes() {
    String readOnly = sandbox.issueUserToken(dev, "tweet.read", "users.read", "mute.read");
    assertThat(http.postJson("/2/users/" + dev + "/muting", readOnly, "{\"target_user_id\":\"" + kai + "\"}")
        .status()).isEqualTo(403);
    assertThat(http.get("/2/users/" + dev + "/muting", sandbox.issueUserToken(dev, "tweet.read", "users.read"))
        .status()).isEqualTo(403);

    SandboxHttp.Reply muted = http.postJson("/2/users/" + dev + "/muting", token,
        "{\"target_user_id\":\"" + kai + "\"}");
    assertThat(muted.status()).isEqualTo(200);
    assertThat(muted.json().path("data").path("muting").asBoolean()).isTrue();
    assertThat(ids(http.get("/2/users/" + dev + "/muting", readOnly).json())).containsExactly(kai);

    SandboxHttp.Reply unmuted = http.delete("/2/users/" + dev + "/muting/" + kai, token);
    assertThat(unmuted.json().path("data").path("muting").asBoolean()).isFalse();
    assertThat(ids(http.get("/2/users/" + dev + "/muting", readOnly).json())).isEmpty();
  }

  @Test
  void mute_anotherUsersList_orAnUnknownUser_isRefused() {
    assertThat(http.get("/2/users/" + kai + "/muting", token).status()).isEqualTo(403);
    assertThat(http.postJson("/2/users/" + dev + "/muting", token, "{\"target_user_id\":\"1999999999\"}")
        .status()).isEqualTo(400);
    assertThat(http.postJson("/2/users/" + dev + "/muting", token, "{\"target_user_id\":\"" + dev + "\"}")
        .status()).isEqualTo(400);
  }

  @Test
  void block_endsTheFollowsBothWays_hidesTheirPostsFromHome_andNeedsBlockRead() {
    assertThat(http.get("/2/users/" + dev + "/following", token).raw().body()).contains(kai);

    sandbox.block(dev, kai);

    assertThat(ids(http.get("/2/users/" + dev + "/blocking", token).json())).containsExactly(kai);
    assertThat(http.get("/2/users/" + dev + "/blocking", sandbox.issueUserToken(dev, "tweet.read", "users.read"))
        .status()).isEqualTo(403);
    assertThat(http.get("/2/users/" + dev + "/following", token).raw().body()).doesNotContain(kai);
    assertThat(http.get("/2/users/" + kai + "/following", token).raw().body()).doesNotContain(dev);
    JsonNode home = http.get("/2/users/" + dev + "/timelines/reverse_chronological?tweet.fields=author_id"
        + "&max_results=100", token).json();
    home.path("data").forEach(post -> assertThat(post.path("author_id").asText()).isNotEqualTo(kai));
    JsonNode status = http.get("/2/users/" + kai + "?user.fields=connection_status", token).json();
    assertThat(status.path("data").path("connection_status").toString()).isEqualTo("[\"blocking\"]");
  }

  @Test
  void search_matchesEveryWordInNameOrUsername() {
    assertThat(ids(http.get("/2/users/search?query=quill", token).json()))
        .containsExactly(sandbox.user("nora_quill").id());
    assertThat(ids(http.get("/2/users/search?query=sandbox%20dev", token).json())).containsExactly(dev);
    assertThat(http.get("/2/users/search?query=a%3Bb", token).status()).isEqualTo(400);
  }

  @Test
  void bookmarkFolders_listTheSeededFolders_andAnUnknownFolderIsAnError() {
    JsonNode folders = http.get("/2/users/" + dev + "/bookmarks/folders", token).json();
    assertThat(folders.path("data")).hasSize(2);
    String first = folders.path("data").get(0).path("id").asText();
    assertThat(ids(http.get("/2/users/" + dev + "/bookmarks/folders/" + first, token).json())).hasSize(1);

    JsonNode unknown = http.get("/2/users/" + dev + "/bookmarks/folders/42", token).json();
    assertThat(unknown.has("data")).isFalse();
    assertThat(unknown.path("errors").get(0).path("resource_id").asText()).isEqualTo("42");
    assertThat(http.get("/2/users/" + dev + "/bookmarks/folders", sandbox.issueUserToken(dev, "users.read"))
        .status()).isEqualTo(403);
  }

  private static List<String> ids(JsonNode body) {
    List<String> ids = new ArrayList<>();
    body.path("data").forEach(item -> ids.add(item.path("id").asText()));
    return ids;
  }
}
