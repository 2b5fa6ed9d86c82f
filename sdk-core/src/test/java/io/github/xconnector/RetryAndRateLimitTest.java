package io.github.xconnector;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.xconnector.testing.XTest.NOW;
import static io.github.xconnector.testing.XTest.USER_TOKEN;
import static io.github.xconnector.testing.XTest.example;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.xconnector.errors.RateLimitException;
import io.github.xconnector.errors.ServerException;
import io.github.xconnector.errors.XException;
import io.github.xconnector.generated.model.Post;
import io.github.xconnector.paging.Page;
import io.github.xconnector.testing.RecordingSleeper;
import io.github.xconnector.testing.XTest;
import io.github.xconnector.transport.RetryPolicy;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Rate limits and server errors: exact waits from the fixed clock, no waits where waiting cannot help. */
class RetryAndRateLimitTest {

  @RegisterExtension
  static WireMockExtension x = XTest.wireMock();

  private static final String SEARCH = "/2/tweets/search/recent";
  private static final String SEARCH_PAGE = "{\"data\":[{\"id\":\"1\",\"text\":\"found\"}],\"meta\":{\"result_count\":1}}";

  private final RecordingSleeper sleeper = new RecordingSleeper();

  @Test
  void search_429AtStartOfFifteenMinuteWindow_defaultPolicyWaitsTheWholeWindowPlusMargin() {
    Instant reset = NOW.plusSeconds(900);
    answerInTurn(SEARCH,
        rateLimited().withHeader("x-rate-limit-reset", String.valueOf(reset.getEpochSecond())),
        okJson(SEARCH_PAGE));

    Page<Post> page = client().search().recent("java").firstPage();

    assertThat(page.items()).extracting(Post::getText).containsExactly("found");
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(901));
  }

  @Test
  void search_429WithResetThen200_waitsUntilResetPlusOneSecondAndRetriesOnce() {
    Instant reset = NOW.plusSeconds(30);
    answerInTurn(SEARCH,
        rateLimited().withHeader("x-rate-limit-reset", String.valueOf(reset.getEpochSecond())),
        okJson(SEARCH_PAGE).withHeader("x-rate-limit-limit", "450").withHeader("x-rate-limit-remaining", "449")
            .withHeader("x-rate-limit-reset", String.valueOf(NOW.plusSeconds(900).getEpochSecond()))
            .withHeader("x-app-limit-24hour-limit", "10000").withHeader("x-app-limit-24hour-remaining", "9998")
            .withHeader("x-user-limit-24hour-limit", "500").withHeader("x-user-limit-24hour-remaining", "12"));

    Page<Post> page = client().search().recent("java").firstPage();

    assertThat(page.items()).extracting(Post::getText).containsExactly("found");
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(31));
    x.verify(2, getRequestedFor(urlPathEqualTo(SEARCH)));
    assertThat(page.rateLimit().endpoint()).hasValueSatisfying(window -> {
      assertThat(window.limit()).isEqualTo(450);
      assertThat(window.remaining()).isEqualTo(449);
      assertThat(window.resetAt()).contains(NOW.plusSeconds(900));
    });
    assertThat(page.rateLimit().appDaily()).hasValueSatisfying(w -> assertThat(w.remaining()).isEqualTo(9998));
    assertThat(page.rateLimit().userDaily()).hasValueSatisfying(w -> assertThat(w.limit()).isEqualTo(500));
  }

  @Test
  void search_429WithRetryAfter_waitsRetryAfterPlusMarginInsteadOfReset() {
    answerInTurn(SEARCH,
        rateLimited().withHeader("Retry-After", "7")
            .withHeader("x-rate-limit-reset", String.valueOf(NOW.plusSeconds(600).getEpochSecond())),
        okJson(SEARCH_PAGE));

    client().search().recent("java").firstPage();

    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(8));
    x.verify(2, getRequestedFor(urlPathEqualTo(SEARCH)));
  }

  @Test
  void likedPosts_usageCapped429_failsAtOnceWithoutWaiting() {
    x.stubFor(get(urlPathEqualTo("/2/users/2244994945/liked_tweets")).willReturn(aResponse().withStatus(429)
        .withHeader("Content-Type", "application/problem+json")
        .withHeader("x-rate-limit-reset", String.valueOf(NOW.plusSeconds(5).getEpochSecond()))
        .withBody(example("error-reports/429_usage_capped_liked_tweets.json"))));

    RateLimitException failure = catchThrowableOfType(RateLimitException.class,
        () -> client().likes().likedPosts("2244994945").firstPage());

    assertThat(failure.usageCapped()).isTrue();
    assertThat(sleeper.waits()).isEmpty();
    x.verify(1, getRequestedFor(urlPathEqualTo("/2/users/2244994945/liked_tweets")));
  }

  @Test
  void search_resetBeyondMaxRateLimitWait_failsAtOnceNamingResetTime() {
    Instant reset = NOW.plusSeconds(3600);
    x.stubFor(get(urlPathEqualTo(SEARCH))
        .willReturn(rateLimited().withHeader("x-rate-limit-reset", String.valueOf(reset.getEpochSecond()))));

    RateLimitException failure = catchThrowableOfType(RateLimitException.class,
        () -> client().search().recent("java").firstPage());

    assertThat(failure.usageCapped()).isFalse();
    assertThat(failure.retryAt()).contains(reset);
    assertThat(failure.getMessage()).contains("2026-01-15T13:00:00Z");
    assertThat(failure.rateLimit().endpoint()).hasValueSatisfying(w -> assertThat(w.remaining()).isZero());
    assertThat(sleeper.waits()).isEmpty();
    x.verify(1, getRequestedFor(urlPathEqualTo(SEARCH)));
  }

  @Test
  void createPost_429ThenCreated_retriesBecauseXRefusedTheFirstAttempt() {
    XTest.answerInTurn(x, "POST", "/2/tweets",
        rateLimited().withHeader("x-rate-limit-reset", String.valueOf(NOW.plusSeconds(2).getEpochSecond())),
        aResponse().withStatus(201).withHeader("Content-Type", "application/json")
            .withBody("{\"data\":{\"id\":\"5\",\"text\":\"hi\"}}"));

    assertThat(client().posts().create("hi").getData().getId()).isEqualTo("5");
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(3));
    x.verify(2, postRequestedFor(urlEqualTo("/2/tweets")));
  }

  @Test
  void search_503Twice_retriesWithExactDoublingBackoff() {
    answerInTurn(SEARCH, aResponse().withStatus(503), aResponse().withStatus(503), okJson(SEARCH_PAGE));

    Page<Post> page = client().search().recent("java").firstPage();

    assertThat(page.items()).hasSize(1);
    assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
    x.verify(3, getRequestedFor(urlPathEqualTo(SEARCH)));
  }

  @Test
  void search_503Always_givesUpAfterMaxRetriesWithServerException() {
    x.stubFor(get(urlPathEqualTo(SEARCH)).willReturn(aResponse().withStatus(503)));

    ServerException failure = catchThrowableOfType(ServerException.class,
        () -> client().search().recent("java").firstPage());

    assertThat(failure.statusCode()).isEqualTo(503);
    assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000),
        Duration.ofMillis(2000));
    x.verify(4, getRequestedFor(urlPathEqualTo(SEARCH)));
  }

  @Test
  void createPost_503_isNotRetried() {
    x.stubFor(post("/2/tweets").willReturn(aResponse().withStatus(503)));

    ServerException failure = catchThrowableOfType(ServerException.class, () -> client().posts().create("hi"));

    assertThat(failure.statusCode()).isEqualTo(503);
    assertThat(failure.getMessage()).contains("POST /2/tweets").doesNotContain(USER_TOKEN);
    assertThat(sleeper.waits()).isEmpty();
    x.verify(1, postRequestedFor(urlEqualTo("/2/tweets")));
  }

  @Test
  void search_503WithMaxRetryTimeOfOneSecond_stopsBeforeBackoffWouldExceedIt() {
    x.stubFor(get(urlPathEqualTo(SEARCH)).willReturn(aResponse().withStatus(503)));
    XClient client = XTest.client(x, sleeper)
        .retryPolicy(RetryPolicy.builder().jitter(0).maxRetryTime(Duration.ofSeconds(1)).build()).build();

    catchThrowableOfType(ServerException.class, () -> client.search().recent("java").firstPage());

    assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(500));
    x.verify(2, getRequestedFor(urlPathEqualTo(SEARCH)));
  }

  @Test
  void search_sleepInterrupted_throwsXExceptionAndKeepsInterruptFlag() {
    x.stubFor(get(urlPathEqualTo(SEARCH)).willReturn(aResponse().withStatus(503)));
    XClient client = XTest.client(x, sleeper).sleeper(wait -> {
      throw new InterruptedException("stop");
    }).build();

    XException failure = catchThrowableOfType(XException.class, () -> client.search().recent("java").firstPage());

    assertThat(Thread.interrupted()).isTrue();
    assertThat(failure).hasMessageContaining("Interrupted").hasCauseInstanceOf(InterruptedException.class);
    x.verify(1, getRequestedFor(urlPathEqualTo(SEARCH)));
  }

  @Test
  void search_429WithRetryAfterDate_waitsUntilThatDatePlusMargin() {
    answerInTurn(SEARCH, rateLimited().withHeader("Retry-After", "Thu, 15 Jan 2026 12:00:20 GMT"),
        okJson(SEARCH_PAGE));

    client().search().recent("java").firstPage();

    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(21));
  }

  @Test
  void search_429WithoutResetOrRetryAfter_waitsTheBackoff() {
    answerInTurn(SEARCH, rateLimited(), okJson(SEARCH_PAGE));

    client().search().recent("java").firstPage();

    assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(500));
    x.verify(2, getRequestedFor(urlPathEqualTo(SEARCH)));
  }

  @Test
  void search_429Always_givesUpAfterMaxRetriesWithRateLimitException() {
    x.stubFor(get(urlPathEqualTo(SEARCH)).willReturn(
        rateLimited().withHeader("x-rate-limit-reset", String.valueOf(NOW.plusSeconds(10).getEpochSecond()))));

    RateLimitException failure = catchThrowableOfType(RateLimitException.class,
        () -> client().search().recent("java").firstPage());

    assertThat(failure.retryAt()).contains(NOW.plusSeconds(10));
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(11), Duration.ofSeconds(11),
        Duration.ofSeconds(11));
    x.verify(4, getRequestedFor(urlPathEqualTo(SEARCH)));
  }

  @Test
  void deletePost_503ThenOk_isRetriedBecauseDeletingTwiceIsHarmless() {
    XTest.answerInTurn(x, "DELETE", "/2/tweets/1445880548472328192", aResponse().withStatus(503),
        okJson("{\"data\":{\"deleted\":true}}"));

    assertThat(client().posts().delete("1445880548472328192").getData().getDeleted()).isTrue();
    assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(500));
  }

  private XClient client() {
    return XTest.client(x, sleeper).build();
  }

  private static ResponseDefinitionBuilder rateLimited() {
    return aResponse().withStatus(429).withHeader("Content-Type", "application/problem+json")
        .withHeader("x-rate-limit-limit", "450").withHeader("x-rate-limit-remaining", "0")
        .withBody(example("error-reports/429_too_many_requests_search_all.json"));
  }

  private static void answerInTurn(String path, ResponseDefinitionBuilder... answers) {
    XTest.answerInTurn(x, "GET", path, answers);
  }
}
