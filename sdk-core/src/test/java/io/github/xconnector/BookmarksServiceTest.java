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
import io.github.xconnector.generated.model.BookmarkMutationResponse;
import io.github.xconnector.generated.model.Post;
import io.github.xconnector.generated.model.PostField;
import io.github.xconnector.paging.Page;
import io.github.xconnector.resources.Fields;
import io.github.xconnector.resources.PageRequest;
import io.github.xconnector.testing.RecordingSleeper;
import io.github.xconnector.testing.TestTokenProvider;
import io.github.xconnector.testing.XTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Bookmarks: the endpoint added through the operation table, end to end against a stub of X. */
class BookmarksServiceTest {

  @RegisterExtension
  static WireMockExtension x = XTest.wireMock();

  private static final String PAGE = "{\"data\":[{\"id\":\"1460323737035677698\",\"text\":\"Introducing a new era\","
      + "\"created_at\":\"2021-11-15T19:08:05.000Z\",\"edit_history_tweet_ids\":[\"1460323737035677698\"]}],"
      + "\"meta\":{\"result_count\":1,\"next_token\":\"7140dibdnow9c7btw3w29grvxfcgvpb9n9coehpk7xz5i\"}}";

  @Test
  void list_everyOption_sendsPageSizeTokenAndFields_andDecodesPosts() {
    x.stubFor(get(urlPathEqualTo("/2/users/2244994945/bookmarks")).willReturn(okJson(PAGE)));

    Page<Post> page = client(x).bookmarks().list("2244994945", PageRequest.builder().maxResults(50)
        .fields(Fields.builder().post(PostField.CREATED_AT).build()).build()
        .startingAt("zldjwdz3w6sba13nbs0mbravfipbtqvbiqplg9h0p4k")).firstPage();

    assertThat(query(onlyRequest(x))).isEqualTo(Map.of(
        "max_results", List.of("50"),
        "pagination_token", List.of("zldjwdz3w6sba13nbs0mbravfipbtqvbiqplg9h0p4k"),
        "tweet.fields", List.of("created_at")));
    assertBearer(onlyRequest(x), USER_TOKEN);
    assertThat(page.items()).extracting(Post::getText).containsExactly("Introducing a new era");
    assertThat(page.nextToken()).contains("7140dibdnow9c7btw3w29grvxfcgvpb9n9coehpk7xz5i");
  }

  @Test
  void add_post_postsTweetIdAndDecodesBookmarked() {
    x.stubFor(post("/2/users/2244994945/bookmarks").willReturn(okJson("{\"data\":{\"bookmarked\":true}}")));

    BookmarkMutationResponse response = client(x).bookmarks().add("2244994945", "1460323737035677698");

    x.verify(1, postRequestedFor(urlEqualTo("/2/users/2244994945/bookmarks"))
        .withHeader("Content-Type", equalTo("application/json"))
        .withRequestBody(equalToJson("{\"tweet_id\":\"1460323737035677698\"}")));
    assertThat(response.getData().getBookmarked()).isTrue();
  }

  @Test
  void add_after503_isSentAgain_becauseTheSpecMarksItRetrySafe() {
    x.stubFor(post("/2/users/1/bookmarks").inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
    x.stubFor(post("/2/users/1/bookmarks").inScenario("flaky").whenScenarioStateIs("up")
        .willReturn(okJson("{\"data\":{\"bookmarked\":true}}")));

    BookmarkMutationResponse response = client(x).bookmarks().add("1", "2");

    assertThat(response.getData().getBookmarked()).isTrue();
    assertThat(requests(x)).hasSize(2);
  }

  @Test
  void remove_post_deletesAndDecodesNotBookmarked() {
    x.stubFor(delete("/2/users/2244994945/bookmarks/1460323737035677698")
        .willReturn(okJson("{\"data\":{\"bookmarked\":false}}")));

    BookmarkMutationResponse response = client(x).bookmarks().remove("2244994945", "1460323737035677698");

    x.verify(1, deleteRequestedFor(urlEqualTo("/2/users/2244994945/bookmarks/1460323737035677698")));
    assertThat(response.getData().getBookmarked()).isFalse();
  }

  @Test
  void list_withoutBookmarkReadScope_isRefusedBeforeSending_namingTheScope() {
    XClient client = client(x, new RecordingSleeper())
        .credentials(TestTokenProvider.userWithScopes(USER_TOKEN, "tweet.read", "users.read")).build();

    XAuthenticationException failure = catchThrowableOfType(XAuthenticationException.class,
        () -> client.bookmarks().list("1").firstPage());

    assertThat(failure).hasMessageContaining("bookmark.read").hasMessageContaining("GET /2/users/{id}/bookmarks");
    assertNoRequest(x);
  }

  @Test
  void list_withAppOnlyToken_isRefusedBeforeSending() {
    XClient client = client(x, new RecordingSleeper()).credentials(TestTokenProvider.appOnly("app")).build();

    assertThat(catchThrowableOfType(XAuthenticationException.class, () -> client.bookmarks().list("1")))
        .hasMessageContaining("app-only");
    assertNoRequest(x);
  }

  @Test
  void list_pageOf101_isRefusedWithTheSpecsBounds() {
    XValidationException failure = catchThrowableOfType(XValidationException.class,
        () -> client(x).bookmarks().list("1", PageRequest.builder().maxResults(101).build()));

    assertThat(failure).hasMessageContaining("maxResults must be from 1 to 100, was 101");
    assertNoRequest(x);
  }
}
