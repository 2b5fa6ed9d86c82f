package io.github.xconnector;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.xconnector.testing.XTest.APP_TOKEN;
import static io.github.xconnector.testing.XTest.USER_TOKEN;
import static io.github.xconnector.testing.XTest.assertBearer;
import static io.github.xconnector.testing.XTest.assertNoRequest;
import static io.github.xconnector.testing.XTest.client;
import static io.github.xconnector.testing.XTest.onlyRequest;
import static io.github.xconnector.testing.XTest.query;
import static io.github.xconnector.testing.XTest.requests;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.xconnector.errors.XAuthenticationException;
import io.github.xconnector.errors.XValidationException;
import io.github.xconnector.generated.model.AnalyticsField;
import io.github.xconnector.generated.model.AnalyticsGranularity;
import io.github.xconnector.generated.model.HideReplyResponse;
import io.github.xconnector.generated.model.Post;
import io.github.xconnector.generated.model.PostAnalytics;
import io.github.xconnector.generated.model.PostAnalyticsResponse;
import io.github.xconnector.generated.model.PostExpansion;
import io.github.xconnector.generated.model.PostField;
import io.github.xconnector.paging.Page;
import io.github.xconnector.resources.Fields;
import io.github.xconnector.resources.PageRequest;
import io.github.xconnector.resources.PostAnalyticsRequest;
import io.github.xconnector.resources.TimelineRequest;
import io.github.xconnector.testing.RecordingSleeper;
import io.github.xconnector.testing.TestTokenProvider;
import io.github.xconnector.testing.XTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Quotes and reposts of a post, hiding replies, and post analytics, against a stub of X. */
class PostEngagementTest {

  @RegisterExtension
  static WireMockExtension x = XTest.wireMock();

  private static final String QUOTES = "{\"data\":[{\"id\":\"1460323737035677699\",\"text\":\"So true\","
      + "\"referenced_tweets\":[{\"type\":\"quoted\",\"id\":\"1409931481552543749\"}],"
      + "\"edit_history_tweet_ids\":[\"1460323737035677699\"]}],"
      + "\"meta\":{\"result_count\":1,\"next_token\":\"axdnb97ckbq4\"}}";

  @Test
  void quotes_everyOption_sendsPageSizeExclusionsTokenAndFields_andDecodesPosts() {
    x.stubFor(get(urlPathEqualTo("/2/tweets/1409931481552543749/quote_tweets")).willReturn(okJson(QUOTES)));

    Page<Post> page = client(x).posts().quotes("1409931481552543749", TimelineRequest.builder().maxResults(20)
        .excludeReplies(true).excludeReposts(true)
        .fields(Fields.builder().post(PostField.REFERENCED_TWEETS).expand(PostExpansion.AUTHOR_ID).build())
        .paginationToken("7140dibdnow9c7btw3w29").build()).firstPage();

    assertThat(query(onlyRequest(x))).isEqualTo(Map.of(
        "max_results", List.of("20"),
        "exclude", List.of("replies,retweets"),
        "pagination_token", List.of("7140dibdnow9c7btw3w29"),
        "tweet.fields", List.of("referenced_tweets"),
        "expansions", List.of("author_id")));
    assertBearer(onlyRequest(x), USER_TOKEN);
    assertThat(page.items()).extracting(Post::getText).containsExactly("So true");
    assertThat(page.items().get(0).getReferencedTweets().get(0).getId()).isEqualTo("1409931481552543749");
    assertThat(page.nextToken()).contains("axdnb97ckbq4");
  }

  @Test
  void quotes_withAppOnlyToken_sendsNothingElse_andPageOf5IsRefusedByTheSpecsBounds() {
    x.stubFor(get(urlPathEqualTo("/2/tweets/1/quote_tweets")).willReturn(okJson(QUOTES)));
    XClient app = client(x, new RecordingSleeper()).credentials(TestTokenProvider.appOnly(APP_TOKEN)).build();

    XValidationException tooSmall = catchThrowableOfType(XValidationException.class,
        () -> app.posts().quotes("1", TimelineRequest.builder().maxResults(5).build()));
    app.posts().quotes("1").firstPage();

    assertThat(tooSmall).hasMessageContaining("maxResults must be from 10 to 100, was 5");
    assertThat(query(onlyRequest(x))).isEmpty();
    assertBearer(onlyRequest(x), APP_TOKEN);
  }

  @Test
  void quotes_withTimeWindow_isRefusedBeforeSending() {
    XValidationException failure = catchThrowableOfType(XValidationException.class, () -> client(x).posts()
        .quotes("1", TimelineRequest.builder().startTime(Instant.parse("2026-01-01T00:00:00Z")).build()));

    assertThat(failure).hasMessageContaining("quotes cannot be limited by time");
    assertNoRequest(x);
  }

  @Test
  void reposts_sendsPageSizeAndFields_andDecodesRepostsAsPosts() {
    x.stubFor(get(urlPathEqualTo("/2/tweets/1409931481552543749/retweets")).willReturn(okJson(
        "{\"data\":[{\"id\":\"77\",\"text\":\"RT @XDevelopers: news\",\"author_id\":\"2244994945\","
            + "\"referenced_tweets\":[{\"type\":\"retweeted\",\"id\":\"1409931481552543749\"}]}],"
            + "\"meta\":{\"result_count\":1}}")));

    Page<Post> page = client(x).posts().reposts("1409931481552543749", PageRequest.builder().maxResults(100)
        .fields(Fields.builder().post(PostField.AUTHOR_ID).build()).build()).firstPage();

    assertThat(query(onlyRequest(x))).isEqualTo(Map.of("max_results", List.of("100"),
        "tweet.fields", List.of("author_id")));
    assertThat(page.items()).extracting(Post::getAuthorId).containsExactly("2244994945");
    assertThat(page.hasNextPage()).isFalse();
  }

  @Test
  void hideReply_putsHiddenTrue_andUnhideReplyPutsFalse() {
    x.stubFor(put("/2/tweets/1296887316556980230/hidden").withRequestBody(equalToJson("{\"hidden\":true}"))
        .willReturn(okJson("{\"data\":{\"hidden\":true}}")));
    x.stubFor(put("/2/tweets/1296887316556980230/hidden").withRequestBody(equalToJson("{\"hidden\":false}"))
        .willReturn(okJson("{\"data\":{\"hidden\":false}}")));

    HideReplyResponse hidden = client(x).posts().hideReply("1296887316556980230");
    HideReplyResponse shown = client(x).posts().unhideReply("1296887316556980230");

    assertThat(hidden.getData().getHidden()).isTrue();
    assertThat(shown.getData().getHidden()).isFalse();
    x.verify(2, putRequestedFor(urlEqualTo("/2/tweets/1296887316556980230/hidden"))
        .withHeader("Content-Type", equalTo("application/json")));
  }

  @Test
  void hideReply_after503_isSentAgain_becauseTheSpecMarksItRetrySafe() {
    x.stubFor(put("/2/tweets/5/hidden").inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
    x.stubFor(put("/2/tweets/5/hidden").inScenario("flaky").whenScenarioStateIs("up")
        .willReturn(okJson("{\"data\":{\"hidden\":true}}")));

    assertThat(client(x).posts().hideReply("5").getData().getHidden()).isTrue();
    assertThat(requests(x)).hasSize(2);
  }

  @Test
  void hideReply_withoutModerateScope_isRefusedBeforeSending_namingTheScope() {
    XClient client = client(x, new RecordingSleeper())
        .credentials(TestTokenProvider.userWithScopes(USER_TOKEN, "tweet.read", "users.read")).build();

    XAuthenticationException failure = catchThrowableOfType(XAuthenticationException.class,
        () -> client.posts().hideReply("5"));

    assertThat(failure).hasMessageContaining("tweet.moderate.write");
    assertNoRequest(x);
  }

  @Test
  void analytics_sendsIdsRangeGranularityAndFields_andDecodesTotalsAndBuckets() {
    x.stubFor(get(urlPathEqualTo("/2/tweets/analytics")).willReturn(okJson(
        "{\"data\":[{\"id\":\"1\",\"likes\":7,\"impressions\":1200,\"timestamped_metrics\":["
            + "{\"timestamp\":\"2026-01-10T00:00:00Z\",\"metrics\":{\"likes\":3,\"impressions\":500}},"
            + "{\"timestamp\":\"2026-01-11T00:00:00Z\",\"metrics\":{\"likes\":4,\"impressions\":700,"
            + "\"brand_new_metric\":1}}]}]}")));
    PostAnalyticsRequest request = PostAnalyticsRequest.builder(List.of("1", "2"),
            Instant.parse("2026-01-10T00:00:00Z"), Instant.parse("2026-01-12T00:00:00Z"))
        .granularity(AnalyticsGranularity.DAILY)
        .fields(Fields.builder().analytics(AnalyticsField.LIKES, AnalyticsField.IMPRESSIONS).build())
        .build();

    PostAnalyticsResponse response = client(x).posts().analytics(request);

    assertThat(query(onlyRequest(x))).isEqualTo(Map.of(
        "ids", List.of("1,2"),
        "start_time", List.of("2026-01-10T00:00:00Z"),
        "end_time", List.of("2026-01-12T00:00:00Z"),
        "granularity", List.of("daily"),
        "analytics.fields", List.of("likes,impressions")));
    PostAnalytics post = response.getData().get(0);
    assertThat(post.getId()).isEqualTo("1");
    assertThat(post.getLikes()).isEqualTo(7L);
    assertThat(post.getTimestampedMetrics()).extracting(b -> b.getMetrics().getImpressions())
        .containsExactly(500L, 700L);
    assertThat(post.getTimestampedMetrics().get(1).getTimestamp()).isEqualTo("2026-01-11T00:00:00Z");
  }

  @Test
  void analytics_appOnlyOrOver100Posts_isRefusedBeforeSending() {
    XClient app = client(x, new RecordingSleeper()).credentials(TestTokenProvider.appOnly(APP_TOKEN)).build();
    List<String> many = java.util.stream.IntStream.rangeClosed(1, 101).mapToObj(String::valueOf).toList();
    Instant start = Instant.parse("2026-01-10T00:00:00Z");
    Instant end = Instant.parse("2026-01-11T00:00:00Z");

    assertThat(catchThrowableOfType(XAuthenticationException.class,
        () -> app.posts().analytics(PostAnalyticsRequest.builder(List.of("1"), start, end).build())))
        .hasMessageContaining("GET /2/tweets/analytics");
    assertThat(catchThrowableOfType(XValidationException.class,
        () -> client(x).posts().analytics(PostAnalyticsRequest.builder(many, start, end).build())))
        .hasMessageContaining("101 items");
    assertNoRequest(x);
  }
}
