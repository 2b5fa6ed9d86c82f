package io.github.xconnector;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
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
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.xconnector.errors.ForbiddenException;
import io.github.xconnector.errors.ServerException;
import io.github.xconnector.errors.XAuthenticationException;
import io.github.xconnector.errors.XValidationException;
import io.github.xconnector.generated.model.CreateDmEventResponse;
import io.github.xconnector.generated.model.DmEvent;
import io.github.xconnector.generated.model.DmEventExpansion;
import io.github.xconnector.generated.model.DmEventField;
import io.github.xconnector.generated.model.DmEventResponse;
import io.github.xconnector.generated.model.DmEventType;
import io.github.xconnector.generated.model.UserField;
import io.github.xconnector.paging.Page;
import io.github.xconnector.resources.DirectMessage;
import io.github.xconnector.resources.DirectMessageEventsRequest;
import io.github.xconnector.resources.DirectMessageMedia;
import io.github.xconnector.resources.Fields;
import io.github.xconnector.testing.RecordingSleeper;
import io.github.xconnector.testing.TestTokenProvider;
import io.github.xconnector.testing.XTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Direct messages through the operation table, end to end against a stub of X. */
class DirectMessagesServiceTest {

  @RegisterExtension
  static WireMockExtension x = XTest.wireMock();

  private static final String SENT = "{\"data\":{\"dm_conversation_id\":\"1346889436626259968-2244994945\","
      + "\"dm_event_id\":\"1580705921830768642\"}}";

  private static final String PAGE = "{\"data\":[{\"id\":\"1580705921830768642\",\"event_type\":\"MessageCreate\","
      + "\"text\":\"Hello\",\"sender_id\":\"2244994945\",\"dm_conversation_id\":\"1346889436626259968-2244994945\","
      + "\"created_at\":\"2022-10-14T00:08:03.000Z\",\"referenced_posts\":[{\"id\":\"1578900353814519810\"}],"
      + "\"a_member_x_added_later\":true},{\"id\":\"1580705921830768643\",\"event_type\":\"SomethingNew\"}],"
      + "\"includes\":{\"users\":[{\"id\":\"2244994945\",\"name\":\"Developers\",\"username\":\"XDevelopers\"}]},"
      + "\"meta\":{\"result_count\":2,\"next_token\":\"18LAA581J5II7LA00C00ZZZZ\"}}";

  @Test
  void send_textAndMedia_postsToTheParticipantAndDecodesTheIds() {
    x.stubFor(post("/2/dm_conversations/with/1346889436626259968/messages")
        .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(SENT)));

    CreateDmEventResponse sent = client(x).directMessages().send("1346889436626259968",
        DirectMessage.builder().text("Hello").media("1455952740635586573").build());

    x.verify(1, postRequestedFor(urlEqualTo("/2/dm_conversations/with/1346889436626259968/messages"))
        .withHeader("Content-Type", equalTo("application/json"))
        .withRequestBody(equalToJson("{\"text\":\"Hello\",\"attachments\":[{\"media_id\":\"1455952740635586573\"}]}")));
    assertBearer(onlyRequest(x), USER_TOKEN);
    assertThat(sent.getData().getDmConversationId()).isEqualTo("1346889436626259968-2244994945");
    assertThat(sent.getData().getDmEventId()).isEqualTo("1580705921830768642");
  }

  @Test
  void send_after503_isNotSentAgain_becauseTheSpecMarksItNotRetrySafe() {
    x.stubFor(post(urlPathEqualTo("/2/dm_conversations/with/1/messages")).willReturn(aResponse().withStatus(503)));

    catchThrowableOfType(ServerException.class,
        () -> client(x).directMessages().send("1", DirectMessage.text("Only once")));

    assertThat(requests(x)).hasSize(1);
  }

  @Test
  void sendInConversation_postsTheTextToTheConversation() {
    x.stubFor(post("/2/dm_conversations/1578900353814519810/messages")
        .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(SENT)));

    client(x).directMessages().sendInConversation("1578900353814519810", DirectMessage.text("To the group"));

    x.verify(1, postRequestedFor(urlEqualTo("/2/dm_conversations/1578900353814519810/messages"))
        .withRequestBody(equalToJson("{\"text\":\"To the group\"}")));
  }

  @Test
  void createGroup_postsTypeParticipantsAndFirstMessage() {
    x.stubFor(post("/2/dm_conversations")
        .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(SENT)));

    client(x).directMessages().createGroup(List.of("944480690", "906948460078698496"),
        DirectMessage.builder().media("1455952740635586573").build());

    x.verify(1, postRequestedFor(urlEqualTo("/2/dm_conversations")).withRequestBody(equalToJson(
        "{\"conversation_type\":\"Group\",\"participant_ids\":[\"944480690\",\"906948460078698496\"],"
            + "\"message\":{\"attachments\":[{\"media_id\":\"1455952740635586573\"}]}}")));
  }

  @Test
  void events_everyOption_sendsFilterPageAndFields_andDecodesEventsIncludesAndUnknownValues() {
    x.stubFor(get(urlPathEqualTo("/2/dm_events")).willReturn(okJson(PAGE)));

    Page<DmEvent> page = client(x).directMessages().events(DirectMessageEventsRequest.builder()
        .eventTypes(DmEventType.MESSAGE_CREATE, DmEventType.PARTICIPANTS_JOIN).maxResults(20)
        .fields(Fields.builder().dmEvent(DmEventField.TEXT, DmEventField.SENDER_ID)
            .expand(DmEventExpansion.SENDER_ID).user(UserField.USERNAME).build())
        .build().startingAt("18LAA581J5II7LA00C00YYYY")).firstPage();

    assertThat(query(onlyRequest(x))).isEqualTo(Map.of(
        "event_types", List.of("MessageCreate,ParticipantsJoin"),
        "max_results", List.of("20"),
        "pagination_token", List.of("18LAA581J5II7LA00C00YYYY"),
        "dm_event.fields", List.of("text,sender_id"),
        "expansions", List.of("sender_id"),
        "user.fields", List.of("username")));
    assertThat(page.items()).extracting(DmEvent::getText).containsExactly("Hello", null);
    assertThat(page.items().get(0).getReferencedTweets()).extracting(r -> r.getId())
        .containsExactly("1578900353814519810");
    assertThat(page.items().get(1).getEventType()).isEqualTo("SomethingNew");
    assertThat(page.includes().getUsers()).extracting(u -> u.getUsername()).containsExactly("XDevelopers");
    assertThat(page.nextToken()).contains("18LAA581J5II7LA00C00ZZZZ");
    assertThat(page.resultCount()).isEqualTo(2);
  }

  @Test
  void conversationEventsAndEventsWith_readTheirPaths() {
    x.stubFor(get(urlPathEqualTo("/2/dm_conversations/1346889436626259968-2244994945/dm_events"))
        .willReturn(okJson(PAGE)));
    x.stubFor(get(urlPathEqualTo("/2/dm_conversations/with/2244994945/dm_events")).willReturn(okJson(PAGE)));

    assertThat(client(x).directMessages().conversationEvents("1346889436626259968-2244994945").firstPage().items())
        .hasSize(2);
    assertThat(client(x).directMessages().eventsWith("2244994945").firstPage().items()).hasSize(2);
    assertThat(requests(x)).extracting(LoggedRequest::getUrl).containsExactly(
        "/2/dm_conversations/1346889436626259968-2244994945/dm_events",
        "/2/dm_conversations/with/2244994945/dm_events");
  }

  @Test
  void event_withFields_getsOneEvent() {
    x.stubFor(get(urlPathEqualTo("/2/dm_events/1580705921830768642")).willReturn(okJson(
        "{\"data\":{\"id\":\"1580705921830768642\",\"event_type\":\"MessageCreate\",\"text\":\"Hello\","
            + "\"attachments\":{\"media_keys\":[\"3_1455952740635586573\"]}}}")));

    DmEventResponse event = client(x).directMessages().event("1580705921830768642",
        Fields.builder().dmEvent(DmEventField.ATTACHMENTS).build());

    assertThat(query(onlyRequest(x))).isEqualTo(Map.of("dm_event.fields", List.of("attachments")));
    assertThat(event.getData().getAttachments().getMediaKeys()).containsExactly("3_1455952740635586573");
  }

  @Test
  void delete_after503_isSentAgain_andDecodesDeleted() {
    answerInTurn(x, "DELETE", "/2/dm_events/1580705921830768642", aResponse().withStatus(503),
        okJson("{\"data\":{\"deleted\":true}}"));

    assertThat(client(x).directMessages().delete("1580705921830768642").getData().getDeleted()).isTrue();
    assertThat(requests(x)).hasSize(2).allMatch(r -> r.getMethod().getName().equals("DELETE"));
  }

  @Test
  void blockAndUnblock_postToTheUsersDmPaths_andBlockIsRetried() {
    answerInTurn(x, "POST", "/2/users/2244994945/dm/block", aResponse().withStatus(503),
        okJson("{\"data\":{\"blocked\":true}}"));
    x.stubFor(post("/2/users/2244994945/dm/unblock").willReturn(okJson("{\"data\":{\"blocked\":false}}")));

    assertThat(client(x).directMessages().blockDirectMessages("2244994945").getData().getBlocked()).isTrue();
    assertThat(client(x).directMessages().unblockDirectMessages("2244994945").getData().getBlocked()).isFalse();
    assertThat(requests(x)).extracting(LoggedRequest::getUrl).containsExactly("/2/users/2244994945/dm/block",
        "/2/users/2244994945/dm/block", "/2/users/2244994945/dm/unblock");
  }

  @Test
  void downloadMedia_streamsTheBytesToAFile(@TempDir Path dir) throws IOException {
    byte[] image = new byte[3 << 20];
    new Random(7).nextBytes(image);
    x.stubFor(get("/2/dm_conversations/media/1580705921830768642/1455952740635586573/hVJQTwig.jpg")
        .willReturn(aResponse().withHeader("Content-Type", "image/jpeg").withBody(image)));

    long written = client(x).directMessages().downloadMedia("1580705921830768642", "1455952740635586573",
        "hVJQTwig.jpg", dir.resolve("photo.jpg"));

    assertThat(written).isEqualTo(image.length);
    assertThat(Files.readAllBytes(dir.resolve("photo.jpg"))).isEqualTo(image);
    assertBearer(onlyRequest(x), USER_TOKEN);
  }

  @Test
  void downloadMedia_returnsTheOpenStream_withTypeAndLength() throws IOException {
    x.stubFor(get("/2/dm_conversations/media/1/2/a.png")
        .willReturn(aResponse().withHeader("Content-Type", "image/png").withBody(new byte[] {1, 2, 3, 4})));

    try (DirectMessageMedia media = client(x).directMessages().downloadMedia("1", "2", "a.png")) {
      assertThat(media.contentType()).contains("image/png");
      InputStream stream = media.stream();
      assertThat(stream.read()).isEqualTo(1);
      ByteArrayOutputStream rest = new ByteArrayOutputStream();
      assertThat(media.transferTo(rest)).isEqualTo(3);
      assertThat(rest.toByteArray()).containsExactly(2, 3, 4);
    }
  }

  @Test
  void downloadMedia_problemAnswer_isDecodedAsForbidden() {
    x.stubFor(get("/2/dm_conversations/media/1/2/a.png").willReturn(aResponse().withStatus(403)
        .withHeader("Content-Type", "application/problem+json")
        .withBody("{\"title\":\"Forbidden\",\"type\":\"about:blank\",\"status\":403,\"detail\":\"Not yours.\"}")));

    ForbiddenException failure = catchThrowableOfType(ForbiddenException.class,
        () -> client(x).directMessages().downloadMedia("1", "2", "a.png"));

    assertThat(failure.statusCode()).isEqualTo(403);
  }

  @Test
  void events_withoutDmReadScope_isRefusedBeforeSending_namingTheScope() {
    XClient client = client(x, new RecordingSleeper())
        .credentials(TestTokenProvider.userWithScopes(USER_TOKEN, "tweet.read", "users.read", "dm.write")).build();

    XAuthenticationException failure = catchThrowableOfType(XAuthenticationException.class,
        () -> client.directMessages().events().firstPage());

    assertThat(failure).hasMessageContaining("dm.read").hasMessageContaining("GET /2/dm_events");
    assertNoRequest(x);
  }

  @Test
  void send_withAppOnlyToken_isRefusedBeforeSending() {
    XClient client = client(x, new RecordingSleeper()).credentials(TestTokenProvider.appOnly("app")).build();

    assertThat(catchThrowableOfType(XAuthenticationException.class,
        () -> client.directMessages().send("1", DirectMessage.text("Hi")))).hasMessageContaining("app-only");
    assertNoRequest(x);
  }

  @Test
  void badInput_isRefusedBeforeSending_withTheSpecsRules() {
    XClient client = client(x);

    assertThat(catchThrowableOfType(XValidationException.class, () -> DirectMessage.builder().build()))
        .hasMessageContaining("needs text, media or both");
    assertThat(catchThrowableOfType(XValidationException.class,
        () -> client.directMessages().send("1", DirectMessage.text("")))).hasMessageContaining("text");
    assertThat(catchThrowableOfType(XValidationException.class,
        () -> client.directMessages().send("1", DirectMessage.builder().media("not-an-id").build())))
        .hasMessageContaining("attachments[0].media_id");
    assertThat(catchThrowableOfType(XValidationException.class,
        () -> client.directMessages().createGroup(List.of("1"), DirectMessage.text("Hi"))))
        .hasMessageContaining("participant_ids must hold 2 to 49 items");
    assertThat(catchThrowableOfType(XValidationException.class,
        () -> client.directMessages().sendInConversation("abc", DirectMessage.text("Hi"))))
        .hasMessageContaining("conversationId");
    assertThat(catchThrowableOfType(XValidationException.class, () -> client.directMessages()
        .events(DirectMessageEventsRequest.builder().maxResults(101).build())))
        .hasMessageContaining("maxResults must be from 1 to 100, was 101");
    assertNoRequest(x);
  }
}
