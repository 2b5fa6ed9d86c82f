package io.github.xconnector.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PaginationTest {

  private XSandbox sandbox;
  private SandboxHttp http;
  private String token;

  @BeforeEach
  void start() {
    sandbox = XSandbox.builder().start();
    http = new SandboxHttp(sandbox);
    token = sandbox.issueUserToken(sandbox.authorizingUser().id());
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void search_walkingNextTokens_returnsEveryMatchOnceNewestFirst() {
    List<String> created = new ArrayList<>();
    for (int i = 0; i < 23; i++) {
      created.add(0, create("Paging post number " + i + " #pagewalk"));
    }

    List<String> seen = new ArrayList<>();
    List<Integer> pageSizes = new ArrayList<>();
    String next = null;
    do {
      JsonNode body = http.get("/2/tweets/search/recent?query=%23pagewalk&max_results=10"
          + (next == null ? "" : "&next_token=" + next), token).json();
      body.path("data").forEach(p -> seen.add(p.path("id").asText()));
      pageSizes.add(body.path("meta").path("result_count").asInt());
      next = body.path("meta").path("next_token").asText(null);
    } while (next != null);

    assertThat(seen).containsExactlyElementsOf(created);
    assertThat(pageSizes).containsExactly(10, 10, 3);
  }

  @Test
  void userTimeline_page_reportsNewestAndOldestIds() {
    for (int i = 0; i < 6; i++) {
      create("Timeline entry " + i);
    }

    JsonNode body = http.get("/2/users/" + sandbox.authorizingUser().id() + "/tweets?max_results=5", token).json();

    JsonNode data = body.path("data");
    assertThat(data).hasSize(5);
    assertThat(body.path("meta").path("newest_id").asText()).isEqualTo(data.get(0).path("id").asText());
    assertThat(body.path("meta").path("oldest_id").asText()).isEqualTo(data.get(4).path("id").asText());
    assertThat(body.path("meta").path("next_token").asText()).hasSizeGreaterThanOrEqualTo(16);
  }

  @Test
  void userTimeline_tokenAfterNewPosts_resumesAfterTheLastSeenPost() {
    for (int i = 0; i < 7; i++) {
      create("Stable walk " + i);
    }
    String path = "/2/users/" + sandbox.authorizingUser().id() + "/tweets?max_results=5";
    JsonNode first = http.get(path, token).json();
    String lastSeen = first.path("data").get(4).path("id").asText();
    create("Arrives between pages");

    JsonNode second = http.get(path + "&pagination_token=" + first.path("meta").path("next_token").asText(), token)
        .json();

    assertThat(Long.parseLong(second.path("data").get(0).path("id").asText())).isLessThan(Long.parseLong(lastSeen));
  }

  @Test
  void followers_maxResultsOne_pagesThroughAllFollowers() {
    String devId = sandbox.authorizingUser().id();
    List<String> seen = new ArrayList<>();
    String next = null;
    do {
      JsonNode body = http.get("/2/users/" + devId + "/followers?max_results=1"
          + (next == null ? "" : "&pagination_token=" + next), token).json();
      body.path("data").forEach(u -> seen.add(u.path("username").asText()));
      next = body.path("meta").path("next_token").asText(null);
    } while (next != null);

    assertThat(seen).containsExactlyInAnyOrder("kai_rivers", "nora_quill", "quiet_pat");
  }

  @Test
  void followers_maxResultsAboveThousand_answers400() {
    assertThat(http.get("/2/users/" + sandbox.authorizingUser().id() + "/followers?max_results=1001", token)
        .status()).isEqualTo(400);
  }

  @Test
  void timeline_maxResultsBelowFive_answers400() {
    assertThat(http.get("/2/users/" + sandbox.authorizingUser().id() + "/tweets?max_results=4", token).status())
        .isEqualTo(400);
  }

  @Test
  void timeline_forgedPaginationToken_answers400() {
    SandboxHttp.Reply reply = http.get("/2/users/" + sandbox.authorizingUser().id()
        + "/tweets?pagination_token=forged-token-value-123", token);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().path("errors").get(0).path("parameters").has("pagination_token")).isTrue();
  }

  private String create(String text) {
    SandboxHttp.Reply reply = http.postJson("/2/tweets", token, "{\"text\":\"" + text + "\"}");
    assertThat(reply.status()).isEqualTo(201);
    return reply.json().path("data").path("id").asText();
  }
}
