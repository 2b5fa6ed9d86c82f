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
import static io.github.xconnector.testing.XTest.client;
import static io.github.xconnector.testing.XTest.example;
import static io.github.xconnector.testing.XTest.onlyRequest;
import static io.github.xconnector.testing.XTest.query;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.xconnector.generated.model.CreatePostResponse;
import io.github.xconnector.generated.model.DeletePostResponse;
import io.github.xconnector.generated.model.PostExpansion;
import io.github.xconnector.generated.model.PostField;
import io.github.xconnector.generated.model.PostResponse;
import io.github.xconnector.generated.model.PostsResponse;
import io.github.xconnector.generated.model.UserField;
import io.github.xconnector.resources.Fields;
import io.github.xconnector.resources.PostDraft;
import io.github.xconnector.testing.RecordingSleeper;
import io.github.xconnector.testing.XTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostsServiceTest {

  @RegisterExtension
  static WireMockExtension x = XTest.wireMock();

  @Test
  void create_replyWithMediaTagsAndReplySettings_sendsJsonBodyAndDecodesNewPost() {
    x.stubFor(post("/2/tweets").willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json")
        .withBody(example("docs/posts_manage-tweets_quickstart__1.json"))));
    PostDraft draft = PostDraft.text("Hello from the X API!")
        .replyTo("1445880548472328100")
        .media("1880028106020515840", "1880028106020515841")
        .tagUsers("2244994945")
        .replySettings(PostDraft.ReplySettings.MENTIONED_USERS)
        .build();

    CreatePostResponse created = client(x).posts().create(draft);

    assertThat(created.getData().getId()).isEqualTo("1445880548472328192");
    assertThat(created.getData().getText()).isEqualTo("Hello from the X API!");
    x.verify(1, postRequestedFor(urlEqualTo("/2/tweets"))
        .withHeader("Content-Type", equalTo("application/json"))
        .withRequestBody(equalToJson("{\"text\":\"Hello from the X API!\","
            + "\"reply\":{\"in_reply_to_tweet_id\":\"1445880548472328100\"},"
            + "\"media\":{\"media_ids\":[\"1880028106020515840\",\"1880028106020515841\"],"
            + "\"tagged_user_ids\":[\"2244994945\"]},"
            + "\"reply_settings\":\"mentionedUsers\"}")));
    assertBearer(onlyRequest(x), USER_TOKEN);
  }

  @Test
  void create_quoteWithPoll_sendsQuoteIdAndPollMinutes() {
    x.stubFor(post("/2/tweets").willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"data\":{\"id\":\"1\",\"text\":\"Which one?\"}}")));

    client(x).posts().create(PostDraft.text("Which one?").quote("1228393702244134912")
        .poll(Duration.ofHours(2), "Tea", "Coffee").build());

    x.verify(1, postRequestedFor(urlEqualTo("/2/tweets")).withRequestBody(equalToJson(
        "{\"text\":\"Which one?\",\"quote_tweet_id\":\"1228393702244134912\","
            + "\"poll\":{\"options\":[\"Tea\",\"Coffee\"],\"duration_minutes\":120}}")));
  }

  @Test
  void create_textOnly_sendsOnlyText() {
    x.stubFor(post("/2/tweets").willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json")
        .withBody(example("docs/posts_manage-tweets_quickstart__1.json"))));

    client(x).posts().create("Hello from the X API!");

    x.verify(1, postRequestedFor(urlEqualTo("/2/tweets"))
        .withRequestBody(equalToJson("{\"text\":\"Hello from the X API!\"}")));
  }

  @Test
  void delete_ownPost_sendsDeleteAndDecodesDeleted() {
    x.stubFor(delete("/2/tweets/1445880548472328192")
        .willReturn(okJson(example("docs/posts_manage-tweets_quickstart__2.json"))));

    DeletePostResponse deleted = client(x).posts().delete("1445880548472328192");

    assertThat(deleted.getData().getDeleted()).isTrue();
    x.verify(1, deleteRequestedFor(urlEqualTo("/2/tweets/1445880548472328192")));
    assertBearer(onlyRequest(x), USER_TOKEN);
  }

  @Test
  void get_withFieldsAndExpansions_sendsEachParameterOnceCommaJoinedAndDecodesIncludes() {
    x.stubFor(get(urlPathEqualTo("/2/tweets/1228393702244134912"))
        .willReturn(okJson(example("docs/posts_lookup_quickstart__1.json"))));
    Fields fields = Fields.builder()
        .post(PostField.CREATED_AT, PostField.AUTHOR_ID, PostField.PUBLIC_METRICS)
        .expand(PostExpansion.AUTHOR_ID)
        .user(UserField.VERIFIED, UserField.USERNAME)
        .build();

    PostResponse response = client(x).posts().get("1228393702244134912", fields);

    LoggedRequest request = onlyRequest(x);
    assertThat(request.getMethod().getName()).isEqualTo("GET");
    assertThat(query(request)).isEqualTo(Map.of(
        "tweet.fields", List.of("created_at,author_id,public_metrics"),
        "expansions", List.of("author_id"),
        "user.fields", List.of("verified,username")));
    assertBearer(request, USER_TOKEN);
    assertThat(response.getData().getId()).isEqualTo("1228393702244134912");
    assertThat(response.getData().getAuthorId()).isEqualTo("2244994945");
    assertThat(response.getData().getCreatedAt()).isEqualTo("2020-02-14T19:00:55Z");
    assertThat(response.getData().getPublicMetrics().getLikeCount()).isEqualTo(892);
    assertThat(response.getData().getEditHistoryTweetIds()).containsExactly("1228393702244134912");
    assertThat(response.getIncludes().getUsers()).singleElement()
        .satisfies(user -> assertThat(user.getUsername()).isEqualTo("XDevelopers"));
  }

  @Test
  void get_withoutFields_sendsNoQuery() {
    x.stubFor(get(urlPathEqualTo("/2/tweets/1228393702244134912"))
        .willReturn(okJson(example("docs/posts_lookup_quickstart__0.json"))));

    PostResponse response = client(x).posts().get("1228393702244134912");

    LoggedRequest request = onlyRequest(x);
    assertThat(request.getUrl()).isEqualTo("/2/tweets/1228393702244134912");
    assertThat(response.getData().getText()).startsWith("What did the developer write");
  }

  @Test
  void get_severalIdsWithOneMissing_sendsIdsAsOneParameterAndReturnsDataWithPartialErrors() {
    x.stubFor(get(urlPathEqualTo("/2/tweets"))
        .willReturn(okJson(example("docs/posts_lookup_integrate__2.json"))));

    PostsResponse response = client(x).posts().get(List.of("1234567890", "1234567891"),
        Fields.builder().post(PostField.LANG).build());

    LoggedRequest request = onlyRequest(x);
    assertThat(query(request)).isEqualTo(Map.of(
        "ids", List.of("1234567890,1234567891"),
        "tweet.fields", List.of("lang")));
    assertThat(response.getData()).extracting(p -> p.getId()).containsExactly("1234567890");
    assertThat(response.getErrors()).singleElement().satisfies(error -> {
      assertThat(error.getResourceId()).isEqualTo("1234567891");
      assertThat(error.getTitle()).isEqualTo("Not Found Error");
    });
  }

  @Test
  void get_postFieldsParameterConfigured_sendsPostFieldsInsteadOfTweetFields() {
    x.stubFor(get(urlPathEqualTo("/2/tweets/1")).willReturn(okJson("{\"data\":{\"id\":\"1\",\"text\":\"t\"}}")));
    XClient client = client(x, new RecordingSleeper()).postFieldsParameter("post.fields").build();

    client.posts().get("1", Fields.builder().post(PostField.CREATED_AT, PostField.LANG).build());

    assertThat(query(onlyRequest(x))).isEqualTo(Map.of("post.fields", List.of("created_at,lang")));
  }

  @Test
  void get_extraFieldValue_sendsValueUnknownToTheSdk() {
    x.stubFor(get(urlPathEqualTo("/2/tweets/1")).willReturn(okJson("{\"data\":{\"id\":\"1\",\"text\":\"t\"}}")));

    client(x).posts().get("1", Fields.builder().post(PostField.LANG).extra("tweet.fields", "brand_new")
        .extra("expansions", "brand_new_expansion").build());

    assertThat(query(onlyRequest(x))).isEqualTo(Map.of(
        "tweet.fields", List.of("lang,brand_new"),
        "expansions", List.of("brand_new_expansion")));
  }

  @Test
  void get_extraValueUnderPostFieldsName_isSentUnderTheConfiguredName() {
    x.stubFor(get(urlPathEqualTo("/2/tweets/1")).willReturn(okJson("{\"data\":{\"id\":\"1\",\"text\":\"t\"}}")));

    client(x).posts().get("1", Fields.builder().extra("post.fields", "article").build());

    assertThat(query(onlyRequest(x))).isEqualTo(Map.of("tweet.fields", List.of("article")));
  }

  @Test
  void create_mediaWithoutTaggedUsers_sendsNoTaggedUserIds() {
    x.stubFor(post("/2/tweets").willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody("{\"data\":{\"id\":\"1\",\"text\":\"\"}}")));

    client(x).posts().create(PostDraft.text("").media("1880028106020515840").build());

    x.verify(1, postRequestedFor(urlEqualTo("/2/tweets"))
        .withRequestBody(equalToJson("{\"media\":{\"media_ids\":[\"1880028106020515840\"]}}")));
  }
}
