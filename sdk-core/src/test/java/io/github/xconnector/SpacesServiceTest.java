package io.github.xconnector;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
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
import io.github.xconnector.generated.model.Post;
import io.github.xconnector.generated.model.Space;
import io.github.xconnector.generated.model.SpaceExpansion;
import io.github.xconnector.generated.model.SpaceField;
import io.github.xconnector.generated.model.SpaceResponse;
import io.github.xconnector.generated.model.SpaceSearchState;
import io.github.xconnector.generated.model.SpaceState;
import io.github.xconnector.generated.model.SpacesResponse;
import io.github.xconnector.generated.model.TopicField;
import io.github.xconnector.generated.model.User;
import io.github.xconnector.generated.model.UserField;
import io.github.xconnector.paging.Page;
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

/** Spaces through the operation table, against a stub of X. */
class SpacesServiceTest {

  @RegisterExtension
  static WireMockExtension x = XTest.wireMock();

  private static final String SPACE = "{\"data\":{\"id\":\"1DXxyRYNejbKM\",\"state\":\"live\",\"title\":\"Jazz hour\","
      + "\"host_ids\":[\"2244994945\"],\"started_at\":\"2021-07-06T18:40:40.000Z\",\"is_ticketed\":false,"
      + "\"topic_ids\":[\"848920371311001600\"],\"participant_count\":12},"
      + "\"includes\":{\"users\":[{\"id\":\"2244994945\",\"name\":\"X Dev\",\"username\":\"XDevelopers\"}],"
      + "\"topics\":[{\"id\":\"848920371311001600\",\"name\":\"Technology\"}]}}";

  @Test
  void get_byId_sendsFieldsAndExpansions_andDecodesSpaceWithIncludes() {
    x.stubFor(get(urlPathEqualTo("/2/spaces/1DXxyRYNejbKM")).willReturn(okJson(SPACE)));

    SpaceResponse response = client(x).spaces().get("1DXxyRYNejbKM", Fields.builder()
        .space(SpaceField.TITLE, SpaceField.HOST_IDS).expand(SpaceExpansion.HOST_IDS)
        .user(UserField.USERNAME).topic(TopicField.NAME).build());

    assertThat(query(onlyRequest(x))).isEqualTo(Map.of("space.fields", List.of("title,host_ids"),
        "expansions", List.of("host_ids"), "user.fields", List.of("username"), "topic.fields", List.of("name")));
    assertBearer(onlyRequest(x), USER_TOKEN);
    Space space = response.getData();
    assertThat(space.getState()).isEqualTo(SpaceState.LIVE);
    assertThat(space.getTitle()).isEqualTo("Jazz hour");
    assertThat(space.getHostIds()).containsExactly("2244994945");
    assertThat(space.getStartedAt()).isEqualTo(OffsetDateTime.parse("2021-07-06T18:40:40Z"));
    assertThat(space.getParticipantCount()).isEqualTo(12);
    assertThat(response.getIncludes().getUsers()).extracting(User::getUsername).containsExactly("XDevelopers");
    assertThat(response.getIncludes().getTopics().get(0).getName()).isEqualTo("Technology");
  }

  @Test
  void get_severalIds_joinsThemWithCommas_andKeepsPartialErrors() {
    x.stubFor(get(urlPathEqualTo("/2/spaces")).willReturn(okJson("{\"data\":[{\"id\":\"1DXxyRYNejbKM\","
        + "\"state\":\"ended\"}],\"errors\":[{\"value\":\"1nAJELYEEPvGL\",\"detail\":\"Could not find space\","
        + "\"title\":\"Not Found Error\",\"resource_type\":\"space\",\"parameter\":\"ids\","
        + "\"type\":\"https://api.twitter.com/2/problems/resource-not-found\"}]}")));

    SpacesResponse response = client(x).spaces().get(List.of("1DXxyRYNejbKM", "1nAJELYEEPvGL"), Fields.none());

    assertThat(query(onlyRequest(x))).isEqualTo(Map.of("ids", List.of("1DXxyRYNejbKM,1nAJELYEEPvGL")));
    assertThat(response.getData()).extracting(Space::getState).containsExactly(SpaceState.ENDED);
    assertThat(response.getErrors()).hasSize(1);
  }

  @Test
  void byCreators_sendsUserIds_withAppOnlyToken() {
    x.stubFor(get(urlPathEqualTo("/2/spaces/by/creator_ids")).willReturn(okJson("{\"data\":[{\"id\":\"1DXxyRYNejbKM\","
        + "\"state\":\"scheduled\",\"scheduled_start\":\"2026-02-01T20:00:00.000Z\"}],\"meta\":{\"result_count\":1}}")));
    XClient app = client(x, new RecordingSleeper()).credentials(TestTokenProvider.appOnly(APP_TOKEN)).build();

    SpacesResponse response = app.spaces().byCreators(List.of("2244994945", "6253282"), Fields.none());

    assertThat(query(onlyRequest(x))).isEqualTo(Map.of("user_ids", List.of("2244994945,6253282")));
    assertBearer(onlyRequest(x), APP_TOKEN);
    assertThat(response.getData().get(0).getState()).isEqualTo(SpaceState.SCHEDULED);
    assertThat(response.getMeta().getResultCount()).isEqualTo(1);
  }

  @Test
  void search_sendsQueryStateAndCount() {
    x.stubFor(get(urlPathEqualTo("/2/spaces/search")).willReturn(okJson("{\"data\":[{\"id\":\"1DXxyRYNejbKM\","
        + "\"state\":\"live\",\"title\":\"Jazz hour\"}],\"meta\":{\"result_count\":1}}")));

    SpacesResponse response = client(x).spaces().search("jazz", SpaceSearchState.LIVE, 10, Fields.none());

    assertThat(query(onlyRequest(x))).isEqualTo(Map.of("query", List.of("jazz"), "state", List.of("live"),
        "max_results", List.of("10")));
    assertThat(response.getData()).extracting(Space::getTitle).containsExactly("Jazz hour");
  }

  @Test
  void search_stateX_addedLater_decodesAsUnknown_insteadOfFailing() {
    x.stubFor(get(urlPathEqualTo("/2/spaces/search")).willReturn(okJson("{\"data\":[{\"id\":\"1DXxyRYNejbKM\","
        + "\"state\":\"paused\",\"mood\":\"calm\"}]}")));

    Space space = client(x).spaces().search("jazz").getData().get(0);

    assertThat(space.getState()).isEqualTo(SpaceState.UNKNOWN_DEFAULT_OPEN_API);
    assertThat(space.getAdditionalProperties()).containsEntry("mood", "calm");
  }

  @Test
  void search_overTheSpecsMaximum_isRefusedBeforeSending() {
    XValidationException failure = catchThrowableOfType(XValidationException.class,
        () -> client(x).spaces().search("jazz", null, 101, Fields.none()));

    assertThat(failure).hasMessageContaining("maxResults must be from 1 to 100, was 101");
    assertNoRequest(x);
  }

  @Test
  void get_idThatIsNotASpaceId_isRefusedBeforeSending() {
    catchThrowableOfType(XValidationException.class, () -> client(x).spaces().get("not/a-space"));

    assertNoRequest(x);
  }

  @Test
  void buyers_pagesWithPaginationToken_andDecodesUsers() {
    x.stubFor(get(urlPathEqualTo("/2/spaces/1DXxyRYNejbKM/buyers")).willReturn(okJson("{\"data\":[{\"id\":\"6253282\","
        + "\"name\":\"X API\",\"username\":\"API\"}],\"meta\":{\"result_count\":1,"
        + "\"next_token\":\"7140dibdnow9c7btw3w29grvxfcgvpb9n9coehpk7xz5i\"}}")));

    Page<User> page = client(x).spaces().buyers("1DXxyRYNejbKM", PageRequest.builder().maxResults(20).build()
        .startingAt("zldjwdz3w6sba13nbs0mbravfipbtqvbiqplg9h0p4k")).firstPage();

    assertThat(query(onlyRequest(x))).isEqualTo(Map.of("max_results", List.of("20"),
        "pagination_token", List.of("zldjwdz3w6sba13nbs0mbravfipbtqvbiqplg9h0p4k")));
    assertThat(page.items()).extracting(User::getUsername).containsExactly("API");
    assertThat(page.nextToken()).contains("7140dibdnow9c7btw3w29grvxfcgvpb9n9coehpk7xz5i");
    assertThat(page.resultCount()).isEqualTo(1);
  }

  @Test
  void buyers_withAppOnlyToken_isRefusedBeforeSending() {
    XClient app = client(x, new RecordingSleeper()).credentials(TestTokenProvider.appOnly(APP_TOKEN)).build();

    assertThat(catchThrowableOfType(XAuthenticationException.class, () -> app.spaces().buyers("1DXxyRYNejbKM")))
        .hasMessageContaining("app-only");
    assertNoRequest(x);
  }

  @Test
  void get_withoutSpaceReadScope_isRefusedBeforeSending_namingTheScope() {
    XClient client = client(x, new RecordingSleeper())
        .credentials(TestTokenProvider.userWithScopes(USER_TOKEN, "tweet.read", "users.read")).build();

    XAuthenticationException failure = catchThrowableOfType(XAuthenticationException.class,
        () -> client.spaces().get("1DXxyRYNejbKM"));

    assertThat(failure).hasMessageContaining("space.read").hasMessageContaining("GET /2/spaces/{id}");
    assertNoRequest(x);
  }

  @Test
  void posts_walksTwoPages_followingNextToken() {
    x.stubFor(get(urlPathEqualTo("/2/spaces/1DXxyRYNejbKM/tweets")).withQueryParam("max_results", equalTo("1"))
        .withQueryParam("pagination_token", absent()).willReturn(okJson("{\"data\":[{"
        + "\"id\":\"1460323737035677698\",\"text\":\"first\",\"edit_history_tweet_ids\":[\"1460323737035677698\"]}],"
        + "\"meta\":{\"result_count\":1,\"next_token\":\"b26v89c19zqg8o3fpe\"}}")));
    x.stubFor(get(urlPathEqualTo("/2/spaces/1DXxyRYNejbKM/tweets")).withQueryParam("max_results", equalTo("1"))
        .withQueryParam("pagination_token", equalTo("b26v89c19zqg8o3fpe"))
        .willReturn(okJson("{\"data\":[{\"id\":\"1460323737035677699\",\"text\":\"second\"}],"
        + "\"meta\":{\"result_count\":1}}")));

    List<Post> posts = client(x).spaces().posts("1DXxyRYNejbKM", PageRequest.builder().maxResults(1).build())
        .stream().toList();

    assertThat(posts).extracting(Post::getText).containsExactly("first", "second");
    x.verify(2, getRequestedFor(urlPathEqualTo("/2/spaces/1DXxyRYNejbKM/tweets")));
  }
}
