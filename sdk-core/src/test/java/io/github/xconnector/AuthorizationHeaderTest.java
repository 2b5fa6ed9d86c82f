package io.github.xconnector;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static io.github.xconnector.testing.XTest.assertBearer;
import static io.github.xconnector.testing.XTest.onlyRequest;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.xconnector.testing.RecordingSleeper;
import io.github.xconnector.testing.TestTokenProvider;
import io.github.xconnector.testing.XTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The token goes out exactly as the credentials gave it, whatever characters it holds. */
class AuthorizationHeaderTest {

  @RegisterExtension
  static WireMockExtension x = XTest.wireMock();

  private static final String ME_BODY = "{\"data\":{\"id\":\"2244994945\",\"name\":\"X Developers\",\"username\":\"XDevelopers\"}}";

  @Test
  void me_tokenContainingBraces_isSentUnchanged() {
    // Braces mark expressions in Feign's header templates; a token must never be read as one.
    String token = "tok{en}-{a,b}-{+c}-%7Bd%7D";
    x.stubFor(get("/2/users/me").willReturn(okJson(ME_BODY)));
    XClient client = XTest.client(x, new RecordingSleeper()).credentials(TestTokenProvider.user(token)).build();

    assertThat(client.users().me().getData().getUsername()).isEqualTo("XDevelopers");

    assertBearer(onlyRequest(x), token);
  }

  @Test
  void me_tokenOfOnlyAnExpression_isSentUnchanged() {
    String token = "{token}";
    x.stubFor(get("/2/users/me").willReturn(okJson(ME_BODY)));
    XClient client = XTest.client(x, new RecordingSleeper()).credentials(TestTokenProvider.user(token)).build();

    client.users().me();

    assertBearer(onlyRequest(x), token);
  }
}
