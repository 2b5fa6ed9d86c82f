package io.github.xconnector;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.xconnector.testing.XTest.client;
import static io.github.xconnector.testing.XTest.onlyRequest;
import static io.github.xconnector.testing.XTest.query;
import static io.github.xconnector.testing.XTest.requests;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.xconnector.generated.model.Post;
import io.github.xconnector.generated.model.PostExpansion;
import io.github.xconnector.generated.model.PostField;
import io.github.xconnector.generated.model.PostResponse;
import io.github.xconnector.generated.model.UserExpansion;
import io.github.xconnector.generated.model.UserField;
import io.github.xconnector.generated.model.UserResponse;
import io.github.xconnector.resources.Fields;
import io.github.xconnector.resources.SearchRequest;
import io.github.xconnector.testing.RecordingSleeper;
import io.github.xconnector.testing.XTest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The two vocabularies of fields and expansions: the names X's servers answer to today, and the names of X's 2.167
 * document, chosen with {@code postFieldsParameter("post.fields")}. The stub here stands for a server that honours only
 * the new names: it answers a request that carries any old name with a 400, as X answers an unknown parameter or value.
 */
class PostVocabularyTest {

  @RegisterExtension
  static WireMockExtension x = XTest.wireMock();

  private static final Fields POST_FIELDS = Fields.builder()
      .post(PostField.CREATED_AT, PostField.REFERENCED_TWEETS, PostField.NOTE_TWEET, PostField.EDIT_HISTORY_TWEET_IDS)
      .expand(PostExpansion.REFERENCED_TWEETS_ID, PostExpansion.EDIT_HISTORY_TWEET_IDS, PostExpansion.AUTHOR_ID)
      .user(UserField.PINNED_TWEET_ID, UserField.MOST_RECENT_TWEET_ID)
      .build();

  private static final String NEW_NAMES_ANSWER = "{\"data\":{\"id\":\"2\",\"text\":\"quoting\","
      + "\"edit_history_post_ids\":[\"2\"],\"referenced_posts\":[{\"type\":\"quoted\",\"id\":\"1\"}]},"
      + "\"includes\":{\"posts\":[{\"id\":\"1\",\"text\":\"original\"}],"
      + "\"users\":[{\"id\":\"9\",\"name\":\"N\",\"username\":\"n\",\"pinned_post_id\":\"1\"}]}}";

  private static XClient newNames() {
    return client(x, new RecordingSleeper()).postFieldsParameter("post.fields").build();
  }

  private static void onlyNewNamesHonoured(String path) {
    x.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"errors\":[{\"parameters\":{},\"message\":\"unknown parameter or value\"}],"
            + "\"title\":\"Invalid Request\",\"detail\":\"One or more parameters to your request was invalid.\","
            + "\"type\":\"https://api.twitter.com/2/problems/invalid-request\"}")));
    x.stubFor(get(urlPathEqualTo(path)).atPriority(1)
        .withQueryParam("tweet.fields", absent())
        .withQueryParam("post.fields", equalTo("created_at,referenced_posts,note_post,edit_history_post_ids"))
        .withQueryParam("expansions", equalTo("referenced_posts,edit_history_post_ids,author_id"))
        .withQueryParam("user.fields", equalTo("pinned_post_id,most_recent_post_id"))
        .willReturn(okJson(NEW_NAMES_ANSWER)));
  }

  @Test
  void renamedVocabulary_sendsOnlyNewNamesOfParameterAndValues_andReadsTheNewNamesBack() {
    onlyNewNamesHonoured("/2/tweets/2");

    PostResponse response = newNames().posts().get("2", POST_FIELDS);

    assertThat(response.getData().getReferencedTweets()).singleElement()
        .satisfies(reference -> assertThat(reference.getId()).isEqualTo("1"));
    assertThat(response.getData().getEditHistoryTweetIds()).containsExactly("2");
    assertThat(response.getIncludes().getTweets()).extracting(Post::getText).containsExactly("original");
    assertThat(response.getIncludes().getUsers().get(0).getPinnedTweetId()).isEqualTo("1");
  }

  @Test
  void defaultVocabulary_sendsTheNamesXsServersAnswerToToday() {
    x.stubFor(get(urlPathEqualTo("/2/tweets/2")).willReturn(okJson(NEW_NAMES_ANSWER)));

    client(x).posts().get("2", POST_FIELDS);

    assertThat(query(onlyRequest(x))).isEqualTo(Map.of(
        "tweet.fields", List.of("created_at,referenced_tweets,note_tweet,edit_history_tweet_ids"),
        "expansions", List.of("referenced_tweets.id,edit_history_tweet_ids,author_id"),
        "user.fields", List.of("pinned_tweet_id,most_recent_tweet_id")));
  }

  @Test
  void renamedVocabulary_renamesUserExpansionsOnUserLookups() {
    x.stubFor(get(urlPathEqualTo("/2/users/me"))
        .willReturn(okJson("{\"data\":{\"id\":\"9\",\"name\":\"N\",\"username\":\"n\",\"pinned_post_id\":\"1\"}}")));

    UserResponse me = newNames().users().me(Fields.builder()
        .user(UserField.PINNED_TWEET_ID)
        .expand(UserExpansion.PINNED_TWEET_ID, UserExpansion.AFFILIATION_USER_ID, UserExpansion.MOST_RECENT_TWEET_ID)
        .build());

    assertThat(query(onlyRequest(x))).isEqualTo(Map.of(
        "user.fields", List.of("pinned_post_id"),
        "expansions", List.of("pinned_post_id,affiliation,most_recent_post_id")));
    assertThat(me.getData().getPinnedTweetId()).isEqualTo("1");
  }

  @Test
  void renamedVocabulary_appliesToEveryPageOfAWalk() {
    x.stubFor(get(urlPathEqualTo("/2/tweets/search/recent")).withQueryParam("pagination_token", absent())
        .withQueryParam("next_token", absent())
        .willReturn(okJson("{\"data\":[{\"id\":\"3\",\"text\":\"a\"}],\"meta\":{\"next_token\":\"p2\"}}")));
    x.stubFor(get(urlPathEqualTo("/2/tweets/search/recent")).withQueryParam("next_token", equalTo("p2"))
        .willReturn(okJson("{\"data\":[{\"id\":\"4\",\"text\":\"b\"}],\"meta\":{}}")));

    List<String> ids = newNames().search().recent(SearchRequest.builder("java")
            .fields(Fields.builder().post(PostField.REFERENCED_TWEETS).expand(PostExpansion.REFERENCED_TWEETS_ID)
                .build())
            .build())
        .stream().map(Post::getId).collect(Collectors.toList());

    assertThat(ids).containsExactly("3", "4");
    assertThat(requests(x)).hasSize(2).allSatisfy(request -> {
      assertThat(query(request)).containsEntry("post.fields", List.of("referenced_posts"))
          .containsEntry("expansions", List.of("referenced_posts")).doesNotContainKey("tweet.fields");
    });
  }

  @Test
  void extraValues_underEitherName_goOutUnderTheNameTheClientSpeaks() {
    x.stubFor(get(urlPathEqualTo("/2/tweets/2")).willReturn(okJson(NEW_NAMES_ANSWER)));
    Fields mixed = Fields.builder().post(PostField.LANG).extra("post.fields", "note_post")
        .extra("tweet.fields", "referenced_tweets", "brand_new").build();

    newNames().posts().get("2", mixed);
    client(x).posts().get("2", mixed);

    assertThat(requests(x)).extracting(XTest::query).containsExactly(
        Map.of("post.fields", List.of("lang,referenced_posts,brand_new,note_post")),
        Map.of("tweet.fields", List.of("lang,referenced_tweets,brand_new,note_post")));
  }
}
