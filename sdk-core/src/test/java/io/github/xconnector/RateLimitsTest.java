package io.github.xconnector;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.xconnector.testing.XTest.NOW;
import static io.github.xconnector.testing.XTest.client;
import static io.github.xconnector.testing.XTest.example;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.xconnector.generated.model.UserResponse;
import io.github.xconnector.testing.XTest;
import io.github.xconnector.transport.RateLimit;
import io.github.xconnector.transport.RateLimited;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RateLimitsTest {

  @RegisterExtension
  static WireMockExtension x = XTest.wireMock();

  private static final long RESET = NOW.plusSeconds(900).getEpochSecond();

  @Test
  void me_withRateLimitHeaders_recordsEndpointWindow() {
    x.stubFor(get(urlPathEqualTo("/2/users/me"))
        .willReturn(okJson(example("docs/users_lookup_quickstart_authenticated-lookup__0.json"))
            .withHeader("x-rate-limit-limit", "75").withHeader("x-rate-limit-remaining", "74")
            .withHeader("x-rate-limit-reset", String.valueOf(RESET))));
    XClient client = client(x);

    client.users().me();

    RateLimit.Window window = client.rateLimits().latest("GET /2/users/me").orElseThrow().endpoint().orElseThrow();
    assertThat(window.limit()).isEqualTo(75);
    assertThat(window.remaining()).isEqualTo(74);
    assertThat(window.resetAt()).contains(NOW.plusSeconds(900));
  }

  @Test
  void createPost_withDailyUserHeaders_recordsUnderPathTemplateAndKeepsLatest() {
    x.stubFor(post(urlPathEqualTo("/2/tweets")).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"data\":{\"id\":\"1\",\"text\":\"hi\",\"edit_history_tweet_ids\":[\"1\"]}}")
        .withHeader("x-user-limit-24hour-limit", "100").withHeader("x-user-limit-24hour-remaining", "99")
        .withHeader("x-user-limit-24hour-reset", String.valueOf(RESET))));
    XClient client = client(x);

    client.posts().create("hi");
    x.stubFor(post(urlPathEqualTo("/2/tweets")).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"data\":{\"id\":\"2\",\"text\":\"hi\",\"edit_history_tweet_ids\":[\"2\"]}}")
        .withHeader("x-user-limit-24hour-limit", "100").withHeader("x-user-limit-24hour-remaining", "98")
        .withHeader("x-user-limit-24hour-reset", String.valueOf(RESET))));
    client.posts().create("hi again");

    RateLimit latest = client.rateLimits().latest("POST /2/tweets").orElseThrow();
    assertThat(latest.userDaily().orElseThrow().remaining()).isEqualTo(98);
    assertThat(latest.endpoint()).isEmpty();
    assertThat(client.rateLimits().snapshot()).containsOnlyKeys("POST /2/tweets");
  }

  @Test
  void getUser_withoutHeaders_recordsNothing() {
    x.stubFor(get(urlPathEqualTo("/2/users/2244994945"))
        .willReturn(okJson(example("docs/users_lookup_integrate__1.json"))));
    XClient client = client(x);

    client.users().get("2244994945");

    assertThat(client.rateLimits().latest("GET /2/users/{id}")).isEmpty();
    assertThat(client.rateLimits().snapshot()).isEmpty();
  }

  @Test
  void followers_page_recordsPathTemplateWithoutQuery() {
    x.stubFor(get(urlPathEqualTo("/2/users/42/followers"))
        .willReturn(okJson("{\"data\":[{\"id\":\"7\",\"name\":\"A\",\"username\":\"a\"}],\"meta\":{\"result_count\":1}}")
            .withHeader("x-rate-limit-limit", "15").withHeader("x-rate-limit-remaining", "14")
            .withHeader("x-rate-limit-reset", String.valueOf(RESET))));
    XClient client = client(x);

    client.follows().followers("42").firstPage();

    assertThat(client.rateLimits().snapshot()).containsOnlyKeys("GET /2/users/{id}/followers");
  }

  @Test
  void capture_callsFromEightThreads_eachGetsItsOwnResponsesState() throws Exception {
    for (int i = 1; i <= 8; i++) {
      x.stubFor(get(urlPathEqualTo("/2/users/" + i))
          .willReturn(okJson("{\"data\":{\"id\":\"" + i + "\",\"name\":\"n\",\"username\":\"u" + i + "\"}}")
              .withHeader("x-rate-limit-limit", "900").withHeader("x-rate-limit-remaining", String.valueOf(900 - i))
              .withHeader("x-rate-limit-reset", String.valueOf(RESET))));
    }
    XClient client = client(x);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<RateLimited<UserResponse>>> calls = new ArrayList<>();
      for (int i = 1; i <= 8; i++) {
        String id = String.valueOf(i);
        calls.add(pool.submit(() -> client.rateLimits().capture(() -> client.users().get(id))));
      }
      for (Future<RateLimited<UserResponse>> call : calls) {
        RateLimited<UserResponse> user = call.get(30, TimeUnit.SECONDS);
        int id = Integer.parseInt(user.result().getData().getId());
        assertThat(user.rateLimit().endpoint().orElseThrow().remaining()).isEqualTo(900 - id);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void capture_callWithoutHeaders_hasEmptyStateAndLeavesNoCaptureBehind() {
    x.stubFor(get(urlPathEqualTo("/2/users/2244994945"))
        .willReturn(okJson(example("docs/users_lookup_integrate__1.json"))));
    x.stubFor(get(urlPathEqualTo("/2/users/me"))
        .willReturn(okJson(example("docs/users_lookup_quickstart_authenticated-lookup__0.json"))
            .withHeader("x-rate-limit-limit", "75").withHeader("x-rate-limit-remaining", "70")
            .withHeader("x-rate-limit-reset", String.valueOf(RESET))));
    XClient client = client(x);

    RateLimited<UserResponse> user = client.rateLimits().capture(() -> client.users().get("2244994945"));
    client.users().me();

    assertThat(user.result().getData().getId()).isEqualTo("2244994945");
    assertThat(user.rateLimit().endpoint()).isEmpty();
    assertThat(client.rateLimits().latest("GET /2/users/me").orElseThrow().endpoint().orElseThrow().remaining())
        .isEqualTo(70);
  }
}
