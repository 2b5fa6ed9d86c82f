package io.github.xconnector;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.xconnector.testing.XTest.client;
import static io.github.xconnector.testing.XTest.requests;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.xconnector.errors.ForbiddenException;
import io.github.xconnector.errors.ProblemType;
import io.github.xconnector.errors.XIoException;
import io.github.xconnector.testing.RecordingSleeper;
import io.github.xconnector.testing.XTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A success is never reported as nothing, a body that does not decode is not sent for again, problems are typed. */
class AnswerFidelityTest {

  @RegisterExtension
  static WireMockExtension x = XTest.wireMock();

  private static final String CREATED = "{\"data\":{\"id\":\"9\",\"text\":\"hi\",\"edit_history_tweet_ids\":[\"9\"]}}";

  @Test
  void create_201WithEmptyBody_isAnIoFailureThatMayHaveBeenDelivered_sentOnce() {
    x.stubFor(post("/2/tweets").willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")));

    XIoException failure = catchThrowableOfType(XIoException.class, () -> client(x).posts().create("hi"));

    assertThat(failure.possiblyDelivered()).isTrue();
    assertThat(failure).hasMessageContaining("POST /2/tweets answered HTTP 201 with an empty body")
        .hasMessageContaining("may have acted");
    assertThat(requests(x)).hasSize(1);
  }

  @Test
  void me_answerLongerThanTheLimitWithoutLength_failsClearlyAndIsNotRequestedAgain() {
    String huge = "{\"data\":{\"id\":\"1\",\"name\":\"N\",\"username\":\"u\",\"description\":\""
        + "x".repeat(300_000) + "\"}}";
    x.stubFor(get("/2/users/me").willReturn(okJson(huge).withChunkedDribbleDelay(3, 10)));

    XIoException failure = catchThrowableOfType(XIoException.class, () -> XTest.client(x, new RecordingSleeper())
        .maxResponseSize(64 * 1024).build().users().me());

    assertThat(failure).hasMessageContaining("longer than 65536 bytes").hasMessageContaining("maxResponseSize");
    assertThat(requests(x)).hasSize(1);
  }

  @Test
  void me_contentLengthAboveTheLimit_failsBeforeReadingTheBody() {
    x.stubFor(get("/2/users/me").willReturn(okJson("{\"data\":{\"id\":\"1\",\"name\":\"" + "n".repeat(5000)
        + "\",\"username\":\"u\"}}")));

    assertThat(catchThrowableOfType(XIoException.class, () -> XTest.client(x, new RecordingSleeper())
        .maxResponseSize(1000).build().users().me())).hasMessageContaining("longer than 1000 bytes");
    assertThat(requests(x)).hasSize(1);
  }

  @Test
  void me_answerWithinTheLimit_isRead() {
    x.stubFor(get("/2/users/me").willReturn(okJson("{\"data\":{\"id\":\"1\",\"name\":\"N\",\"username\":\"u\"}}")));

    assertThat(XTest.client(x, new RecordingSleeper()).maxResponseSize(100).build().users().me().getData().getId())
        .isEqualTo("1");
  }

  @Test
  void create_201WithJsonNull_isAnIoFailure_notNull() {
    x.stubFor(post("/2/tweets").willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
        .withBody("null")));

    assertThat(catchThrowableOfType(XIoException.class, () -> client(x).posts().create("hi")))
        .hasMessageContaining("the JSON null");
    assertThat(requests(x)).hasSize(1);
  }

  @Test
  void me_200WithEmptyBodyThenUser_isSentAgain_becauseAReadMayBeRepeated() {
    XTest.answerInTurn(x, "GET", "/2/users/me", aResponse().withStatus(200),
        okJson("{\"data\":{\"id\":\"1\",\"name\":\"N\",\"username\":\"u\"}}"));

    assertThat(client(x).users().me().getData().getUsername()).isEqualTo("u");
    assertThat(requests(x)).hasSize(2);
  }

  @Test
  void create_bodyFollowedByTrailingText_isRefused() {
    x.stubFor(post("/2/tweets").willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
        .withBody(CREATED + " {\"data\":{}}")));

    assertThat(catchThrowableOfType(XIoException.class, () -> client(x).posts().create("hi")))
        .hasMessageContaining("does not decode").hasMessageContaining("followed by more text");
  }

  @Test
  void me_completeBodyOfTheWrongShape_isNotRequestedAgain() {
    x.stubFor(get(urlPathEqualTo("/2/users/me")).willReturn(okJson("{\"data\":[1,2,3]}")));

    XIoException failure = catchThrowableOfType(XIoException.class, () -> client(x).users().me());

    assertThat(failure).hasMessageContaining("does not decode");
    assertThat(requests(x)).hasSize(1);
  }

  @Test
  void problemInsideErrorsOnly_isTypedFromTheFirstEntry() {
    x.stubFor(get(urlPathEqualTo("/2/users/me")).willReturn(aResponse().withStatus(403)
        .withHeader("Content-Type", "application/json").withBody("{\"errors\":[{\"type\":"
            + "\"https://api.twitter.com/2/problems/client-forbidden\",\"title\":\"Client Forbidden\","
            + "\"detail\":\"This request must be made using an approved developer account.\"}]}")));

    ForbiddenException failure = catchThrowableOfType(ForbiddenException.class, () -> client(x).users().me());

    assertThat(failure.problemType()).isEqualTo(ProblemType.CLIENT_FORBIDDEN);
  }
}
