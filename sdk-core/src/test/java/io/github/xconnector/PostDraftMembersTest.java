package io.github.xconnector;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.xconnector.testing.XTest.assertNoRequest;
import static io.github.xconnector.testing.XTest.client;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.xconnector.errors.XValidationException;
import io.github.xconnector.generated.model.CreatePostResponse;
import io.github.xconnector.resources.PostDraft;
import io.github.xconnector.testing.XTest;
import java.time.Duration;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each create-post member beyond text, reply, quote, media and poll, as it goes on the wire, and its rules. */
class PostDraftMembersTest {

  @RegisterExtension
  static WireMockExtension x = XTest.wireMock();

  private static void answerCreated(String id, String text) {
    x.stubFor(post("/2/tweets").willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"data\":{\"id\":\"" + id + "\",\"text\":\"" + text + "\",\"edit_history_tweet_ids\":[\"1\",\""
            + id + "\"]}}")));
  }

  @Test
  void editOf_sendsEditOptionsWithThePreviousPost_andDecodesTheNewVersion() {
    answerCreated("1445880548472328193", "Fixed the typo");

    CreatePostResponse edited = client(x).posts().create(PostDraft.text("Fixed the typo")
        .editOf("1445880548472328192").build());

    x.verify(1, postRequestedFor(urlEqualTo("/2/tweets")).withRequestBody(equalToJson(
        "{\"text\":\"Fixed the typo\",\"edit_options\":{\"previous_post_id\":\"1445880548472328192\"}}")));
    assertThat(edited.getData().getId()).isEqualTo("1445880548472328193");
    assertThat(edited.getData().getText()).isEqualTo("Fixed the typo");
  }

  static Stream<Arguments> members() {
    return Stream.of(
        Arguments.of("community and share", (UnaryOperator<PostDraft.Builder>) b -> b.community("1146654567674912769")
            .shareWithFollowers(true), "\"community_id\":\"1146654567674912769\",\"share_with_followers\":true"),
        Arguments.of("place", (UnaryOperator<PostDraft.Builder>) b -> b.place("5a110d312052166f"),
            "\"geo\":{\"place_id\":\"5a110d312052166f\"}"),
        Arguments.of("made with AI", (UnaryOperator<PostDraft.Builder>) b -> b.madeWithAi(true),
            "\"made_with_ai\":true"),
        Arguments.of("paid partnership", (UnaryOperator<PostDraft.Builder>) b -> b.paidPartnership(true),
            "\"paid_partnership\":true"),
        Arguments.of("reply leaving users out", (UnaryOperator<PostDraft.Builder>) b -> b.replyTo("1455953449422516226")
            .excludeReplyUsers("6253282", "2244994945").autoPopulateReplyMetadata(true),
            "\"reply\":{\"in_reply_to_tweet_id\":\"1455953449422516226\","
                + "\"exclude_reply_user_ids\":[\"6253282\",\"2244994945\"],\"auto_populate_reply_metadata\":true}"),
        Arguments.of("card", (UnaryOperator<PostDraft.Builder>) b -> b.card("card://1587123456789012345"),
            "\"card_uri\":\"card://1587123456789012345\""),
        Arguments.of("Direct Message link", (UnaryOperator<PostDraft.Builder>) b -> b.directMessageDeepLink(
            "https://twitter.com/messages/compose?recipient_id=2244994945"),
            "\"direct_message_deep_link\":\"https://twitter.com/messages/compose?recipient_id=2244994945\""),
        Arguments.of("super followers only", (UnaryOperator<PostDraft.Builder>) b -> b.superFollowersOnly(true),
            "\"for_super_followers_only\":true"),
        Arguments.of("nullcast", (UnaryOperator<PostDraft.Builder>) b -> b.nullcast(true), "\"nullcast\":true"),
        Arguments.of("flags set to false", (UnaryOperator<PostDraft.Builder>) b -> b.nullcast(false)
            .superFollowersOnly(false).madeWithAi(false), "\"nullcast\":false,\"for_super_followers_only\":false,"
            + "\"made_with_ai\":false"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("members")
  void member_goesOnTheWireUnderXsName_andNothingElseIsAdded(String name, UnaryOperator<PostDraft.Builder> set,
      String json) {
    answerCreated("2", "Hello");

    client(x).posts().create(set.apply(PostDraft.text("Hello")).build());

    x.verify(1, postRequestedFor(urlEqualTo("/2/tweets")).withRequestBody(equalToJson(
        "{\"text\":\"Hello\"," + json + "}")));
  }

  @Test
  void draft_isImmutable_laterBuilderChangesDoNotReachIt() {
    PostDraft.Builder builder = PostDraft.text("Hi").replyTo("1").excludeReplyUsers("2");
    PostDraft draft = builder.build();
    builder.excludeReplyUsers("3").community("4");

    assertThat(draft.excludedReplyUserIds()).containsExactly("2");
    assertThat(draft.communityId()).isNull();
  }

  static Stream<Arguments> refused() {
    return Stream.of(
        Arguments.of((UnaryOperator<PostDraft.Builder>) b -> b.card("card://1").quote("2"), "card cannot also carry a"
            + " quoted post"),
        Arguments.of((UnaryOperator<PostDraft.Builder>) b -> b.card("card://1").media("3"), "card cannot also carry"
            + " media"),
        Arguments.of((UnaryOperator<PostDraft.Builder>) b -> b.card("card://1").poll(Duration.ofHours(1), "a", "b"),
            "card cannot also carry a poll"),
        Arguments.of((UnaryOperator<PostDraft.Builder>) b -> b.card("card://1").directMessageDeepLink("https://x.com"),
            "card cannot also carry a Direct Message link"),
        Arguments.of((UnaryOperator<PostDraft.Builder>) b -> b.shareWithFollowers(true), "community posts only"),
        Arguments.of((UnaryOperator<PostDraft.Builder>) b -> b.excludeReplyUsers("2"),
            "reply.in_reply_to_tweet_id"),
        Arguments.of((UnaryOperator<PostDraft.Builder>) b -> b.editOf("not-an-id"), "edit_options.previous_post_id"),
        Arguments.of((UnaryOperator<PostDraft.Builder>) b -> b.community("abc"), "community_id"));
  }

  @ParameterizedTest
  @MethodSource("refused")
  void brokenCombination_isRefusedBeforeSending(UnaryOperator<PostDraft.Builder> set, String message) {
    XValidationException failure = catchThrowableOfType(XValidationException.class,
        () -> client(x).posts().create(set.apply(PostDraft.text("Hello")).build()));

    assertThat(failure).hasMessageContaining(message);
    assertNoRequest(x);
  }
}
