package io.github.xconnector;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.xconnector.testing.XTest.APP_TOKEN;
import static io.github.xconnector.testing.XTest.assertBearer;
import static io.github.xconnector.testing.XTest.assertNoRequest;
import static io.github.xconnector.testing.XTest.client;
import static io.github.xconnector.testing.XTest.onlyRequest;
import static io.github.xconnector.testing.XTest.query;
import static io.github.xconnector.testing.XTest.requests;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.xconnector.errors.XAuthenticationException;
import io.github.xconnector.errors.XValidationException;
import io.github.xconnector.generated.model.Post;
import io.github.xconnector.generated.model.PostCountField;
import io.github.xconnector.generated.model.PostCountsBucket;
import io.github.xconnector.generated.model.PostField;
import io.github.xconnector.paging.Page;
import io.github.xconnector.resources.Fields;
import io.github.xconnector.resources.SearchRequest;
import io.github.xconnector.testing.RecordingSleeper;
import io.github.xconnector.testing.TestTokenProvider;
import io.github.xconnector.testing.XTest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Full-archive search and counts: app-only, their own page bounds, X's paging. */
class FullArchiveSearchTest {

  @RegisterExtension
  static WireMockExtension x = XTest.wireMock();

  private static final String PAGE = "{\"data\":[{\"id\":\"20\",\"text\":\"from 2009\","
      + "\"created_at\":\"2009-03-01T10:00:00.000Z\",\"edit_history_tweet_ids\":[\"20\"]}],"
      + "\"meta\":{\"newest_id\":\"20\",\"oldest_id\":\"20\",\"result_count\":1,"
      + "\"next_token\":\"b26v89c19zqg8o3fo7gesq\"}}";

  private static XClient appClient() {
    return client(x, new RecordingSleeper()).credentials(TestTokenProvider.appOnly(APP_TOKEN)).build();
  }

  @Test
  void all_everyOption_sendsEachParameterOnce_andDecodesPageWithMeta() {
    x.stubFor(get(urlPathEqualTo("/2/tweets/search/all")).willReturn(okJson(PAGE)));
    SearchRequest request = SearchRequest.builder("from:jack")
        .maxResults(500)
        .startTime(Instant.parse("2006-03-21T00:00:00Z"))
        .endTime(Instant.parse("2010-01-01T00:00:00Z"))
        .sinceId("1")
        .untilId("99999")
        .sortOrder(SearchRequest.SortOrder.RECENCY)
        .fields(Fields.builder().post(PostField.CREATED_AT).build())
        .nextToken("b26v89c19zqg8o3fo7gesp")
        .build();

    Page<Post> page = appClient().search().all(request).firstPage();

    LoggedRequest sent = onlyRequest(x);
    assertThat(query(sent)).isEqualTo(Map.of(
        "query", List.of("from:jack"),
        "max_results", List.of("500"),
        "start_time", List.of("2006-03-21T00:00:00Z"),
        "end_time", List.of("2010-01-01T00:00:00Z"),
        "since_id", List.of("1"),
        "until_id", List.of("99999"),
        "sort_order", List.of("recency"),
        "next_token", List.of("b26v89c19zqg8o3fo7gesp"),
        "tweet.fields", List.of("created_at")));
    assertBearer(sent, APP_TOKEN);
    assertThat(page.items()).extracting(Post::getText).containsExactly("from 2009");
    assertThat(page.items().get(0).getCreatedAt()).isEqualTo(OffsetDateTime.parse("2009-03-01T10:00:00Z"));
    assertThat(page.nextToken()).contains("b26v89c19zqg8o3fo7gesq");
    assertThat(page.newestId()).contains("20");
    assertThat(page.resultCount()).isEqualTo(1);
  }

  @Test
  void all_pageOf500IsAllowed_butRecentRefusesIt_andAllRefuses501() {
    XValidationException recent = catchThrowableOfType(XValidationException.class,
        () -> appClient().search().recent(SearchRequest.builder("java").maxResults(500).build()));
    XValidationException all = catchThrowableOfType(XValidationException.class,
        () -> appClient().search().all(SearchRequest.builder("java").maxResults(501).build()));

    assertThat(recent).hasMessageContaining("maxResults must be from 10 to 100, was 500");
    assertThat(all).hasMessageContaining("maxResults must be from 10 to 500, was 501");
    assertNoRequest(x);
  }

  @Test
  void all_withUserToken_isRefusedBeforeSending() {
    XAuthenticationException failure = catchThrowableOfType(XAuthenticationException.class,
        () -> client(x).search().all("java"));

    assertThat(failure).hasMessageContaining("GET /2/tweets/search/all").hasMessageContaining("app-only Bearer");
    assertNoRequest(x);
  }

  @Test
  void countsAll_walksPagesOfBuckets_followingNextToken() {
    x.stubFor(get(urlPathEqualTo("/2/tweets/counts/all")).withQueryParam("next_token",
        absent()).willReturn(okJson(
        "{\"data\":[{\"start\":\"2020-01-01T00:00:00.000Z\",\"end\":\"2020-01-02T00:00:00.000Z\",\"tweet_count\":4}],"
            + "\"meta\":{\"total_tweet_count\":4,\"next_token\":\"1jzu9lk96gu5npw1lmvgp\"}}")));
    x.stubFor(get(urlPathEqualTo("/2/tweets/counts/all")).withQueryParam("next_token",
        equalTo("1jzu9lk96gu5npw1lmvgp")).willReturn(okJson(
        "{\"data\":[{\"start\":\"2020-01-02T00:00:00.000Z\",\"end\":\"2020-01-03T00:00:00.000Z\",\"post_count\":6}],"
            + "\"meta\":{\"total_post_count\":6}}")));
    SearchRequest request = SearchRequest.builder("#java")
        .granularity(SearchRequest.Granularity.DAY)
        .startTime(Instant.parse("2020-01-01T00:00:00Z"))
        .fields(Fields.builder().counts(PostCountField.START, PostCountField.TWEET_COUNT).build())
        .build();

    List<PostCountsBucket> buckets = appClient().search().countsAll(request).stream().collect(Collectors.toList());

    assertThat(buckets).extracting(PostCountsBucket::getTweetCount).containsExactly(4, 6);
    List<LoggedRequest> sent = requests(x);
    assertThat(sent).hasSize(2);
    assertThat(query(sent.get(0))).isEqualTo(Map.of(
        "query", List.of("#java"),
        "granularity", List.of("day"),
        "start_time", List.of("2020-01-01T00:00:00Z"),
        "search_count.fields", List.of("start,tweet_count")));
    assertThat(query(sent.get(1))).containsEntry("next_token", List.of("1jzu9lk96gu5npw1lmvgp"));
    assertBearer(sent.get(1), APP_TOKEN);
  }

  @Test
  void countsAll_withUserToken_isRefusedBeforeSending() {
    assertThat(catchThrowableOfType(XAuthenticationException.class,
        () -> client(x).search().countsAll(SearchRequest.builder("java").build())))
        .hasMessageContaining("GET /2/tweets/counts/all");
    assertNoRequest(x);
  }
}
