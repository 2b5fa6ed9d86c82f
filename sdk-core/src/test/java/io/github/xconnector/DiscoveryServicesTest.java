package io.github.xconnector;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.xconnector.testing.XTest.APP_TOKEN;
import static io.github.xconnector.testing.XTest.USER_TOKEN;
import static io.github.xconnector.testing.XTest.assertBearer;
import static io.github.xconnector.testing.XTest.assertNoRequest;
import static io.github.xconnector.testing.XTest.client;
import static io.github.xconnector.testing.XTest.onlyRequest;
import static io.github.xconnector.testing.XTest.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.xconnector.errors.XAuthenticationException;
import io.github.xconnector.errors.XValidationException;
import io.github.xconnector.generated.model.Community;
import io.github.xconnector.generated.model.CommunityField;
import io.github.xconnector.generated.model.CommunityResponse;
import io.github.xconnector.generated.model.News;
import io.github.xconnector.generated.model.NewsField;
import io.github.xconnector.generated.model.NewsSearchResponse;
import io.github.xconnector.generated.model.PersonalizedTrend;
import io.github.xconnector.generated.model.PersonalizedTrendField;
import io.github.xconnector.generated.model.Trend;
import io.github.xconnector.generated.model.TrendField;
import io.github.xconnector.generated.model.TrendsResponse;
import io.github.xconnector.generated.model.Usage;
import io.github.xconnector.generated.model.UsageField;
import io.github.xconnector.resources.Fields;
import io.github.xconnector.resources.PageRequest;
import io.github.xconnector.testing.RecordingSleeper;
import io.github.xconnector.testing.TestTokenProvider;
import io.github.xconnector.testing.XTest;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Trends, usage, Communities and news through the operation table, against a stub of X. */
class DiscoveryServicesTest {

  @RegisterExtension
  static WireMockExtension x = XTest.wireMock();

  private XClient app() {
    return client(x, new RecordingSleeper()).credentials(TestTokenProvider.appOnly(APP_TOKEN)).build();
  }

  @Test
  void trendsByPlace_sendsWoeidInThePath_andDecodesTrends() {
    x.stubFor(get(urlPathEqualTo("/2/trends/by/woeid/23424977")).willReturn(okJson("{\"data\":["
        + "{\"trend_name\":\"#Java\",\"tweet_count\":12800},{\"trend_name\":\"Spring\"}]}")));

    TrendsResponse response = app().trends().byPlace(23424977, 5,
        Fields.builder().trend(TrendField.TREND_NAME, TrendField.TWEET_COUNT).build());

    assertThat(query(onlyRequest(x))).isEqualTo(Map.of("max_trends", List.of("5"),
        "trend.fields", List.of("trend_name,tweet_count")));
    assertBearer(onlyRequest(x), APP_TOKEN);
    assertThat(response.getData()).extracting(Trend::getTrendName).containsExactly("#Java", "Spring");
    assertThat(response.getData().get(0).getTweetCount()).isEqualTo(12800L);
  }

  @Test
  void trendsByPlace_withUserToken_isRefusedBeforeSending_becauseXWantsAnAppOnlyToken() {
    catchThrowableOfType(XAuthenticationException.class, () -> client(x).trends().byPlace(1));

    assertNoRequest(x);
  }

  @Test
  void trendsByPlace_moreThan50_isRefusedWithTheSpecsBounds() {
    XValidationException failure = catchThrowableOfType(XValidationException.class,
        () -> app().trends().byPlace(1, 51, Fields.none()));

    assertThat(failure).hasMessageContaining("maxTrends must be from 1 to 50, was 51");
    assertNoRequest(x);
  }

  @Test
  void personalizedTrends_userToken_decodesTextualCounts() {
    x.stubFor(get(urlPathEqualTo("/2/users/personalized_trends")).willReturn(okJson("{\"data\":[{\"category\":"
        + "\"Technology\",\"post_count\":\"5,120 posts\",\"trend_name\":\"#Java\",\"trending_since\":\"Trending now\"}]}")));

    List<PersonalizedTrend> trends = client(x).trends().personalized(Fields.builder()
        .personalizedTrend(PersonalizedTrendField.POST_COUNT, PersonalizedTrendField.CATEGORY).build()).getData();

    assertThat(query(onlyRequest(x))).isEqualTo(Map.of("personalized_trend.fields", List.of("post_count,category")));
    assertBearer(onlyRequest(x), USER_TOKEN);
    assertThat(trends.get(0).getPostCount()).isEqualTo("5,120 posts");
    assertThat(trends.get(0).getCategory()).isEqualTo("Technology");
  }

  @Test
  void personalizedTrends_appOnly_isRefusedBeforeSending() {
    assertThat(catchThrowableOfType(XAuthenticationException.class, () -> app().trends().personalized()))
        .hasMessageContaining("app-only");
    assertNoRequest(x);
  }

  @Test
  void usage_sendsDays_andDecodesCountsSentAsNumbersOrText() {
    x.stubFor(get(urlPathEqualTo("/2/usage/tweets")).willReturn(okJson("{\"data\":{\"cap_reset_day\":19,"
        + "\"project_cap\":\"2000000\",\"project_id\":\"1234567890\",\"project_usage\":4321,"
        + "\"daily_project_usage\":{\"project_id\":\"1234567890\",\"usage\":[{\"date\":\"2026-01-14T00:00:00.000Z\","
        + "\"usage\":\"21\"}]},\"daily_client_app_usage\":[{\"client_app_id\":\"987\",\"usage_result_count\":1,"
        + "\"usage\":[{\"date\":\"2026-01-14T00:00:00.000Z\",\"usage\":21}]}]}}")));

    Usage usage = app().usage().posts(3, Fields.builder().usage(UsageField.PROJECT_USAGE,
        UsageField.DAILY_PROJECT_USAGE).build()).getData();

    assertThat(query(onlyRequest(x))).isEqualTo(Map.of("days", List.of("3"),
        "usage.fields", List.of("project_usage,daily_project_usage")));
    assertThat(usage.getProjectCap()).isEqualTo(2_000_000L);
    assertThat(usage.getProjectUsage()).isEqualTo(4321L);
    assertThat(usage.getCapResetDay()).isEqualTo(19);
    assertThat(usage.getDailyProjectUsage().getUsage().get(0).getUsage()).isEqualTo(21L);
    assertThat(usage.getDailyProjectUsage().getUsage().get(0).getDate())
        .isEqualTo(OffsetDateTime.parse("2026-01-14T00:00:00Z"));
    assertThat(usage.getDailyClientAppUsage().get(0).getClientAppId()).isEqualTo("987");
  }

  @Test
  void usage_moreThan90Days_isRefused_andAUserToken_too() {
    assertThat(catchThrowableOfType(XValidationException.class, () -> app().usage().posts(91, Fields.none())))
        .hasMessageContaining("91");
    catchThrowableOfType(XAuthenticationException.class, () -> client(x).usage().posts());
    assertNoRequest(x);
  }

  @Test
  void community_get_decodesEveryField() {
    x.stubFor(get(urlPathEqualTo("/2/communities/1146654567674912769")).willReturn(okJson("{\"data\":{"
        + "\"id\":\"1146654567674912769\",\"name\":\"Java developers\",\"description\":\"All things JVM\","
        + "\"access\":\"Public\",\"join_policy\":\"Open\",\"member_count\":5400,"
        + "\"created_at\":\"2019-07-04T06:00:00.000Z\"}}")));

    CommunityResponse response = client(x).communities().get("1146654567674912769", Fields.builder()
        .community(CommunityField.MEMBER_COUNT, CommunityField.DESCRIPTION).build());

    assertThat(query(onlyRequest(x))).isEqualTo(Map.of("community.fields", List.of("member_count,description")));
    Community community = response.getData();
    assertThat(community.getName()).isEqualTo("Java developers");
    assertThat(community.getMemberCount()).isEqualTo(5400);
    assertThat(community.getJoinPolicy()).isEqualTo("Open");
  }

  @Test
  void community_get_withoutListRead_isRefusedNamingTheScope() {
    XClient client = client(x, new RecordingSleeper())
        .credentials(TestTokenProvider.userWithScopes(USER_TOKEN, "tweet.read", "users.read")).build();

    assertThat(catchThrowableOfType(XAuthenticationException.class,
        () -> client.communities().get("1146654567674912769"))).hasMessageContaining("list.read");
    assertNoRequest(x);
  }

  @Test
  void communities_search_pagesWithNextToken() {
    x.stubFor(get(urlEqualTo("/2/communities/search?query=java&max_results=10")).willReturn(okJson("{\"data\":[{"
        + "\"id\":\"1\",\"name\":\"Java developers\"}],\"meta\":{\"next_token\":\"c2VhcmNoLTI\"}}")));
    x.stubFor(get(urlEqualTo("/2/communities/search?query=java&max_results=10&next_token=c2VhcmNoLTI"))
        .willReturn(okJson("{\"data\":[{\"id\":\"2\",\"name\":\"Java in Berlin\"}],\"meta\":{}}")));

    List<Community> found = client(x).communities().search("java", PageRequest.builder().maxResults(10).build())
        .stream().toList();

    assertThat(found).extracting(Community::getName).containsExactly("Java developers", "Java in Berlin");
  }

  @Test
  void communities_search_pageOf9_isRefused_becauseXsMinimumIs10() {
    assertThat(catchThrowableOfType(XValidationException.class,
        () -> client(x).communities().search("java", PageRequest.builder().maxResults(9).build())))
        .hasMessageContaining("maxResults must be from 10 to 100, was 9");
    assertNoRequest(x);
  }

  @Test
  void news_get_readsOldAndNewMemberNames() {
    x.stubFor(get(urlPathEqualTo("/2/news/1873")).willReturn(okJson("{\"data\":{\"id\":\"1873\",\"name\":"
        + "\"Java 25 ships\",\"updated_at\":\"1757930400000\",\"cluster_posts_results\":[{\"post_id\":\"1460323737035677698\"}],"
        + "\"contexts\":{\"topics\":[\"Programming\"],\"finance\":{\"tickers\":[\"ORCL\"]}}}}")));

    News story = client(x).news().get("1873", Fields.builder().news(NewsField.NAME, NewsField.CONTEXTS).build())
        .getData();

    assertThat(query(onlyRequest(x))).isEqualTo(Map.of("news.fields", List.of("name,contexts")));
    assertThat(story.getRestId()).isEqualTo("1873");
    assertThat(story.getLastUpdatedAtMs()).isEqualTo("1757930400000");
    assertThat(story.getClusterPostsResults().get(0).getPostId()).isEqualTo("1460323737035677698");
    assertThat(story.getContexts().getFinance().getTickers()).containsExactly("ORCL");
  }

  @Test
  void news_search_sendsQueryCountAndAge() {
    x.stubFor(get(urlPathEqualTo("/2/news/search")).willReturn(okJson("{\"data\":[{\"rest_id\":\"1873\","
        + "\"name\":\"Java 25 ships\"}],\"meta\":{\"result_count\":1}}")));

    NewsSearchResponse response = app().news().search("java", 5, 24, Fields.none());

    assertThat(query(onlyRequest(x))).isEqualTo(Map.of("query", List.of("java"), "max_results", List.of("5"),
        "max_age_hours", List.of("24")));
    assertThat(response.getData()).extracting(News::getRestId).containsExactly("1873");
    assertThat(response.getMeta().getResultCount()).isEqualTo(1);
  }

  @Test
  void news_search_olderThan720Hours_isRefused() {
    assertThat(catchThrowableOfType(XValidationException.class,
        () -> client(x).news().search("java", null, 721, Fields.none()))).hasMessageContaining("721");
    assertNoRequest(x);
  }
}
