package io.github.xconnector;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.xconnector.testing.XTest.APP_TOKEN;
import static io.github.xconnector.testing.XTest.USER_TOKEN;
import static io.github.xconnector.testing.XTest.answerInTurn;
import static io.github.xconnector.testing.XTest.assertBearer;
import static io.github.xconnector.testing.XTest.assertNoRequest;
import static io.github.xconnector.testing.XTest.client;
import static io.github.xconnector.testing.XTest.onlyRequest;
import static io.github.xconnector.testing.XTest.query;
import static io.github.xconnector.testing.XTest.requests;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.xconnector.errors.XAuthenticationException;
import io.github.xconnector.errors.XValidationException;
import io.github.xconnector.generated.model.MuteResponse;
import io.github.xconnector.generated.model.Post;
import io.github.xconnector.generated.model.PostField;
import io.github.xconnector.generated.model.User;
import io.github.xconnector.generated.model.UserField;
import io.github.xconnector.paging.Page;
import io.github.xconnector.resources.Fields;
import io.github.xconnector.resources.PageRequest;
import io.github.xconnector.testing.RecordingSleeper;
import io.github.xconnector.testing.TestTokenProvider;
import io.github.xconnector.testing.XTest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** User search, blocking, muting, affiliates and reposts of me, against a stub of X. */
class UserRelationsServiceTest {

  @RegisterExtension
  static WireMockExtension x = XTest.wireMock();

  private static final String ME = "2244994945";
  private static final String MUTED = "6253282";

  private static String users(String meta, String... idsAndNames) {
    StringBuilder data = new StringBuilder();
    for (int i = 0; i < idsAndNames.length; i += 2) {
      data.append(data.length() == 0 ? "" : ",").append("{\"id\":\"").append(idsAndNames[i])
          .append("\",\"name\":\"").append(idsAndNames[i + 1]).append("\",\"username\":\"u")
          .append(idsAndNames[i]).append("\"}");
    }
    return "{\"data\":[" + data + "],\"meta\":" + meta + "}";
  }

  @Test
  void search_sendsQueryPageSizeAndStartAsNextToken_andWalksOnWithNextToken() {
    answerInTurn(x, "GET", "/2/users/search",
        okJson(users("{\"next_token\":\"b26v89c19zqg8o3fo7\"}", "12", "Dev Null", "13", "Dev Ops")),
        okJson(users("{\"previous_token\":\"b26v89c19zqg8o3fo6\"}", "14", "Devon")));

    List<Page<User>> pages = client(x).users().search("dev", PageRequest.builder().maxResults(2)
        .fields(Fields.builder().user(UserField.CREATED_AT).build()).build().startingAt("a1b2c3"))
        .pageStream().collect(Collectors.toList());

    assertThat(requests(x)).hasSize(2);
    assertThat(query(requests(x).get(0))).isEqualTo(Map.of("query", List.of("dev"), "max_results", List.of("2"),
        "next_token", List.of("a1b2c3"), "user.fields", List.of("created_at")));
    assertThat(query(requests(x).get(1))).containsEntry("next_token", List.of("b26v89c19zqg8o3fo7"))
        .doesNotContainKey("pagination_token");
    assertBearer(requests(x).get(0), USER_TOKEN);
    assertThat(pages.get(0).items()).extracting(User::getName).containsExactly("Dev Null", "Dev Ops");
    assertThat(pages.get(1).items()).extracting(User::getId).containsExactly("14");
    assertThat(pages.get(1).previousToken()).contains("b26v89c19zqg8o3fo6");
    assertThat(pages.get(1).nextToken()).isEmpty();
  }

  @Test
  void search_queryOutsideTheSpecsPattern_isRefusedBeforeSending() {
    XValidationException failure = catchThrowableOfType(XValidationException.class,
        () -> client(x).users().search("dev; drop"));

    assertThat(failure).hasMessageContaining("query");
    assertNoRequest(x);
  }

  @Test
  void search_withAppOnlyToken_isRefusedBeforeSending() {
    XClient client = client(x, new RecordingSleeper()).credentials(TestTokenProvider.appOnly(APP_TOKEN)).build();

    assertThat(catchThrowableOfType(XAuthenticationException.class, () -> client.users().search("dev")))
        .hasMessageContaining("app-only");
    assertNoRequest(x);
  }

  @Test
  void blocking_sendsPageOptions_andDecodesUsersAndCount() {
    x.stubFor(get(urlPathEqualTo("/2/users/" + ME + "/blocking"))
        .willReturn(okJson(users("{\"result_count\":1,\"next_token\":\"1710819323648428707\"}", "99", "Spam Bot"))));

    Page<User> page = client(x).users().blocking(ME, PageRequest.builder().maxResults(1000).build()
        .startingAt("ABCDEFGHIJKLMNOPQRSTU")).firstPage();

    assertThat(query(onlyRequest(x))).isEqualTo(Map.of("max_results", List.of("1000"),
        "pagination_token", List.of("ABCDEFGHIJKLMNOPQRSTU")));
    assertThat(page.items()).extracting(User::getName).containsExactly("Spam Bot");
    assertThat(page.resultCount()).isEqualTo(1);
    assertThat(page.nextToken()).contains("1710819323648428707");
  }

  @Test
  void blocking_withoutBlockReadScope_isRefusedBeforeSending_namingTheScope() {
    XClient client = client(x, new RecordingSleeper())
        .credentials(TestTokenProvider.userWithScopes(USER_TOKEN, "tweet.read", "users.read")).build();

    XAuthenticationException failure = catchThrowableOfType(XAuthenticationException.class,
        () -> client.users().blocking(ME).firstPage());

    assertThat(failure).hasMessageContaining("block.read").hasMessageContaining("GET /2/users/{id}/blocking");
    assertNoRequest(x);
  }

  @Test
  void muting_getsTheMutedUsers() {
    x.stubFor(get(urlPathEqualTo("/2/users/" + ME + "/muting"))
        .willReturn(okJson(users("{\"result_count\":1}", MUTED, "Loud Account"))));

    List<User> muted = client(x).users().muting(ME).stream().collect(Collectors.toList());

    assertThat(query(onlyRequest(x))).isEmpty();
    assertThat(muted).extracting(User::getId).containsExactly(MUTED);
  }

  @Test
  void muting_pageOf1001_isRefusedWithTheSpecsBounds() {
    XValidationException failure = catchThrowableOfType(XValidationException.class,
        () -> client(x).users().muting(ME, PageRequest.builder().maxResults(1001).build()));

    assertThat(failure).hasMessageContaining("maxResults must be from 1 to 1000, was 1001");
    assertNoRequest(x);
  }

  @Test
  void mute_postsTargetUserId_andDecodesMuting() {
    x.stubFor(post("/2/users/" + ME + "/muting").willReturn(okJson("{\"data\":{\"muting\":true}}")));

    MuteResponse response = client(x).users().mute(ME, MUTED);

    x.verify(1, postRequestedFor(urlEqualTo("/2/users/" + ME + "/muting"))
        .withHeader("Content-Type", equalTo("application/json"))
        .withRequestBody(equalToJson("{\"target_user_id\":\"" + MUTED + "\"}")));
    assertThat(response.getData().getMuting()).isTrue();
  }

  @Test
  void mute_after503_isSentAgain_becauseTheSpecMarksItRetrySafe() {
    answerInTurn(x, "POST", "/2/users/" + ME + "/muting", aResponse().withStatus(503),
        okJson("{\"data\":{\"muting\":true}}"));

    assertThat(client(x).users().mute(ME, MUTED).getData().getMuting()).isTrue();
    assertThat(requests(x)).hasSize(2);
  }

  @Test
  void mute_targetThatIsNoUserId_isRefusedBeforeSending() {
    assertThat(catchThrowableOfType(XValidationException.class, () -> client(x).users().mute(ME, "@someone")))
        .hasMessageContaining("target_user_id");
    assertNoRequest(x);
  }

  @Test
  void unmute_deletesTheMute_andIsRetriedAfter503() {
    answerInTurn(x, "DELETE", "/2/users/" + ME + "/muting/" + MUTED, aResponse().withStatus(503),
        okJson("{\"data\":{\"muting\":false}}"));

    MuteResponse response = client(x).users().unmute(ME, MUTED);

    x.verify(2, deleteRequestedFor(urlEqualTo("/2/users/" + ME + "/muting/" + MUTED)));
    assertThat(response.getData().getMuting()).isFalse();
  }

  @Test
  void affiliates_withAppOnlyToken_getsTheOrganizationsAffiliates() {
    x.stubFor(get(urlPathEqualTo("/2/users/783214/affiliates"))
        .willReturn(okJson(users("{\"result_count\":2}", "1", "Support", "2", "Developers"))));
    XClient client = client(x, new RecordingSleeper()).credentials(TestTokenProvider.appOnly(APP_TOKEN)).build();

    Page<User> page = client.users().affiliates("783214", PageRequest.builder().maxResults(10).build())
        .firstPage();

    assertThat(query(onlyRequest(x))).isEqualTo(Map.of("max_results", List.of("10")));
    assertBearer(onlyRequest(x), APP_TOKEN);
    assertThat(page.items()).extracting(User::getName).containsExactly("Support", "Developers");
  }

  @Test
  void affiliates_tokenLongerThanTheSpecAllows_isRefusedBeforeSending() {
    assertThat(catchThrowableOfType(XValidationException.class, () -> client(x).users()
        .affiliates("783214", PageRequest.defaults().startingAt("12345678901234567890"))))
        .hasMessageContaining("startingAt");
    assertNoRequest(x);
  }

  @Test
  void repostsOfMe_getsPostsWithFields_andNeedsNoUserId() {
    x.stubFor(get(urlPathEqualTo("/2/users/reposts_of_me")).willReturn(okJson("{\"data\":[{\"id\":\"1\","
        + "\"text\":\"RT @me: hello\",\"author_id\":\"7\",\"edit_history_tweet_ids\":[\"1\"]}],"
        + "\"meta\":{\"result_count\":1,\"next_token\":\"7140dibdnow9c7btw3w29grvxfcgvpb9n9coehpk7xz5i\"}}")));

    Page<Post> page = client(x).users().repostsOfMe(PageRequest.builder().maxResults(100)
        .fields(Fields.builder().post(PostField.AUTHOR_ID).build()).build()).firstPage();

    assertThat(query(onlyRequest(x))).isEqualTo(Map.of("max_results", List.of("100"),
        "tweet.fields", List.of("author_id")));
    assertThat(page.items()).extracting(Post::getAuthorId).containsExactly("7");
    assertThat(page.nextToken()).contains("7140dibdnow9c7btw3w29grvxfcgvpb9n9coehpk7xz5i");
  }

  @Test
  void repostsOfMe_withoutTimelineReadScope_isRefusedBeforeSending() {
    XClient client = client(x, new RecordingSleeper())
        .credentials(TestTokenProvider.userWithScopes(USER_TOKEN, "tweet.read", "users.read")).build();

    assertThat(catchThrowableOfType(XAuthenticationException.class, () -> client.users().repostsOfMe()))
        .hasMessageContaining("timeline.read");
    assertNoRequest(x);
  }
}
