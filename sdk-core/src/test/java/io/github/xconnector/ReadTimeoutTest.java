package io.github.xconnector;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.xconnector.errors.XIoException;
import io.github.xconnector.generated.model.UserResponse;
import io.github.xconnector.testing.ArrivalCounter;
import io.github.xconnector.testing.RecordingSleeper;
import io.github.xconnector.testing.XTest;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Answers slower than the read timeout. Requests are counted on arrival: WireMock logs a delayed request only once it
 * has answered, after the client gave up.
 */
class ReadTimeoutTest {

  private static final ArrivalCounter ARRIVALS = new ArrivalCounter();

  @RegisterExtension
  static WireMockExtension x = XTest.wireMock(ARRIVALS);

  private static final String ME = "/2/users/me";
  private static final String ME_BODY = "{\"data\":{\"id\":\"2244994945\",\"name\":\"X Developers\",\"username\":\"XDevelopers\"}}";

  private final RecordingSleeper sleeper = new RecordingSleeper();

  @BeforeEach
  void forgetArrivals() {
    ARRIVALS.clear();
  }

  @Test
  void me_slowerThanReadTimeoutThenOk_retriesAndReturnsUser() {
    XTest.answerInTurn(x, "GET", ME, slow(okJson(ME_BODY)), okJson(ME_BODY));

    UserResponse me = client().users().me();

    assertThat(me.getData().getName()).isEqualTo("X Developers");
    assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(500));
    assertThat(ARRIVALS.arrivals()).containsExactly("GET " + ME, "GET " + ME);
  }

  @Test
  void createPost_slowerThanReadTimeout_isNotRetriedAndSaysItTimedOut() {
    x.stubFor(post("/2/tweets").willReturn(slow(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody("{\"data\":{\"id\":\"1\",\"text\":\"t\"}}"))));

    XIoException failure = catchThrowableOfType(XIoException.class,
        () -> client().posts().create("Only once"));

    assertThat(failure.possiblyDelivered()).isTrue();
    assertThat(failure.getMessage()).contains("POST /2/tweets").containsIgnoringCase("timeout")
        .contains("X may have received it");
    assertThat(sleeper.waits()).isEmpty();
    assertThat(ARRIVALS.arrivals()).containsExactly("POST /2/tweets");
  }

  @Test
  void createPost_answerDrippingFasterThanTheReadTimeout_failsAtTheCallDeadlineAndIsNotRetried() {
    x.stubFor(post("/2/tweets").willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
        .withBody("{\"data\":{\"id\":\"1\",\"text\":\"" + "t".repeat(200) + "\"}}")
        .withChunkedDribbleDelay(40, 8000)));

    XIoException failure = catchThrowableOfType(XIoException.class, () -> XTest.client(x, sleeper)
        .readTimeout(Duration.ofMillis(1500)).callTimeout(Duration.ofMillis(800)).build().posts().create("Only once"));

    assertThat(failure.possiblyDelivered()).isTrue();
    assertThat(failure.getMessage()).contains("POST /2/tweets").containsIgnoringCase("timeout");
    assertThat(ARRIVALS.arrivals()).containsExactly("POST /2/tweets");
  }

  @Test
  void me_answerDrippingFasterThanTheReadTimeout_isRetriedAfterTheCallDeadline() {
    XTest.answerInTurn(x, "GET", ME, okJson(ME_BODY).withChunkedDribbleDelay(40, 8000), okJson(ME_BODY));

    UserResponse me = XTest.client(x, sleeper).readTimeout(Duration.ofMillis(1500))
        .callTimeout(Duration.ofMillis(800)).build().users().me();

    assertThat(me.getData().getUsername()).isEqualTo("XDevelopers");
    assertThat(ARRIVALS.arrivals()).containsExactly("GET " + ME, "GET " + ME);
  }

  private XClient client() {
    return XTest.client(x, sleeper).readTimeout(Duration.ofMillis(300)).build();
  }

  private static ResponseDefinitionBuilder slow(ResponseDefinitionBuilder response) {
    return response.withFixedDelay(1000);
  }
}
