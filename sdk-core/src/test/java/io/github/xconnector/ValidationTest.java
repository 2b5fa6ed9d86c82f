package io.github.xconnector;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.xconnector.testing.XTest.assertNoRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.xconnector.errors.XValidationException;
import io.github.xconnector.resources.Fields;
import io.github.xconnector.resources.PageRequest;
import io.github.xconnector.resources.PostDraft;
import io.github.xconnector.resources.SearchRequest;
import io.github.xconnector.resources.TimelineRequest;
import io.github.xconnector.testing.RecordingSleeper;
import io.github.xconnector.testing.XTest;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Input that breaks one of X's rules is refused before anything is sent, with a message naming the rule. */
class ValidationTest {

  @RegisterExtension
  static WireMockExtension x = XTest.wireMock();

  private static final String CJK = "字";
  private static final String EMOJI = "\uD83D\uDE00";
  private static final String LINK = "https://example.com/a/path/much/longer/than/twenty/three/characters";

  static Stream<Arguments> invalidInput() {
    return Stream.of(
        invalid("141 CJK characters weigh 282", c -> c.posts().create(CJK.repeat(141)),
            "282 long by X's count", "2 over the limit of 280"),
        invalid("141 emoji weigh 282", c -> c.posts().create(EMOJI.repeat(141)), "282 long", "limit of 280"),
        invalid("a link weighs 23", c -> c.posts().create("a".repeat(257) + " " + LINK), "281 long", "links count 23"),
        invalid("empty text without media", c -> c.posts().create(PostDraft.text("").build()),
            "needs text, media or a quoted post"),
        invalid("blank text without media", c -> c.posts().create("   "), "needs text, media or a quoted post"),
        invalid("five media", c -> c.posts().create(PostDraft.text("t").media("1", "2", "3", "4", "5").build()),
            "media.media_ids must hold 1 to 4 items", "was 5 items", "POST /2/tweets"),
        invalid("reply and quote", c -> c.posts().create(PostDraft.text("t").replyTo("1").quote("2").build()),
            "cannot both reply to and quote"),
        invalid("poll of one option", c -> c.posts().create(PostDraft.text("t")
            .poll(Duration.ofMinutes(60), "only").build()), "poll.options must hold 2 to 4 items", "was 1 item"),
        invalid("poll of five options", c -> c.posts().create(PostDraft.text("t")
            .poll(Duration.ofMinutes(60), "a", "b", "c", "d", "e").build()), "poll.options must hold 2 to 4 items",
            "was 5 items"),
        invalid("poll option of 26 characters", c -> c.posts().create(PostDraft.text("t")
            .poll(Duration.ofMinutes(60), "a".repeat(26), "b").build()), "poll.options[0] must be 1 to 25 characters long", "was 26 characters"),
        invalid("empty poll option", c -> c.posts().create(PostDraft.text("t")
            .poll(Duration.ofMinutes(60), "", "b").build()), "poll.options[0] must be 1 to 25 characters long", "was 0 characters"),
        invalid("poll of 4 minutes", c -> c.posts().create(PostDraft.text("t")
            .poll(Duration.ofMinutes(4), "a", "b").build()), "poll.duration_minutes must be at least 5, was 4"),
        invalid("poll of 10081 minutes", c -> c.posts().create(PostDraft.text("t")
            .poll(Duration.ofMinutes(10081), "a", "b").build()), "poll.duration_minutes must be at most 10080, was 10081"),
        invalid("poll and media", c -> c.posts().create(PostDraft.text("t").media("1")
            .poll(Duration.ofMinutes(60), "a", "b").build()), "both a poll and media"),
        invalid("tags without media", c -> c.posts().create(PostDraft.text("t").tagUsers("1").build()),
            "only be tagged in media"),
        invalid("eleven tagged users", c -> c.posts().create(PostDraft.text("t").media("1")
            .tagUsers("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11").build()), "media.tagged_user_ids must hold at most 10 items, was 11"),
        invalid("malformed reply id", c -> c.posts().create(PostDraft.text("t").replyTo("12a").build()),
            "reply.in_reply_to_tweet_id must be 1 to 19 digits", "'12a'"),
        invalid("malformed media id", c -> c.posts().create(PostDraft.text("t").media("abc").build()),
            "media.media_ids[0] must be 1 to 19 digits"),
        invalid("post id with letters", c -> c.posts().get("12a"), "postId must be 1 to 19 digits"),
        invalid("post id of 20 digits", c -> c.posts().delete("1".repeat(20)), "postId must be 1 to 19 digits"),
        invalid("empty user id", c -> c.users().get(""), "userId must be 1 to 19 digits"),
        invalid("username as user id", c -> c.follows().follow("2244994945", "XDevelopers"),
            "target_user_id must be 1 to 19 digits", "'XDevelopers'"),
        invalid("101 post ids", c -> c.posts().get(Collections.nCopies(101, "1"), Fields.none()),
            "postIds must hold 1 to 100 items", "was 101 items", "GET /2/tweets"),
        invalid("no user ids", c -> c.users().get(List.of(), Fields.none()), "userIds must hold 1 to 100 items", "was 0 items"),
        invalid("username with a dash", c -> c.users().byUsername("bad-name"), "username must be 1 to 15 letters, digits or underscores",
            "'bad-name'"),
        invalid("username of 16 characters", c -> c.users().byUsername("a".repeat(16)), "username must be 1 to 15 letters"),
        invalid("one bad username of several", c -> c.users().byUsernames(List.of("good", "no spaces"),
            Fields.none()), "usernames entry must be 1 to 15 letters", "'no spaces'"),
        invalid("followers page of 1001", c -> c.follows().followers("1",
            PageRequest.builder().maxResults(1001).build()), "maxResults must be from 1 to 1000, was 1001",
            "GET /2/users/{id}/followers"),
        invalid("following page of 0", c -> c.follows().following("1",
            PageRequest.builder().maxResults(0).build()), "maxResults must be from 1 to 1000, was 0"),
        invalid("user posts page of 4", c -> c.timelines().userPosts("1",
            TimelineRequest.builder().maxResults(4).build()), "maxResults must be from 5 to 100, was 4", "GET /2/users/{id}/tweets"),
        invalid("home page of 101", c -> c.timelines().home("1",
            TimelineRequest.builder().maxResults(101).build()), "maxResults must be from 1 to 100, was 101"),
        invalid("search page of 9", c -> c.search().recent(SearchRequest.builder("java").maxResults(9).build()),
            "maxResults must be from 10 to 100, was 9"),
        invalid("liking users page of 101", c -> c.likes().likingUsers("1",
            PageRequest.builder().maxResults(101).build()), "maxResults must be from 1 to 100, was 101"),
        invalid("liked posts page of 4", c -> c.likes().likedPosts("1",
            PageRequest.builder().maxResults(4).build()), "maxResults must be from 5 to 100, was 4"),
        invalid("reposted by page of 101", c -> c.reposts().repostedBy("1",
            PageRequest.builder().maxResults(101).build()), "maxResults must be from 1 to 100, was 101"),
        invalid("mentions excluding replies", c -> c.timelines().mentions("1",
            TimelineRequest.builder().excludeReplies(true).build()), "mentions cannot exclude replies"),
        invalid("blank query", c -> c.search().recent(" "), "query must not be empty"),
        invalid("alt text of 1001 characters", c -> c.media().setAltText("1", "a".repeat(1001)),
            "metadata.alt_text.text must be at most 1000 characters long", "was 1001 characters"),
        invalid("segment index 1000", c -> c.media().append("1", new java.io.File("unused"), 1000),
            "segmentIndex must be from 0 to 999, was 1000"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidInput")
  void call_invalidInput_isRefusedBeforeSendingWithMessageNamingTheRule(String rule, Consumer<XClient> call,
      List<String> messageParts) {
    XValidationException failure = catchThrowableOfType(XValidationException.class,
        () -> call.accept(XTest.client(x)));

    assertThat(failure).as(rule).isNotNull();
    messageParts.forEach(part -> assertThat(failure.getMessage()).as(rule).contains(part));
    assertNoRequest(x);
  }

  @Test
  void create_140CjkCharactersWeighing280_isSent() {
    assertPublished(XTest.client(x), CJK.repeat(140));
  }

  @Test
  void create_140EmojiWeighing280_isSent() {
    assertPublished(XTest.client(x), EMOJI.repeat(140));
  }

  @Test
  void create_linkCountedAs23WithinLimit_isSent() {
    assertPublished(XTest.client(x), "a".repeat(256) + " " + LINK);
  }

  @Test
  void create_400CharactersWithRaisedMaxPostLength_isSent() {
    XClient longPosts = XTest.client(x, new RecordingSleeper()).maxPostLength(500).build();

    assertPublished(longPosts, "a".repeat(400));
  }

  @Test
  void create_400CharactersWithDefaultLimit_isRefusedAndSuggestsMaxPostLength() {
    XValidationException failure = catchThrowableOfType(XValidationException.class,
        () -> XTest.client(x).posts().create("a".repeat(400)));

    assertThat(failure.getMessage()).contains("400 long").contains("maxPostLength");
    assertNoRequest(x);
  }

  @Test
  void create_boundaryPollAndMediaOnlyDrafts_areSent() {
    x.stubFor(post("/2/tweets").willReturn(created()));
    XClient client = XTest.client(x);

    client.posts().create(PostDraft.text("t").poll(Duration.ofMinutes(5), "a".repeat(25), "b", "c", "d").build());
    client.posts().create(PostDraft.text("t").poll(Duration.ofMinutes(10080), "a", "b").build());
    client.posts().create(PostDraft.text("").media("1", "2", "3", "4").build());

    x.verify(3, postRequestedFor(urlEqualTo("/2/tweets")));
    x.verify(1, postRequestedFor(urlEqualTo("/2/tweets"))
        .withRequestBody(equalToJson("{\"media\":{\"media_ids\":[\"1\",\"2\",\"3\",\"4\"]}}")));
  }

  @Test
  void setAltText_1000Characters_isSent() {
    x.stubFor(post("/2/media/metadata").willReturn(okJson("{\"data\":{\"id\":\"1\"}}")));

    XTest.client(x).media().setAltText("1", "a".repeat(1000));

    x.verify(1, postRequestedFor(urlEqualTo("/2/media/metadata")));
  }

  @Test
  void nullArguments_areRefusedByNameBeforeAnythingIsSent() {
    XClient client = XTest.client(x);

    assertThat(catchThrowableOfType(XValidationException.class,
        () -> client.posts().create((io.github.xconnector.resources.PostDraft) null))).hasMessageContaining("draft");
    assertThat(catchThrowableOfType(XValidationException.class,
        () -> client.media().upload((io.github.xconnector.media.MediaUpload) null))).hasMessageContaining("upload");
    assertThat(catchThrowableOfType(XValidationException.class,
        () -> client.media().upload((java.nio.file.Path) null))).hasMessageContaining("file");
    assertThat(x.getAllServeEvents()).isEmpty();
  }

  @Test
  void build_plainHttpBaseUrl_isRefusedUnlessItIsThisMachine() {
    assertThat(catchThrowableOfType(XValidationException.class,
        () -> XTest.client(x, new RecordingSleeper()).baseUrl("http://api.x.com").build()).getMessage())
        .contains("https").contains("api.x.com");
    for (String local : new String[] {"http://127.0.0.1:8080", "http://localhost:8080", "http://[::1]:8080",
        "https://api.x.com"}) {
      XTest.client(x, new RecordingSleeper()).baseUrl(local).build().close();
    }
  }

  @Test
  void build_invalidOptions_areRefusedWithTheOptionNamed() {
    assertThat(catchThrowableOfType(XValidationException.class,
        () -> XClient.builder().baseUrl("http://127.0.0.1:1").build()).getMessage()).contains("credentials");
    assertThat(catchThrowableOfType(XValidationException.class,
        () -> XTest.client(x, new RecordingSleeper()).baseUrl("not a url").build()).getMessage()).contains("baseUrl");
    assertThat(catchThrowableOfType(XValidationException.class,
        () -> XTest.client(x, new RecordingSleeper()).postFieldsParameter("tweet_fields").build()).getMessage())
        .contains("postFieldsParameter");
    assertThat(catchThrowableOfType(XValidationException.class,
        () -> XTest.client(x, new RecordingSleeper()).maxPostLength(0).build()).getMessage())
        .contains("maxPostLength");
    assertThat(catchThrowableOfType(XValidationException.class,
        () -> XTest.client(x, new RecordingSleeper()).readTimeout(Duration.ZERO).build()).getMessage())
        .contains("readTimeout");
  }

  private static void assertPublished(XClient client, String text) {
    x.stubFor(post("/2/tweets").willReturn(created()));

    client.posts().create(text);

    x.verify(1, postRequestedFor(urlEqualTo("/2/tweets")).withRequestBody(
        equalToJson("{\"text\":\"" + text + "\"}")));
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder created() {
    return aResponse().withStatus(201).withHeader("Content-Type", "application/json")
        .withBody("{\"data\":{\"id\":\"1\",\"text\":\"t\"}}");
  }

  private static Arguments invalid(String rule, Consumer<XClient> call, String... messageParts) {
    return Arguments.of(rule, call, List.of(messageParts));
  }
}
