package io.github.xconnector.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.xconnector.XClient;
import io.github.xconnector.generated.operations.DirectMessagesOperations;
import io.github.xconnector.generated.operations.MediaOperations;
import io.github.xconnector.generated.operations.PostsOperations;
import io.github.xconnector.generated.operations.UsersOperations;
import io.github.xconnector.generated.model.PostField;
import io.github.xconnector.generated.model.UserField;
import io.github.xconnector.resources.Fields;
import io.github.xconnector.resources.PostDraft;
import io.github.xconnector.resources.SearchRequest;
import io.github.xconnector.testing.RecordingSleeper;
import io.github.xconnector.testing.XTest;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The direct path ({@link DirectCalls}, a client that does not log) and the generated Feign interface (the same client
 * with logging on) must send the same requests and give the same results and failures.
 */
class DirectCallsTest {

  @RegisterExtension
  static WireMockExtension x = XTest.wireMock();

  private static final List<Function<XClient, Object>> CALLS = List.of(
      c -> c.users().me(Fields.builder().user(UserField.CREATED_AT, UserField.PUBLIC_METRICS).build()),
      c -> c.users().byUsername("XDevelopers"),
      c -> c.users().get(List.of("2244994945", "6253282"), Fields.builder().user(UserField.USERNAME).build()),
      c -> c.posts().create(PostDraft.text("Caf\u00e9 & \"quotes\" {braces} 100%").replyTo("1445880548472328100")
          .build()),
      c -> c.posts().delete("1445880548472328192"),
      c -> c.search().recent(SearchRequest.builder("from:XDevelopers \"a phrase\" #java -is:retweet")
          .maxResults(10).fields(Fields.builder().post(PostField.CREATED_AT).build()).build()).firstPage(),
      c -> c.users().mute("2244994945", "6253282"));

  @Test
  void everyCall_sendsTheRequestTheGeneratedInterfaceSends() {
    x.stubFor(any(anyUrl()).willReturn(okJson()));
    for (Function<XClient, Object> call : CALLS) {
      x.resetRequests();
      call.apply(client(false));
      LoggedRequest direct = XTest.onlyRequest(x);
      x.resetRequests();
      call.apply(client(true));
      LoggedRequest generated = XTest.onlyRequest(x);

      assertThat(direct.getMethod()).isEqualTo(generated.getMethod());
      assertThat(direct.getUrl().split("\\?")[0]).isEqualTo(generated.getUrl().split("\\?")[0]);
      assertThat(XTest.query(direct)).as(generated.getUrl()).isEqualTo(XTest.query(generated));
      assertThat(DirectPathEveryOperationTest.chosenHeaders(direct)).as(generated.getUrl())
          .isEqualTo(DirectPathEveryOperationTest.chosenHeaders(generated));
      assertThat(direct.getBodyAsString()).as(generated.getUrl()).isEqualTo(generated.getBodyAsString());
    }
  }

  @Test
  void jsonOperations_goStraight_formBodiesAndDownloadsThroughTheirInterfaces() {
    ClientTransport transport = Transports.create(Transports.DEFAULT_CONNECT_TIMEOUT, Transports.DEFAULT_READ_TIMEOUT,
        Transports.DEFAULT_CALL_TIMEOUT);
    try (transport) {
      DirectCalls direct = DirectCalls.of(transport, false, null, "https://api.x.com", JsonMappers.create(), null,
          null, null, null);

      assertThat(direct.sends(UsersOperations.GET_ME)).isTrue();
      assertThat(direct.sends(PostsOperations.CREATE_POST)).isTrue();
      assertThat(direct.sends(MediaOperations.FINALIZE_MEDIA_UPLOAD)).isTrue();
      assertThat(direct.sends(MediaOperations.UPLOAD_MEDIA)).as("multipart").isFalse();
      assertThat(direct.sends(MediaOperations.APPEND_MEDIA_UPLOAD)).as("multipart").isFalse();
      assertThat(direct.sends(DirectMessagesOperations.DOWNLOAD_DIRECT_MESSAGE_MEDIA)).as("binary").isFalse();
      assertThat(DirectCalls.of(transport, true, null, "https://api.x.com", JsonMappers.create(), null, null, null,
          null)).as("a client that logs").isNull();
      assertThat(DirectCalls.of(ClientTransport.supplied(new feign.Client.Default(null, null)), false, null,
          "https://api.x.com", JsonMappers.create(), null, null, null, null)).as("a caller's transport").isNull();
    }
  }

  @Test
  void answers_decodeAlikeOnBothPaths() {
    x.stubFor(any(anyUrl()).willReturn(okJson()));
    Object direct = client(false).users().me().getData();
    Object generated = client(true).users().me().getData();

    assertThat(direct).isEqualTo(generated);
    assertThat(direct.toString()).contains("XDevelopers");
  }

  @Test
  void failures_areTheSameOnBothPaths() {
    List<ResponseDefinitionBuilder> answers = List.of(
        aResponse().withStatus(401).withHeader("Content-Type", "application/problem+json")
            .withBody("{\"title\":\"Unauthorized\",\"type\":\"about:blank\",\"status\":401,\"detail\":\"Unauthorized\"}"),
        aResponse().withStatus(429).withHeader("x-rate-limit-reset", "1768479300")
            .withHeader("x-rate-limit-remaining", "0").withHeader("x-rate-limit-limit", "75")
            .withBody("{\"title\":\"Too Many Requests\",\"type\":\"about:blank\",\"status\":429}"),
        aResponse().withStatus(503).withBody("upstream gone"),
        aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{\"data\": {\"id\""),
        aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("null"),
        aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("[1, 2]"));
    for (ResponseDefinitionBuilder answer : answers) {
      x.stubFor(any(anyUrl()).willReturn(answer));
      for (Function<XClient, Object> call : List.<Function<XClient, Object>>of(c -> c.users().me(),
          c -> c.posts().create("hello"))) {
        x.resetRequests();
        Throwable direct = catchThrowable(() -> call.apply(client(false)));
        int directRequests = XTest.requests(x).size();
        x.resetRequests();
        Throwable generated = catchThrowable(() -> call.apply(client(true)));

        assertThat(direct).as("direct path").isNotNull();
        assertThat(direct.getClass()).isEqualTo(generated.getClass());
        assertThat(direct.getMessage()).isEqualTo(generated.getMessage());
        assertThat(directRequests).as(direct.getMessage()).isEqualTo(XTest.requests(x).size());
      }
    }
  }

  private static XClient client(boolean throughFeign) {
    XClient.Builder builder = XTest.client(x, new RecordingSleeper());
    if (throughFeign) {
      builder.logLevel(XClient.LogLevel.BASIC);
    }
    return builder.build();
  }

  private static ResponseDefinitionBuilder okJson() {
    return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
        .withHeader("x-rate-limit-limit", "75").withBody(
            "{\"data\":{\"id\":\"2244994945\",\"name\":\"X Dev\",\"username\":\"XDevelopers\","
                + "\"text\":\"t\",\"deleted\":true,\"muting\":true},"
                + "\"meta\":{\"result_count\":0}}");
  }
}
