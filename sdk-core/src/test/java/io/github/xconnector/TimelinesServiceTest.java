package io.github.xconnector;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
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
import io.github.xconnector.generated.model.PostExpansion;
import io.github.xconnector.generated.model.PostField;
import io.github.xconnector.generated.model.UserField;
import io.github.xconnector.paging.Page;
import io.github.xconnector.resources.Fields;
import io.github.xconnector.resources.TimelineRequest;
import io.github.xconnector.testing.XTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TimelinesServiceTest {

  @RegisterExtension
  static WireMockExtension x = XTest.wireMock();

  private static final TimelineRequest EVERY_OPTION = TimelineRequest.builder()
      .maxResults(50)
      .sinceId("1000")
      .untilId("2000")
      .startTime(Instant.parse("2026-01-01T00:00:00.250Z"))
      .endTime(Instant.parse("2026-01-02T00:00:00Z"))
      .fields(Fields.builder().post(PostField.CREATED_AT, PostField.AUTHOR_ID).expand(PostExpansion.AUTHOR_ID)
          .user(UserField.USERNAME).build())
      .paginationToken("7140dibdnow9c7btw421dyz6jism75z99gyxd8egarsc4")
      .build();

  @Test
  void userPosts_everyOption_sendsEachParameterOnceAndDecodesPage() {
    x.stubFor(get(urlPathEqualTo("/2/users/2244994945/tweets"))
        .willReturn(okJson(example("docs/posts_timelines_quickstart_reverse-chron-quickstart__1.json"))));

    Page<Post> page = client(x).timelines().userPosts("2244994945",
        EVERY_OPTION.toBuilder().excludeReplies(true).excludeReposts(true).build()).firstPage();

    LoggedRequest request = onlyRequest(x);
    assertThat(query(request)).isEqualTo(Map.of(
        "max_results", List.of("50"),
        "since_id", List.of("1000"),
        "until_id", List.of("2000"),
        "start_time", List.of("2026-01-01T00:00:00Z"),
        "end_time", List.of("2026-01-02T00:00:00Z"),
        "exclude", List.of("replies,retweets"),
        "pagination_token", List.of("7140dibdnow9c7btw421dyz6jism75z99gyxd8egarsc4"),
        "tweet.fields", List.of("created_at,author_id"),
        "expansions", List.of("author_id"),
        "user.fields", List.of("username")));
    assertBearer(request, USER_TOKEN);
    assertThat(page.items()).extracting(Post::getId).containsExactly("1524796546306478083", "1524468552404668416");
    assertThat(page.nextToken()).contains("7140dibdnow9c7btw421dyz6jism75z99gyxd8egarsc4");
    assertThat(page.resultCount()).isEqualTo(2);
  }

  @Test
  void userPosts_defaults_sendsNoQuery() {
    x.stubFor(get(urlPathEqualTo("/2/users/2244994945/tweets"))
        .willReturn(okJson(example("docs/posts_timelines_quickstart_reverse-chron-quickstart__1.json"))));

    client(x).timelines().userPosts("2244994945").firstPage();

    assertThat(onlyRequest(x).getUrl()).isEqualTo("/2/users/2244994945/tweets");
  }

  @Test
  void mentions_everyOption_sendsParametersWithoutExcludeAndDecodesIncludes() {
    x.stubFor(get(urlPathEqualTo("/2/users/2244994945/mentions"))
        .willReturn(okJson(example("docs/posts_timelines_quickstart_user-mention-quickstart__0.json"))));

    Page<Post> page = client(x).timelines().mentions("2244994945", EVERY_OPTION).firstPage();

    LoggedRequest request = onlyRequest(x);
    assertThat(query(request)).containsOnlyKeys("max_results", "since_id", "until_id", "start_time", "end_time",
        "pagination_token", "tweet.fields", "expansions", "user.fields");
    assertThat(query(request).get("tweet.fields")).containsExactly("created_at,author_id");
    Post mention = page.items().get(0);
    assertThat(mention.getText()).isEqualTo("Hey @XDevelopers, love the new API!");
    assertThat(mention.getPublicMetrics().getLikeCount()).isEqualTo(42);
    assertThat(page.expansions().author(mention)).hasValueSatisfying(
        author -> assertThat(author.getUsername()).isEqualTo("developer"));
    assertThat(page.nextToken()).contains("t3buvdr5pujq9g7bggsnf3ep2ha28");
  }

  @Test
  void home_everyOption_sendsParametersAndDecodesPage() {
    x.stubFor(get(urlPathEqualTo("/2/users/2244994945/timelines/reverse_chronological"))
        .willReturn(okJson(example("docs/posts_timelines_quickstart_reverse-chron-quickstart__1.json"))));

    Page<Post> page = client(x).timelines().home("2244994945",
        EVERY_OPTION.toBuilder().maxResults(1).excludeReplies(true).build()).firstPage();

    LoggedRequest request = onlyRequest(x);
    assertThat(query(request)).containsEntry("max_results", List.of("1"))
        .containsEntry("exclude", List.of("replies"))
        .containsEntry("pagination_token", List.of("7140dibdnow9c7btw421dyz6jism75z99gyxd8egarsc4"));
    assertBearer(request, USER_TOKEN);
    assertThat(page.items()).hasSize(2);
    assertThat(page.items().get(0).getEditHistoryTweetIds()).containsExactly("1524796546306478083");
  }
}
