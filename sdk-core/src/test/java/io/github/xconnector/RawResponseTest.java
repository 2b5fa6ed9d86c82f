package io.github.xconnector;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.xconnector.testing.XTest.NOW;
import static io.github.xconnector.testing.XTest.client;
import static io.github.xconnector.testing.XTest.requests;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.xconnector.errors.NotFoundException;
import io.github.xconnector.generated.model.CreatePostResponse;
import io.github.xconnector.generated.model.Post;
import io.github.xconnector.generated.model.UserResponse;
import io.github.xconnector.paging.Page;
import io.github.xconnector.testing.XTest;
import io.github.xconnector.transport.RawResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link XClient#withRawResponse}: the typed value and the answer it came from, from one request. */
class RawResponseTest {

  @RegisterExtension
  static WireMockExtension x = XTest.wireMock();

  private static final String ME = "{\"data\":{\"id\":\"1\",\"name\":\"N\",\"username\":\"u\",\"new_member\":7}}";

  @Test
  void me_withRawResponse_givesValueStatusHeadersRateLimitAndExactBytesFromOneRequest() {
    x.stubFor(get(urlPathEqualTo("/2/users/me")).willReturn(okJson(ME)
        .withHeader("x-transaction-id", "abc").withHeader("x-rate-limit-limit", "75")
        .withHeader("x-rate-limit-remaining", "74")
        .withHeader("x-rate-limit-reset", String.valueOf(NOW.plusSeconds(60).getEpochSecond()))));
    XClient client = client(x);

    RawResponse<UserResponse> me = client.withRawResponse(() -> client.users().me());

    assertThat(requests(x)).hasSize(1);
    assertThat(me.value().getData().getUsername()).isEqualTo("u");
    assertThat(me.statusCode()).isEqualTo(200);
    assertThat(me.header("X-Transaction-Id")).contains("abc");
    assertThat(me.headers()).containsKey("x-transaction-id");
    assertThat(me.rateLimit().endpoint().orElseThrow().remaining()).isEqualTo(74);
    assertThat(me.body()).isEqualTo(ME.getBytes(StandardCharsets.UTF_8));
    assertThat(me.bodyText()).contains("\"new_member\":7");
  }

  @Test
  void create_withRawResponse_gives201AndTheBody() {
    String body = "{\"data\":{\"id\":\"9\",\"text\":\"hi\",\"edit_history_tweet_ids\":[\"9\"]}}";
    x.stubFor(post(urlPathEqualTo("/2/tweets")).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody(body)));
    XClient client = client(x);

    RawResponse<CreatePostResponse> created = client.withRawResponse(() -> client.posts().create("hi"));

    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.value().getData().getId()).isEqualTo("9");
    assertThat(created.bodyText()).isEqualTo(body);
    byte[] copy = created.body();
    copy[0] = 'X';
    assertThat(created.bodyText()).isEqualTo(body);
  }

  @Test
  void firstPage_withRawResponse_givesThePagesAnswer() {
    String page = "{\"data\":[{\"id\":\"1\",\"text\":\"a\"}],\"meta\":{\"result_count\":1}}";
    x.stubFor(get(urlPathEqualTo("/2/tweets/search/recent")).willReturn(okJson(page)));
    XClient client = client(x);

    RawResponse<Page<Post>> raw = client.withRawResponse(() -> client.search().recent("java").firstPage());

    assertThat(raw.value().items()).hasSize(1);
    assertThat(raw.bodyText()).isEqualTo(page);
  }

  @Test
  void failingCall_throwsAsUsual_andLeavesNoCaptureOnTheThread() {
    x.stubFor(get(urlPathEqualTo("/2/users/5")).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/json").withBody("{\"title\":\"Not Found\",\"detail\":\"no\"}")));
    x.stubFor(get(urlPathEqualTo("/2/users/me")).willReturn(okJson(ME)));
    XClient client = client(x);

    assertThat(catchThrowableOfType(NotFoundException.class,
        () -> client.withRawResponse(() -> client.users().get("5")))).isNotNull();
    RawResponse<UserResponse> after = client.withRawResponse(() -> client.users().me());

    assertThat(after.statusCode()).isEqualTo(200);
    assertThat(after.bodyText()).isEqualTo(ME);
  }
}
