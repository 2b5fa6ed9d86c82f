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
import io.github.xconnector.errors.ServerException;
import io.github.xconnector.errors.XAuthenticationException;
import io.github.xconnector.errors.XValidationException;
import io.github.xconnector.generated.model.Note;
import io.github.xconnector.generated.model.NoteClassification;
import io.github.xconnector.generated.model.NoteCreateResponse;
import io.github.xconnector.generated.model.NoteDeleteResponse;
import io.github.xconnector.generated.model.NoteEvaluateResponse;
import io.github.xconnector.generated.model.NoteField;
import io.github.xconnector.generated.model.NoteInfo;
import io.github.xconnector.generated.model.NoteMisleadingTag;
import io.github.xconnector.generated.model.NoteRatingStatus;
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

/** Community Notes through the operation table, against a stub of X. */
class CommunityNotesServiceTest {

  @RegisterExtension
  static WireMockExtension x = XTest.wireMock();

  private static NoteInfo info(String text) {
    return new NoteInfo().text(text).classification(NoteClassification.MISINFORMED_OR_POTENTIALLY_MISLEADING)
        .misleadingTags(List.of(NoteMisleadingTag.FACTUAL_ERROR)).trustworthySources(true);
  }

  @Test
  void eligiblePosts_sendsTestModePageSizeSelectionAndFields_andPagesThePosts() {
    x.stubFor(get(urlPathEqualTo("/2/notes/search/posts_eligible_for_notes")).willReturn(okJson("{\"data\":[{"
        + "\"id\":\"1460323737035677698\",\"text\":\"The moon is made of cheese\","
        + "\"edit_history_tweet_ids\":[\"1460323737035677698\"]}],"
        + "\"meta\":{\"result_count\":1,\"next_token\":\"b26v89c19zqg8o3fpds\"}}")));

    Page<Post> page = client(x).communityNotes().eligiblePosts(true, "feed_size: small, feed_lang: en",
        PageRequest.builder().maxResults(20).fields(Fields.builder().post(PostField.CREATED_AT).build()).build())
        .firstPage();

    assertThat(query(onlyRequest(x))).isEqualTo(Map.of(
        "test_mode", List.of("true"),
        "max_results", List.of("20"),
        "post_selection", List.of("feed_size: small, feed_lang: en"),
        "tweet.fields", List.of("created_at")));
    assertBearer(onlyRequest(x), USER_TOKEN);
    assertThat(page.items()).extracting(Post::getText).containsExactly("The moon is made of cheese");
    assertThat(page.nextToken()).contains("b26v89c19zqg8o3fpds");
  }

  @Test
  void written_sendsNoteFields_andDecodesNotesWithTheirStatus() {
    x.stubFor(get(urlPathEqualTo("/2/notes/search/notes_written")).willReturn(okJson("{\"data\":[{"
        + "\"id\":\"1933123456789012345\",\"info\":{\"text\":\"Not so: https://example.org/moon\","
        + "\"classification\":\"misinformed_or_potentially_misleading\",\"misleading_tags\":[\"factual_error\"],"
        + "\"trustworthy_sources\":true},\"status\":\"needs_more_ratings\"}],\"meta\":{\"result_count\":1}}")));

    List<Note> notes = client(x).communityNotes().written(false, PageRequest.builder()
        .fields(Fields.builder().note(NoteField.INFO, NoteField.STATUS).build()).build()).firstPage().items();

    assertThat(query(onlyRequest(x))).isEqualTo(Map.of(
        "test_mode", List.of("false"),
        "note.fields", List.of("info,status")));
    assertThat(notes).singleElement().satisfies(note -> {
      assertThat(note.getId()).isEqualTo("1933123456789012345");
      assertThat(note.getStatus()).isEqualTo(NoteRatingStatus.NEEDS_MORE_RATINGS);
      assertThat(note.getInfo().getMisleadingTags()).containsExactly(NoteMisleadingTag.FACTUAL_ERROR);
    });
  }

  @Test
  void create_postsTheNote_andDecodesItsId() {
    x.stubFor(post("/2/notes").willReturn(okJson("{\"data\":{\"id\":\"1933123456789012345\"}}")));

    NoteCreateResponse response = client(x).communityNotes().create("1460323737035677698",
        info("Not so: https://example.org/moon"), true);

    x.verify(1, postRequestedFor(urlEqualTo("/2/notes")).withHeader("Content-Type", equalTo("application/json"))
        .withRequestBody(equalToJson("{\"post_id\":\"1460323737035677698\",\"test_mode\":true,\"info\":{"
            + "\"text\":\"Not so: https://example.org/moon\","
            + "\"classification\":\"misinformed_or_potentially_misleading\","
            + "\"misleading_tags\":[\"factual_error\"],\"trustworthy_sources\":true}}")));
    assertThat(response.getData().getId()).isEqualTo("1933123456789012345");
  }

  @Test
  void create_after503_isNotSentAgain_becauseWritingANoteIsNotRetrySafe() {
    x.stubFor(post("/2/notes").willReturn(aResponse().withStatus(503)));

    catchThrowableOfType(ServerException.class, () -> client(x).communityNotes().create("1460323737035677698",
        info("Not so: https://example.org/moon"), false));

    assertThat(requests(x)).hasSize(1);
  }

  @Test
  void create_textWithoutALink_isRefusedBeforeSending() {
    XValidationException failure = catchThrowableOfType(XValidationException.class,
        () -> client(x).communityNotes().create("1460323737035677698", info("Not so."), true));

    assertThat(failure).hasMessageContaining("text");
    assertNoRequest(x);
  }

  @Test
  void evaluate_postsPostAndText_andIsRepeatedAfter503() {
    answerInTurn(x, "POST", "/2/evaluate_note", aResponse().withStatus(503),
        okJson("{\"data\":{\"claim_opinion_score\":0.82}}"));

    NoteEvaluateResponse response = client(x).communityNotes().evaluate("1460323737035677698",
        "Not so: https://example.org/moon");

    x.verify(2, postRequestedFor(urlEqualTo("/2/evaluate_note")).withRequestBody(equalToJson(
        "{\"post_id\":\"1460323737035677698\",\"note_text\":\"Not so: https://example.org/moon\"}")));
    assertThat(response.getData().getClaimOpinionScore()).isEqualTo(0.82);
  }

  @Test
  void delete_deletesTheNote() {
    x.stubFor(delete("/2/notes/1933123456789012345").willReturn(okJson("{\"data\":{\"deleted\":true}}")));

    NoteDeleteResponse response = client(x).communityNotes().delete("1933123456789012345");

    x.verify(1, deleteRequestedFor(urlEqualTo("/2/notes/1933123456789012345")));
    assertThat(response.getData().getDeleted()).isTrue();
  }

  @Test
  void create_withoutTweetWriteScope_isRefusedBeforeSending() {
    XClient reader = client(x, new RecordingSleeper())
        .credentials(TestTokenProvider.userWithScopes(USER_TOKEN, "tweet.read", "users.read")).build();

    assertThat(catchThrowableOfType(XAuthenticationException.class, () -> reader.communityNotes()
        .create("1", info("https://example.org"), true))).hasMessageContaining("tweet.write");
    assertNoRequest(x);
  }

  @Test
  void written_pageOf101_isRefusedWithTheSpecsBounds() {
    assertThat(catchThrowableOfType(XValidationException.class, () -> client(x).communityNotes()
        .written(true, PageRequest.builder().maxResults(101).build()))).hasMessageContaining("from 1 to 100");
    assertNoRequest(x);
  }
}
