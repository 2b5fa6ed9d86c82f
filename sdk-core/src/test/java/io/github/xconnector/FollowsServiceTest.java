package io.github.xconnector;

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
import static io.github.xconnector.testing.XTest.client;
import static io.github.xconnector.testing.XTest.example;
import static io.github.xconnector.testing.XTest.onlyRequest;
import static io.github.xconnector.testing.XTest.query;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.xconnector.generated.model.FollowResponse;
import io.github.xconnector.generated.model.UnfollowResponse;
import io.github.xconnector.generated.model.User;
import io.github.xconnector.generated.model.UserField;
import io.github.xconnector.paging.Page;
import io.github.xconnector.resources.Fields;
import io.github.xconnector.resources.PageRequest;
import io.github.xconnector.testing.XTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FollowsServiceTest {

  @RegisterExtension
  static WireMockExtension x = XTest.wireMock();

  private static final PageRequest OPTIONS = PageRequest.builder()
      .maxResults(1000)
      .fields(Fields.builder().user(UserField.PUBLIC_METRICS, UserField.VERIFIED).build())
      .paginationToken("abc123abc123abc1")
      .build();

  @Test
  void follow_targetUser_postsTargetIdAndDecodesFollowing() {
    x.stubFor(post("/2/users/2244994945/following")
        .willReturn(okJson(example("docs/users_follows_quickstart__1.json"))));

    FollowResponse response = client(x).follows().follow("2244994945", "783214");

    x.verify(1, postRequestedFor(urlEqualTo("/2/users/2244994945/following"))
        .withHeader("Content-Type", equalTo("application/json"))
        .withRequestBody(equalToJson("{\"target_user_id\":\"783214\"}")));
    assertBearer(onlyRequest(x), USER_TOKEN);
    assertThat(response.getData().getFollowing()).isTrue();
    assertThat(response.getData().getPendingFollow()).isFalse();
  }

  @Test
  void unfollow_targetUser_deletesBothIdsInPathAndDecodesNotFollowing() {
    x.stubFor(delete("/2/users/2244994945/following/783214")
        .willReturn(okJson(example("docs/users_follows_quickstart__2.json"))));

    UnfollowResponse response = client(x).follows().unfollow("2244994945", "783214");

    x.verify(1, deleteRequestedFor(urlEqualTo("/2/users/2244994945/following/783214")));
    assertBearer(onlyRequest(x), USER_TOKEN);
    assertThat(response.getData().getFollowing()).isFalse();
  }

  @Test
  void followers_everyOption_sendsPaginationTokenAndDecodesUsers() {
    x.stubFor(get(urlPathEqualTo("/2/users/2244994945/followers"))
        .willReturn(okJson(example("docs/users_follows_quickstart__0.json"))));

    Page<User> page = client(x).follows().followers("2244994945", OPTIONS).firstPage();

    assertThat(query(onlyRequest(x))).isEqualTo(Map.of(
        "max_results", List.of("1000"),
        "pagination_token", List.of("abc123abc123abc1"),
        "user.fields", List.of("public_metrics,verified")));
    User follower = page.items().get(0);
    assertThat(follower.getUsername()).isEqualTo("dev_user");
    assertThat(follower.getPublicMetrics().getTweetCount()).isEqualTo(1500);
    assertThat(page.nextToken()).contains("abc123");
    assertThat(page.resultCount()).isEqualTo(1);
  }

  @Test
  void following_everyOption_sendsParametersAndDecodesUsers() {
    x.stubFor(get(urlPathEqualTo("/2/users/2244994945/following"))
        .willReturn(okJson(example("docs/users_follows_quickstart__0.json"))));

    Page<User> page = client(x).follows().following("2244994945", OPTIONS).firstPage();

    assertThat(query(onlyRequest(x))).isEqualTo(Map.of(
        "max_results", List.of("1000"),
        "pagination_token", List.of("abc123abc123abc1"),
        "user.fields", List.of("public_metrics,verified")));
    assertThat(page.items()).extracting(User::getId).containsExactly("1234567890");
  }
}
