package io.github.xconnector.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Lists keep their state: members, followers, posts, privacy, pins and deletion show in every later read. */
class ListStateTest {

  private XSandbox sandbox;
  private SandboxHttp http;
  private SandboxUser dev;
  private SandboxUser nora;
  private SandboxUser kai;
  private String devToken;
  private String noraToken;

  @BeforeEach
  void start() {
    sandbox = XSandbox.builder().start();
    http = new SandboxHttp(sandbox);
    dev = sandbox.user("sandbox_dev");
    nora = sandbox.user("nora_quill");
    kai = sandbox.user("kai_rivers");
    devToken = sandbox.issueUserToken(dev.id());
    noraToken = sandbox.issueUserToken(nora.id());
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void create_twice_makesTwoListsOwnedByTheCaller_newestFirst() {
    String first = create(devToken, "{\"name\":\"First\"}");
    String second = create(devToken, "{\"name\":\"First\"}");

    assertThat(second).isNotEqualTo(first).matches("[0-9]{1,19}");
    assertThat(ids(http.get("/2/users/" + dev.id() + "/owned_lists", devToken))).containsExactly(second, first);
    JsonNode list = http.get("/2/lists/" + first + "?list.fields=owner_id,private,member_count,follower_count,"
        + "created_at,description", devToken).json().path("data");
    assertThat(list.path("owner_id").asText()).isEqualTo(dev.id());
    assertThat(list.path("private").asBoolean()).isFalse();
    assertThat(list.path("member_count").asInt()).isZero();
    assertThat(list.path("created_at").asText()).endsWith("Z");
  }

  @Test
  void members_addAndRemove_changeMembersMembershipsAndPosts() {
    String listId = create(devToken, "{\"name\":\"Friends\"}");
    http.postJson("/2/lists/" + listId + "/members", devToken, "{\"user_id\":\"" + nora.id() + "\"}");
    http.postJson("/2/lists/" + listId + "/members", devToken, "{\"user_id\":\"" + nora.id() + "\"}");
    http.postJson("/2/lists/" + listId + "/members", devToken, "{\"user_id\":\"" + kai.id() + "\"}");

    assertThat(ids(http.get("/2/lists/" + listId + "/members", devToken))).containsExactly(kai.id(), nora.id());
    assertThat(ids(http.get("/2/users/" + nora.id() + "/list_memberships", devToken))).containsExactly(listId);
    assertThat(authors(listId)).contains(nora.id(), kai.id()).containsOnly(nora.id(), kai.id());

    SandboxHttp.Reply removed = http.delete("/2/lists/" + listId + "/members/" + kai.id(), devToken);

    assertThat(removed.json().path("data").path("is_member").asBoolean()).isFalse();
    assertThat(ids(http.get("/2/lists/" + listId + "/members", devToken))).containsExactly(nora.id());
    assertThat(authors(listId)).containsOnly(nora.id());
    assertThat(ids(http.get("/2/users/" + kai.id() + "/list_memberships", devToken))).isEmpty();
  }

  @Test
  void posts_followNewPostsOfMembers() {
    String listId = create(devToken, "{\"name\":\"Nora\"}");
    http.postJson("/2/lists/" + listId + "/members", devToken, "{\"user_id\":\"" + nora.id() + "\"}");

    String posted = http.postJson("/2/tweets", noraToken, "{\"text\":\"Fresh from Nora\"}").json().path("data")
        .path("id").asText();

    assertThat(ids(http.get("/2/lists/" + listId + "/tweets", devToken))).first().isEqualTo(posted);
  }

  @Test
  void members_paged_useShortNumericTokens_andResumeAfterTheLastMember() {
    String listId = create(devToken, "{\"name\":\"Everyone\"}");
    List<String> added = new ArrayList<>();
    for (SandboxUser user : sandbox.users()) {
      http.postJson("/2/lists/" + listId + "/members", devToken, "{\"user_id\":\"" + user.id() + "\"}");
      added.add(0, user.id());
    }

    List<String> walked = new ArrayList<>();
    String token = null;
    do {
      SandboxHttp.Reply page = http.get("/2/lists/" + listId + "/members?max_results=2"
          + (token == null ? "" : "&pagination_token=" + token), devToken);
      assertThat(page.status()).isEqualTo(200);
      walked.addAll(ids(page));
      token = page.json().path("meta").path("next_token").asText(null);
      assertThat(token == null || token.matches("[0-9]{1,19}")).as(token).isTrue();
    } while (token != null);

    assertThat(walked).isEqualTo(added);
    assertThat(http.get("/2/lists/" + listId + "/members?pagination_token=42", devToken).status()).isEqualTo(400);
  }

  @Test
  void privateList_isVisibleOnlyToItsOwner() {
    String listId = create(devToken, "{\"name\":\"Secret\",\"private\":true}");
    http.postJson("/2/lists/" + listId + "/members", devToken, "{\"user_id\":\"" + nora.id() + "\"}");

    assertThat(http.get("/2/lists/" + listId, devToken).json().path("data").path("name").asText())
        .isEqualTo("Secret");
    JsonNode asNora = http.get("/2/lists/" + listId, noraToken).json();
    assertThat(asNora.has("data")).isFalse();
    assertThat(asNora.path("errors").get(0).path("resource_type").asText()).isEqualTo("list");
    assertThat(http.get("/2/lists/" + listId, sandbox.issueAppToken()).json().has("data")).isFalse();
    assertThat(http.get("/2/lists/" + listId + "/members", noraToken).json().has("data")).isFalse();
    assertThat(ids(http.get("/2/users/" + dev.id() + "/owned_lists", noraToken))).isEmpty();
    assertThat(ids(http.get("/2/users/" + nora.id() + "/list_memberships", noraToken))).isEmpty();
    assertThat(ids(http.get("/2/users/" + nora.id() + "/list_memberships", devToken))).containsExactly(listId);
    assertThat(http.postJson("/2/users/" + nora.id() + "/followed_lists", noraToken,
        "{\"list_id\":\"" + listId + "\"}").status()).isEqualTo(400);
  }

  @Test
  void makingAListPrivate_hidesItFromItsFollowersAndPins() {
    String listId = create(devToken, "{\"name\":\"Open\"}");
    http.postJson("/2/users/" + nora.id() + "/followed_lists", noraToken, "{\"list_id\":\"" + listId + "\"}");
    http.postJson("/2/users/" + nora.id() + "/pinned_lists", noraToken, "{\"list_id\":\"" + listId + "\"}");
    assertThat(ids(http.get("/2/users/" + nora.id() + "/followed_lists", noraToken))).containsExactly(listId);
    assertThat(ids(http.get("/2/users/" + nora.id() + "/pinned_lists", noraToken))).containsExactly(listId);

    SandboxHttp.Reply updated = http.putJson("/2/lists/" + listId, devToken, "{\"private\":true}");

    assertThat(updated.json().path("data").path("updated").asBoolean()).isTrue();
    assertThat(ids(http.get("/2/users/" + nora.id() + "/followed_lists", noraToken))).isEmpty();
    assertThat(ids(http.get("/2/users/" + nora.id() + "/pinned_lists", noraToken))).isEmpty();
    assertThat(http.get("/2/lists/" + listId + "?list.fields=name", devToken).json().path("data").path("name")
        .asText()).isEqualTo("Open");
  }

  @Test
  void followAndPin_twice_changeNothing_andPersistUntilUndone() {
    String listId = create(devToken, "{\"name\":\"Followed\"}");
    for (int i = 0; i < 2; i++) {
      assertThat(http.postJson("/2/users/" + nora.id() + "/followed_lists", noraToken,
          "{\"list_id\":\"" + listId + "\"}").json().path("data").path("following").asBoolean()).isTrue();
      assertThat(http.postJson("/2/users/" + nora.id() + "/pinned_lists", noraToken,
          "{\"list_id\":\"" + listId + "\"}").json().path("data").path("pinned").asBoolean()).isTrue();
    }

    assertThat(ids(http.get("/2/lists/" + listId + "/followers", devToken))).containsExactly(nora.id());
    assertThat(http.get("/2/lists/" + listId + "?list.fields=follower_count", devToken).json().path("data")
        .path("follower_count").asInt()).isEqualTo(1);
    JsonNode pinned = http.get("/2/users/" + nora.id() + "/pinned_lists?expansions=owner_id", noraToken).json();
    assertThat(pinned.path("meta").path("result_count").asInt()).isEqualTo(1);
    assertThat(pinned.path("includes").path("users").get(0).path("id").asText()).isEqualTo(dev.id());

    http.delete("/2/users/" + nora.id() + "/followed_lists/" + listId, noraToken);
    http.delete("/2/users/" + nora.id() + "/pinned_lists/" + listId, noraToken);

    assertThat(ids(http.get("/2/lists/" + listId + "/followers", devToken))).isEmpty();
    assertThat(ids(http.get("/2/users/" + nora.id() + "/pinned_lists", noraToken))).isEmpty();
  }

  @Test
  void delete_removesTheListFromEveryView() {
    String listId = create(devToken, "{\"name\":\"Doomed\"}");
    http.postJson("/2/lists/" + listId + "/members", devToken, "{\"user_id\":\"" + kai.id() + "\"}");
    http.postJson("/2/users/" + nora.id() + "/followed_lists", noraToken, "{\"list_id\":\"" + listId + "\"}");
    http.postJson("/2/users/" + nora.id() + "/pinned_lists", noraToken, "{\"list_id\":\"" + listId + "\"}");

    assertThat(http.delete("/2/lists/" + listId, devToken).json().path("data").path("deleted").asBoolean()).isTrue();

    assertThat(http.get("/2/lists/" + listId, devToken).json().has("data")).isFalse();
    assertThat(ids(http.get("/2/users/" + dev.id() + "/owned_lists", devToken))).isEmpty();
    assertThat(ids(http.get("/2/users/" + kai.id() + "/list_memberships", devToken))).isEmpty();
    assertThat(ids(http.get("/2/users/" + nora.id() + "/followed_lists", noraToken))).isEmpty();
    assertThat(ids(http.get("/2/users/" + nora.id() + "/pinned_lists", noraToken))).isEmpty();
  }

  @Test
  void changes_byAnotherUser_areRefused() {
    String listId = create(devToken, "{\"name\":\"Mine\"}");

    assertThat(http.putJson("/2/lists/" + listId, noraToken, "{\"name\":\"Hers\"}").status()).isEqualTo(403);
    assertThat(http.postJson("/2/lists/" + listId + "/members", noraToken, "{\"user_id\":\"" + nora.id() + "\"}")
        .status()).isEqualTo(403);
    assertThat(http.delete("/2/lists/" + listId, noraToken).status()).isEqualTo(403);
    assertThat(http.get("/2/lists/" + listId, devToken).json().path("data").path("name").asText()).isEqualTo("Mine");
  }

  @Test
  void scopes_areEnforced() {
    String readOnly = sandbox.issueUserToken(dev.id(), "tweet.read", "users.read", "list.read");
    String noLists = sandbox.issueUserToken(dev.id(), "tweet.read", "users.read");

    assertThat(http.postJson("/2/lists", readOnly, "{\"name\":\"x\"}").status()).isEqualTo(403);
    assertThat(http.get("/2/users/" + dev.id() + "/owned_lists", noLists).status()).isEqualTo(403);
    assertThat(http.get("/2/users/" + dev.id() + "/owned_lists", readOnly).status()).isEqualTo(200);
    assertThat(http.get("/2/users/" + dev.id() + "/pinned_lists", sandbox.issueAppToken()).status()).isEqualTo(403);
  }

  @Test
  void nameAndDescriptionLengths_areThoseOfTheSpec() {
    assertThat(http.postJson("/2/lists", devToken, "{\"name\":\"" + "n".repeat(26) + "\"}").status())
        .isEqualTo(400);
    assertThat(http.postJson("/2/lists", devToken, "{\"name\":\"\"}").status()).isEqualTo(400);
    assertThat(http.postJson("/2/lists", devToken, "{\"name\":\"ok\",\"description\":\"" + "d".repeat(101)
        + "\"}").status()).isEqualTo(400);
    assertThat(http.postJson("/2/lists", devToken, "{\"name\":\"" + "n".repeat(25) + "\",\"description\":\""
        + "d".repeat(100) + "\"}").status()).isEqualTo(200);
  }

  private String create(String token, String body) {
    SandboxHttp.Reply reply = http.postJson("/2/lists", token, body);
    assertThat(reply.status()).as(reply.raw().body()).isEqualTo(200);
    return reply.json().path("data").path("id").asText();
  }

  private List<String> authors(String listId) {
    List<String> authors = new ArrayList<>();
    http.get("/2/lists/" + listId + "/tweets?tweet.fields=author_id&max_results=100", devToken).json().path("data")
        .forEach(p -> authors.add(p.path("author_id").asText()));
    return authors;
  }

  private static List<String> ids(SandboxHttp.Reply reply) {
    assertThat(reply.status()).as(reply.raw().body()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    reply.json().path("data").forEach(item -> ids.add(item.path("id").asText()));
    return ids;
  }
}
