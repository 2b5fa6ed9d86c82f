package io.github.xconnector;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.xconnector.testing.XTest.USER_TOKEN;
import static io.github.xconnector.testing.XTest.assertBearer;
import static io.github.xconnector.testing.XTest.example;
import static io.github.xconnector.testing.XTest.requests;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.xconnector.errors.UnauthorizedException;
import io.github.xconnector.testing.RecordingSleeper;
import io.github.xconnector.testing.TestTokenProvider;
import io.github.xconnector.testing.XTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A 401 makes the provider refresh once; the request is repeated once with the new token and only that token. */
class ReauthenticationTest {

  @RegisterExtension
  static WireMockExtension x = XTest.wireMock();

  private static final String ME = "/2/users/me";
  private static final String ME_BODY = "{\"data\":{\"id\":\"2244994945\",\"name\":\"X Developers\",\"username\":\"XDevelopers\"}}";
  private static final String NEW_TOKEN = "user-token-refreshed-4Hq";

  private final RecordingSleeper sleeper = new RecordingSleeper();

  @Test
  void me_401ThenOk_refreshesOnceAndRetriesWithExactlyTheNewToken() {
    XTest.answerInTurn(x, "GET", ME, unauthorized(), okJson(ME_BODY));
    TestTokenProvider tokens = TestTokenProvider.refreshing(USER_TOKEN, NEW_TOKEN);

    String username = client(tokens).users().me().getData().getUsername();

    assertThat(username).isEqualTo("XDevelopers");
    assertThat(tokens.rejectedTokens()).containsExactly(USER_TOKEN);
    List<LoggedRequest> sent = requests(x);
    assertThat(sent).hasSize(2);
    assertBearer(sent.get(0), USER_TOKEN);
    assertBearer(sent.get(1), NEW_TOKEN);
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void me_401AgainAfterRefresh_doesNotRefreshTwiceAndThrowsUnauthorized() {
    x.stubFor(get(urlPathEqualTo(ME)).willReturn(unauthorized()));
    TestTokenProvider tokens = TestTokenProvider.refreshing(USER_TOKEN, NEW_TOKEN, "user-token-third-9Zp");

    UnauthorizedException failure = catchThrowableOfType(UnauthorizedException.class,
        () -> client(tokens).users().me());

    assertThat(failure.statusCode()).isEqualTo(401);
    assertThat(failure.getMessage()).doesNotContain(USER_TOKEN).doesNotContain(NEW_TOKEN);
    assertThat(tokens.rejectedTokens()).containsExactly(USER_TOKEN);
    List<LoggedRequest> sent = requests(x);
    assertThat(sent).hasSize(2);
    assertBearer(sent.get(1), NEW_TOKEN);
  }

  @Test
  void me_401WithTokenThatCannotRefresh_throwsAfterOneRequest() {
    x.stubFor(get(urlPathEqualTo(ME)).willReturn(unauthorized()));
    TestTokenProvider tokens = TestTokenProvider.user(USER_TOKEN);

    catchThrowableOfType(UnauthorizedException.class, () -> client(tokens).users().me());

    assertThat(tokens.rejectedTokens()).containsExactly(USER_TOKEN);
    assertThat(requests(x)).hasSize(1);
  }

  @Test
  void createPost_401ThenCreated_repeatsOnceWithNewTokenBecauseXRejectedTheFirst() {
    XTest.answerInTurn(x, "POST", "/2/tweets", unauthorized(), aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody("{\"data\":{\"id\":\"7\",\"text\":\"hi\"}}"));
    TestTokenProvider tokens = TestTokenProvider.refreshing(USER_TOKEN, NEW_TOKEN);

    assertThat(client(tokens).posts().create("hi").getData().getId()).isEqualTo("7");
    List<LoggedRequest> sent = requests(x);
    assertThat(sent).hasSize(2);
    assertBearer(sent.get(1), NEW_TOKEN);
  }

  private XClient client(TestTokenProvider tokens) {
    return XTest.client(x, sleeper).credentials(tokens).build();
  }

  private static ResponseDefinitionBuilder unauthorized() {
    return aResponse().withStatus(401).withHeader("Content-Type", "application/problem+json")
        .withBody(example("error-reports/401_unauthorized_user_by_username.json"));
  }
}
