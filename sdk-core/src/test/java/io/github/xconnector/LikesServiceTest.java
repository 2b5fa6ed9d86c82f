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
import io.github.xconnector.errors.ProblemType;
import io.github.xconnector.errors.XError;
import io.github.xconnector.generated.model.LikeResponse;
import io.github.xconnector.generated.model.Post;
import io.github.xconnector.generated.model.PostField;
import io.github.xconnector.generated.model.UnlikeResponse;
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

class LikesServiceTest {

  @RegisterExtension
  static WireMockExtension x = XTest.wireMock();

  @Test
  void like_post_postsPostIdAndDecodesLiked() {
    x.stubFor(post("/2/users/2244994945/likes")
        .willReturn(okJson(example("docs/posts_likes_quickstart_manage-likes__0.json"))));

    LikeResponse response = client(x).likes().like("2244994945", "1228393702244134912");

    x.verify(1, postRequestedFor(urlEqualTo("/2/users/2244994945/likes"))
        .withHeader("Content-Type", equalTo("application/json"))
        .withRequestBody(equalToJson("{\"tweet_id\":\"1228393702244134912\"}")));
    assertBearer(onlyRequest(x), USER_TOKEN);
    assertThat(response.getData().getLiked()).isTrue();
  }

  @Test
  void unlike_post_deletesAndDecodesNotLiked() {
    x.stubFor(delete("/2/users/2244994945/likes/1228393702244134912")
        .willReturn(okJson(example("docs/posts_likes_quickstart_manage-likes__1.json"))));

    UnlikeResponse response = client(x).likes().unlike("2244994945", "1228393702244134912");

    x.verify(1, deleteRequestedFor(urlEqualTo("/2/users/2244994945/likes/1228393702244134912")));
    assertBearer(onlyRequest(x), USER_TOKEN);
    assertThat(response.getData().getLiked()).isFalse();
  }

  @Test
  void likingUsers_everyOption_sendsParametersAndDecodesUsers() {
    x.stubFor(get(urlPathEqualTo("/2/tweets/1228393702244134912/liking_users"))
        .willReturn(okJson(example("docs/posts_likes_quickstart_likes-lookup__0.json"))));

    Page<User> page = client(x).likes().likingUsers("1228393702244134912", PageRequest.builder().maxResults(100)
        .fields(Fields.builder().user(UserField.CREATED_AT).build()).paginationToken("t0").build()).firstPage();

    assertThat(query(onlyRequest(x))).isEqualTo(Map.of(
        "max_results", List.of("100"),
        "pagination_token", List.of("t0"),
        "user.fields", List.of("created_at")));
    assertThat(page.items()).extracting(User::getUsername).containsExactly("TwitterSupport", "Twitter");
    assertThat(page.nextToken()).contains("7140dibdnow9c7btw3z2vwioavpvutgzrzm9icis4ndix");
  }

  @Test
  void likingUsers_postNotFound_returnsEmptyPageWithPartialErrorInsteadOfThrowing() {
    x.stubFor(get(urlPathEqualTo("/2/tweets/1553481126915854339/liking_users"))
        .willReturn(okJson(example("error-reports/200_partial_error_liking_users_not_found.json"))));

    Page<User> page = client(x).likes().likingUsers("1553481126915854339").firstPage();

    assertThat(page.items()).isEmpty();
    assertThat(page.hasNextPage()).isFalse();
    assertThat(page.errors()).singleElement().satisfies(error -> {
      assertThat(error.getResourceId()).isEqualTo("1553481126915854339");
      assertThat(error.getParameter()).isEqualTo("id");
      assertThat(XError.fromMembers(Map.of("type", error.getType())).problemType())
          .isEqualTo(ProblemType.RESOURCE_NOT_FOUND);
    });
  }

  @Test
  void likedPosts_everyOption_sendsParametersAndDecodesPosts() {
    x.stubFor(get(urlPathEqualTo("/2/users/2244994945/liked_tweets"))
        .willReturn(okJson(example("docs/posts_likes_quickstart_likes-lookup__1.json"))));

    Page<Post> page = client(x).likes().likedPosts("2244994945", PageRequest.builder().maxResults(5)
        .fields(Fields.builder().post(PostField.CREATED_AT, PostField.PUBLIC_METRICS).build()).build()).firstPage();

    assertThat(query(onlyRequest(x))).isEqualTo(Map.of(
        "max_results", List.of("5"),
        "tweet.fields", List.of("created_at,public_metrics")));
    assertThat(page.items()).singleElement().satisfies(post -> {
      assertThat(post.getId()).isEqualTo("1362449997430542337");
      assertThat(post.getPublicMetrics().getRetweetCount()).isEqualTo(5);
    });
  }
}
