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
import io.github.xconnector.generated.model.PostField;
import io.github.xconnector.generated.model.User;
import io.github.xconnector.generated.model.UserExpansion;
import io.github.xconnector.generated.model.UserField;
import io.github.xconnector.generated.model.UserResponse;
import io.github.xconnector.generated.model.UsersResponse;
import io.github.xconnector.resources.Fields;
import io.github.xconnector.testing.RecordingSleeper;
import io.github.xconnector.testing.TestTokenProvider;
import io.github.xconnector.testing.XTest;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class UsersServiceTest {

  @RegisterExtension
  static WireMockExtension x = XTest.wireMock();

  private static final Fields PROFILE = Fields.builder()
      .user(UserField.CREATED_AT, UserField.PUBLIC_METRICS, UserField.PINNED_TWEET_ID)
      .expand(UserExpansion.PINNED_TWEET_ID)
      .post(PostField.CREATED_AT)
      .build();

  @Test
  void me_withFields_sendsFieldsAndDecodesUser() {
    x.stubFor(get(urlPathEqualTo("/2/users/me"))
        .willReturn(okJson(example("docs/users_lookup_quickstart_authenticated-lookup__0.json"))));

    UserResponse me = client(x).users().me(PROFILE);

    LoggedRequest request = onlyRequest(x);
    assertThat(query(request)).isEqualTo(Map.of(
        "user.fields", List.of("created_at,public_metrics,pinned_tweet_id"),
        "expansions", List.of("pinned_tweet_id"),
        "tweet.fields", List.of("created_at")));
    assertBearer(request, USER_TOKEN);
    User user = me.getData();
    assertThat(user.getId()).isEqualTo("2244994945");
    assertThat(user.getUsername()).isEqualTo("XDevelopers");
    assertThat(user.getCreatedAt()).isEqualTo(OffsetDateTime.parse("2013-12-14T04:35:55Z"));
    assertThat(user.getVerified()).isTrue();
    assertThat(user.getProfileImageUrl()).hasToString("https://pbs.twimg.com/profile_images/...");
    assertThat(user.getPublicMetrics().getFollowersCount()).isEqualTo(583423);
    assertThat(user.getPublicMetrics().getTweetCount()).isEqualTo(14052);
  }

  @Test
  void me_defaults_sendsNoQuery() {
    x.stubFor(get(urlPathEqualTo("/2/users/me"))
        .willReturn(okJson(example("docs/posts_timelines_quickstart_reverse-chron-quickstart__0.json"))));

    UserResponse me = client(x).users().me();

    assertThat(onlyRequest(x).getUrl()).isEqualTo("/2/users/me");
    assertThat(me.getData().getName()).isEqualTo("X Developers");
  }

  @Test
  void get_byIdWithPinnedPostExpansion_decodesUserAndIncludedPost() {
    x.stubFor(get(urlPathEqualTo("/2/users/2244994945"))
        .willReturn(okJson(example("docs/users_lookup_integrate__1.json"))));

    UserResponse response = client(x).users().get("2244994945", PROFILE);

    assertThat(query(onlyRequest(x))).containsEntry("expansions", List.of("pinned_tweet_id"));
    assertThat(response.getData().getPinnedTweetId()).isEqualTo("1234567890");
    assertThat(response.getIncludes().getTweets()).singleElement()
        .satisfies(post -> assertThat(post.getText()).isEqualTo("Welcome to the X Developer Platform!"));
  }

  @Test
  void get_severalIdsWithAppOnlyToken_sendsIdsAsOneParameterAndReturnsPartialErrors() {
    x.stubFor(get(urlPathEqualTo("/2/users")).willReturn(okJson(example("docs/users_lookup_integrate__2.json"))));
    XClient app = client(x, new RecordingSleeper()).credentials(TestTokenProvider.appOnly(APP_TOKEN)).build();

    UsersResponse response = app.users().get(List.of("2244994945", "1234567890"),
        Fields.builder().user(UserField.VERIFIED).build());

    LoggedRequest request = onlyRequest(x);
    assertThat(query(request)).isEqualTo(Map.of(
        "ids", List.of("2244994945,1234567890"),
        "user.fields", List.of("verified")));
    assertBearer(request, APP_TOKEN);
    assertThat(response.getData()).extracting(User::getUsername).containsExactly("XDevelopers");
    assertThat(response.getErrors()).singleElement()
        .satisfies(error -> assertThat(error.getResourceId()).isEqualTo("1234567890"));
  }

  @Test
  void byUsername_withLeadingAt_sendsBareUsernameInPath() {
    x.stubFor(get(urlPathEqualTo("/2/users/by/username/XDevelopers"))
        .willReturn(okJson(example("docs/users_lookup_quickstart_user-lookup__0.json"))));

    UserResponse response = client(x).users().byUsername("@XDevelopers",
        Fields.builder().user(UserField.DESCRIPTION).build());

    assertThat(query(onlyRequest(x))).isEqualTo(Map.of("user.fields", List.of("description")));
    assertThat(response.getData().getPublicMetrics().getListedCount()).isEqualTo(1672);
  }

  @Test
  void byUsername_unknownUser_returnsErrorsWithoutData() {
    x.stubFor(get(urlPathEqualTo("/2/users/by/username/nobody_here_42"))
        .willReturn(okJson(example("docs/users_lookup_quickstart_user-lookup__1.json"))));

    UserResponse response = client(x).users().byUsername("nobody_here_42");

    assertThat(response.getData()).isNull();
    assertThat(response.getErrors()).singleElement()
        .satisfies(error -> assertThat(error.getDetail()).contains("nonexistent_user"));
  }

  @Test
  void byUsernames_severalNames_sendsUsernamesAsOneParameter() {
    x.stubFor(get(urlPathEqualTo("/2/users/by")).willReturn(okJson(example("docs/users_lookup_integrate__2.json"))));

    UsersResponse response = client(x).users().byUsernames(List.of("@XDevelopers", "TwitterDev"),
        Fields.builder().user(UserField.CREATED_AT).build());

    assertThat(query(onlyRequest(x))).isEqualTo(Map.of(
        "usernames", List.of("XDevelopers,TwitterDev"),
        "user.fields", List.of("created_at")));
    assertThat(response.getData()).hasSize(1);
  }
}
