package io.github.xconnector;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.xconnector.testing.XTest.APP_TOKEN;
import static io.github.xconnector.testing.XTest.USER_TOKEN;
import static io.github.xconnector.testing.XTest.assertBearer;
import static io.github.xconnector.testing.XTest.client;
import static io.github.xconnector.testing.XTest.example;
import static io.github.xconnector.testing.XTest.onlyRequest;
import static io.github.xconnector.testing.XTest.query;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.xconnector.generated.model.Post;
import io.github.xconnector.generated.model.PostCountField;
import io.github.xconnector.generated.model.PostCountsBucket;
import io.github.xconnector.generated.model.PostCountsResponse;
import io.github.xconnector.generated.model.PostExpansion;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SearchServiceTest {

  @RegisterExtension
  static WireMockExtension x = XTest.wireMock();

  private static final String QUERY = "from:XDevelopers -is:retweet \"new API\" #java & more";

  @Test
  void recent_everyOption_sendsQueryEncodedAndEachParameterOnce() {
    x.stubFor(get(urlPathEqualTo("/2/tweets/search/recent"))
        .willReturn(okJson(example("docs/posts_search_quickstart_recent-search__1.json"))));
    SearchRequest request = SearchRequest.builder(QUERY)
        .maxResults(10)
        .sinceId("1000")
        .untilId("2000")
        .startTime(Instant.parse("2026-01-10T00:00:00Z"))
        .endTime(Instant.parse("2026-01-11T00:00:00Z"))
        .sortOrder(SearchRequest.SortOrder.RELEVANCY)
        .fields(Fields.builder().post(PostField.CREATED_AT, PostField.PUBLIC_METRICS)
            .expand(PostExpansion.AUTHOR_ID).build())
        .nextToken("b26v89c19zqg8o3fr5")
        .build();

    Page<Post> page = client(x).search().recent(request).firstPage();

    LoggedRequest sent = onlyRequest(x);
    assertThat(query(sent)).isEqualTo(Map.of(
        "query", List.of(QUERY),
        "max_results", List.of("10"),
        "since_id", List.of("1000"),
        "until_id", List.of("2000"),
        "start_time", List.of("2026-01-10T00:00:00Z"),
        "end_time", List.of("2026-01-11T00:00:00Z"),
        "sort_order", List.of("relevancy"),
        "next_token", List.of("b26v89c19zqg8o3fr5"),
        "tweet.fields", List.of("created_at,public_metrics"),
        "expansions", List.of("author_id")));
    assertThat(sent.getUrl()).doesNotContain("+").contains("%20");
    assertBearer(sent, USER_TOKEN);
    Post post = page.items().get(0);
    assertThat(post.getAuthorId()).isEqualTo("9876543210");
    assertThat(post.getCreatedAt()).isEqualTo(OffsetDateTime.parse("2024-01-15T10:30:00Z"));
    assertThat(page.expansions().author(post)).hasValueSatisfying(
        author -> assertThat(author.getUsername()).isEqualTo("pythondev"));
    assertThat(page.hasNextPage()).isFalse();
  }

  @Test
  void recent_queryOnly_sendsOnlyQuery() {
    x.stubFor(get(urlPathEqualTo("/2/tweets/search/recent"))
        .willReturn(okJson(example("docs/posts_search_quickstart_recent-search__0.json"))));

    Page<Post> page = client(x).search().recent("python").firstPage();

    assertThat(query(onlyRequest(x))).isEqualTo(Map.of("query", List.of("python")));
    assertThat(page.items()).extracting(Post::getText)
        .containsExactly("Just started learning Python and loving it!",
            "Python tip: use list comprehensions for cleaner code");
  }

  @Test
  void counts_appOnlyWithGranularityAndFields_sendsParametersAndDecodesBuckets() {
    x.stubFor(get(urlPathEqualTo("/2/tweets/counts/recent"))
        .willReturn(okJson(example("docs/posts_counts_quickstart_recent-tweet-counts__0.json"))));
    XClient appClient = client(x, new RecordingSleeper()).credentials(TestTokenProvider.appOnly(APP_TOKEN)).build();
    SearchRequest request = SearchRequest.builder(QUERY)
        .granularity(SearchRequest.Granularity.DAY)
        .startTime(Instant.parse("2026-01-10T00:00:00Z"))
        .sinceId("1000")
        .fields(Fields.builder().counts(PostCountField.START, PostCountField.END, PostCountField.TWEET_COUNT).build())
        .build();

    PostCountsResponse counts = appClient.search().counts(request);

    LoggedRequest sent = onlyRequest(x);
    assertThat(query(sent)).isEqualTo(Map.of(
        "query", List.of(QUERY),
        "granularity", List.of("day"),
        "start_time", List.of("2026-01-10T00:00:00Z"),
        "since_id", List.of("1000"),
        "search_count.fields", List.of("start,end,tweet_count")));
    assertBearer(sent, APP_TOKEN);
    assertThat(counts.getData()).extracting(PostCountsBucket::getTweetCount).containsExactly(5, 3, 8);
    assertThat(counts.getData().get(0).getStart()).isEqualTo(OffsetDateTime.parse("2024-01-15T00:00:00Z"));
    assertThat(counts.getMeta().getTotalTweetCount()).isEqualTo(16);
  }
}
