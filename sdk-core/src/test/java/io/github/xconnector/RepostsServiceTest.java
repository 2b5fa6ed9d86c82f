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
import io.github.xconnector.generated.model.PostField;
import io.github.xconnector.generated.model.RepostResponse;
import io.github.xconnector.generated.model.UndoRepostResponse;
import io.github.xconnector.generated.model.User;
import io.github.xconnector.generated.model.UserExpansion;
import io.github.xconnector.generated.model.UserField;
import io.github.xconnector.paging.Page;
import io.github.xconnector.resources.Fields;
import io.github.xconnector.resources.PageRequest;
import io.github.xconnector.testing.XTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RepostsServiceTest {

  @RegisterExtension
  static WireMockExtension x = XTest.wireMock();

  @Test
  void repost_post_postsPostIdAndDecodesReposted() {
    x.stubFor(post("/2/users/2244994945/retweets")
        .willReturn(okJson(example("docs/posts_retweets_quickstart_manage-retweets__0.json"))));

    RepostResponse response = client(x).reposts().repost("2244994945", "1228393702244134912");

    x.verify(1, postRequestedFor(urlEqualTo("/2/users/2244994945/retweets"))
        .withHeader("Content-Type", equalTo("application/json"))
        .withRequestBody(equalToJson("{\"tweet_id\":\"1228393702244134912\"}")));
    assertBearer(onlyRequest(x), USER_TOKEN);
    assertThat(response.getData().getRetweeted()).isTrue();
  }

  @Test
  void undo_repostedPost_deletesAndDecodesNotReposted() {
    x.stubFor(delete("/2/users/2244994945/retweets/1228393702244134912")
        .willReturn(okJson(example("docs/posts_retweets_quickstart_manage-retweets__1.json"))));

    UndoRepostResponse response = client(x).reposts().undo("2244994945", "1228393702244134912");

    x.verify(1, deleteRequestedFor(urlEqualTo("/2/users/2244994945/retweets/1228393702244134912")));
    assertBearer(onlyRequest(x), USER_TOKEN);
    assertThat(response.getData().getRetweeted()).isFalse();
  }

  @Test
  void repostedBy_everyOption_sendsParametersAndDecodesUsers() {
    x.stubFor(get(urlPathEqualTo("/2/tweets/1228393702244134912/retweeted_by"))
        .willReturn(okJson(example("docs/posts_retweets_quickstart_retweets-lookup__0.json"))));

    Page<User> page = client(x).reposts().repostedBy("1228393702244134912", PageRequest.builder().maxResults(2)
        .fields(Fields.builder().user(UserField.CREATED_AT, UserField.VERIFIED).build())
        .paginationToken("p1").build()).firstPage();

    assertThat(query(onlyRequest(x))).isEqualTo(Map.of(
        "max_results", List.of("2"),
        "pagination_token", List.of("p1"),
        "user.fields", List.of("created_at,verified")));
    assertThat(page.items()).extracting(User::getId).containsExactly("17874544", "783214");
    assertThat(page.nextToken()).contains("7140dibdnow9c7btw3z2vwioavpvutgzrzm9icis4ndix");
  }

  @Test
  void repostedBy_pinnedPostExpansion_exposesIncludedPosts() {
    x.stubFor(get(urlPathEqualTo("/2/tweets/1228393702244134912/retweeted_by"))
        .willReturn(okJson(example("docs/posts_retweets_quickstart_retweets-lookup__1.json"))));

    Page<User> page = client(x).reposts().repostedBy("1228393702244134912", PageRequest.builder()
        .fields(Fields.builder().expand(UserExpansion.PINNED_TWEET_ID).post(PostField.CREATED_AT).build())
        .build()).firstPage();

    assertThat(query(onlyRequest(x))).isEqualTo(Map.of(
        "expansions", List.of("pinned_tweet_id"),
        "tweet.fields", List.of("created_at")));
    User user = page.items().get(0);
    assertThat(page.expansions().post(user.getPinnedTweetId())).hasValueSatisfying(
        pinned -> assertThat(pinned.getText()).startsWith("now, everyone with 600"));
  }
}
