package io.github.xconnector;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.xconnector.errors.ForbiddenException;
import io.github.xconnector.errors.ProblemType;
import io.github.xconnector.errors.ServerException;
import io.github.xconnector.errors.XAuthenticationException;
import io.github.xconnector.errors.XIoException;
import io.github.xconnector.errors.XValidationException;
import io.github.xconnector.generated.model.Post;
import io.github.xconnector.generated.model.UserResponse;
import io.github.xconnector.paging.Page;
import io.github.xconnector.resources.ApiRequest;
import io.github.xconnector.testing.RecordingSleeper;
import io.github.xconnector.testing.TestTokenProvider;
import io.github.xconnector.testing.XTest;
import io.github.xconnector.transport.RawResponse;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code x.api()}: a call by method and path goes through the one call path, with the spec's facts when the path is
 * one of its operations and the HTTP rules otherwise. The paths under {@code /2/future} stand for endpoints X adds
 * after this SDK was built.
 */
class ApiServiceTest {

  @RegisterExtension
  static WireMockExtension x = XTest.wireMock();

  private static final String WIDGET = "{\"data\":{\"id\":\"77\",\"name\":\"Spinner\",\"brand_new\":{\"depth\":3}},"
      + "\"meta\":{\"sent\":1}}";

  /** A class of the caller's, with one member of the answer. */
  static final class Widget {
    @JsonProperty("id")
    String id;
    @JsonProperty("name")
    String name;
  }

  /** The caller's class of the whole answer. */
  static final class WidgetAnswer {
    @JsonProperty("data")
    Widget data;
  }

  @Test
  void call_get_encodesPathValuesAsSegmentsAndQueryLikeTheTypedPath_andReturnsTheTree() {
    x.stubFor(get(urlPathEqualTo("/2/future/shelves/s%201/widgets/a%2Fb%3Fc%25%C3%A9")).willReturn(okJson(WIDGET)));

    JsonNode answer = client(x).api().call(ApiRequest.get("/2/future/shelves/{shelf}/widgets/{widget_id}")
        .pathParameter("shelf", "s 1")
        .pathParameter("widget_id", "a/b?c%é")
        .query("widget.fields", List.of("name", "owner_id"))
        .query("since", Instant.parse("2026-01-15T12:00:00.250Z"))
        .query("q", "cats & dogs, 100%")
        .query("max_results", 10)
        .build());

    LoggedRequest request = onlyRequest(x);
    assertThat(request.getMethod().getName()).isEqualTo("GET");
    assertThat(request.getUrl()).isEqualTo("/2/future/shelves/s%201/widgets/a%2Fb%3Fc%25%C3%A9"
        + "?widget.fields=name%2Cowner_id&since=2026-01-15T12%3A00%3A00Z&q=cats%20%26%20dogs%2C%20100%25"
        + "&max_results=10");
    assertThat(query(request)).isEqualTo(Map.of(
        "widget.fields", List.of("name,owner_id"),
        "since", List.of("2026-01-15T12:00:00Z"),
        "q", List.of("cats & dogs, 100%"),
        "max_results", List.of("10")));
    assertBearer(request, USER_TOKEN);
    assertThat(answer.path("data").path("name").asText()).isEqualTo("Spinner");
    assertThat(answer.path("data").path("brand_new").path("depth").asInt()).isEqualTo(3);
    assertThat(answer.path("meta").path("sent").asInt()).isEqualTo(1);
  }

  @Test
  void call_withAClass_readsTheAnswerIntoIt_ignoringMembersItHasNoPlaceFor() {
    x.stubFor(get("/2/future/widgets/77").willReturn(okJson(WIDGET)));

    WidgetAnswer answer = client(x).api().call(ApiRequest.get("/2/future/widgets/{id}").pathParameter("id", "77")
        .build(), WidgetAnswer.class);

    assertThat(answer.data.id).isEqualTo("77");
    assertThat(answer.data.name).isEqualTo("Spinner");
  }

  @Test
  void call_withAGeneratedModel_keepsMembersTheSpecLacks() {
    x.stubFor(get("/2/users/me").willReturn(okJson("{\"data\":{\"id\":\"2244994945\",\"username\":\"XDevelopers\","
        + "\"name\":\"Developers\",\"halo\":{\"color\":\"gold\"}},\"sparkle\":true}")));

    UserResponse me = client(x).api().call(ApiRequest.get("/2/users/me").build(), UserResponse.class);

    assertThat(me.getData().getUsername()).isEqualTo("XDevelopers");
    assertThat(me.getData().getAdditionalProperties()).containsEntry("halo", Map.of("color", "gold"));
    assertThat(me.getAdditionalProperties()).containsEntry("sparkle", true);
  }

  @Test
  void call_withAClassTheBodyDoesNotFit_saysSoAndThatXMayHaveActed() {
    x.stubFor(get("/2/future/widgets/77").willReturn(okJson("{\"data\":[1,2]}")));

    XIoException failure = catchThrowableOfType(() -> client(x).api().call(ApiRequest.get("/2/future/widgets/{id}")
        .pathParameter("id", "77").build(), WidgetAnswer.class), XIoException.class);

    assertThat(failure.getMessage()).startsWith("GET /2/future/widgets/{id} answered with a body that does not read"
        + " as " + WidgetAnswer.class.getName()).contains("X may have acted on the request");
    assertThat(failure.possiblyDelivered()).isTrue();
  }

  @Test
  void call_errorAnswer_isTheExceptionOfItsStatusWithXsProblemType() {
    x.stubFor(get("/2/future/widgets/77").willReturn(aResponse().withStatus(403)
        .withHeader("Content-Type", "application/problem+json")
        .withBody("{\"type\":\"https://api.twitter.com/2/problems/client-forbidden\",\"title\":\"Client Forbidden\","
            + "\"detail\":\"This app is not allowed to use this endpoint.\",\"reason\":\"client-not-enrolled\"}")));

    ForbiddenException failure = catchThrowableOfType(() -> client(x).api().call(
        ApiRequest.get("/2/future/widgets/{id}").pathParameter("id", "77").build()), ForbiddenException.class);

    assertThat(failure.statusCode()).isEqualTo(403);
    assertThat(failure.problemType()).isEqualTo(ProblemType.CLIENT_FORBIDDEN);
    assertThat(failure.detail()).isEqualTo("This app is not allowed to use this endpoint.");
    assertThat(failure.operation()).isEqualTo("GET /2/future/widgets/77");
    assertThat(requests(x)).hasSize(1);
  }

  @Test
  void call_get503ThenOk_isRetried() {
    RecordingSleeper sleeper = new RecordingSleeper();
    answerInTurn(x, "GET", "/2/future/widgets", serviceUnavailable(), okJson(WIDGET));

    JsonNode answer = client(x, sleeper).build().api().call(ApiRequest.get("/2/future/widgets").build());

    assertThat(requests(x)).hasSize(2);
    assertThat(answer.path("data").path("id").asText()).isEqualTo("77");
  }

  @Test
  void call_post503_isNotRepeated() {
    x.stubFor(any(anyUrl()).willReturn(serviceUnavailable()));

    assertThatThrownBy(() -> client(x).api().call(ApiRequest.post("/2/future/widgets")
        .body(Map.of("name", "Spinner")).build())).isInstanceOf(ServerException.class);

    x.verify(1, postRequestedFor(urlEqualTo("/2/future/widgets"))
        .withHeader("Content-Type", equalTo("application/json"))
        .withRequestBody(equalToJson("{\"name\":\"Spinner\"}")));
  }

  @Test
  void call_postSlowerThanReadTimeout_isNotRepeated() {
    x.stubFor(any(anyUrl()).willReturn(okJson(WIDGET).withFixedDelay(1500)));
    XClient client = client(x, new RecordingSleeper()).readTimeout(Duration.ofMillis(300)).build();

    XIoException failure = catchThrowableOfType(() -> client.api().call(ApiRequest.post("/2/future/widgets")
        .body(Map.of("name", "Spinner")).build()), XIoException.class);

    assertThat(failure.possiblyDelivered()).isTrue();
    assertThat(failure.getMessage()).contains("X may have received it");
    assertThat(requests(x)).hasSize(1);
  }

  @Test
  void call_postMarkedRetrySafe_isRepeatedAfter503() {
    answerInTurn(x, "POST", "/2/future/widgets", serviceUnavailable(), okJson(WIDGET));

    JsonNode answer = client(x).api().call(ApiRequest.post("/2/future/widgets").body(Map.of("name", "Spinner"))
        .retrySafe(true).build());

    assertThat(requests(x)).hasSize(2).allSatisfy(r -> assertThat(r.getBodyAsString())
        .isEqualTo("{\"name\":\"Spinner\"}"));
    assertThat(answer.path("data").path("name").asText()).isEqualTo("Spinner");
  }

  @Test
  void call_putWithoutBody_isSentWithAnEmptyBody_andRepeatedAfter503() {
    answerInTurn(x, "PUT", "/2/future/widgets/77/pinned", serviceUnavailable(), okJson("{\"data\":{\"pinned\":true}}"));

    JsonNode answer = client(x).api().call(ApiRequest.put("/2/future/widgets/{id}/pinned").pathParameter("id", "77")
        .build());

    assertThat(requests(x)).hasSize(2).allSatisfy(r -> assertThat(r.getBody()).isEmpty());
    assertThat(answer.path("data").path("pinned").asBoolean()).isTrue();
  }

  @Test
  void call_insideWithRawResponse_showsTheAnswerAsXSentIt() {
    x.stubFor(get("/2/future/widgets/77").willReturn(okJson(WIDGET).withHeader("x-transaction-id", "tx-9")));
    XClient client = client(x);

    RawResponse<JsonNode> raw = client.withRawResponse(() -> client.api().call(
        ApiRequest.get("/2/future/widgets/{id}").pathParameter("id", "77").build()));

    assertThat(raw.statusCode()).isEqualTo(200);
    assertThat(raw.header("x-transaction-id")).contains("tx-9");
    assertThat(raw.bodyText()).isEqualTo(WIDGET);
    assertThat(raw.value().path("data").path("id").asText()).isEqualTo("77");
  }

  @Test
  void call_fullLogLevelAndA401Refresh_logsTheExchangeButNeverTheTokens() {
    answerInTurn(x, "GET", "/2/future/widgets", aResponse().withStatus(401)
        .withHeader("Content-Type", "application/problem+json")
        .withBody("{\"title\":\"Unauthorized\",\"type\":\"about:blank\",\"status\":401}"), okJson(WIDGET));
    XClient client = client(x, new RecordingSleeper()).connectionName("main")
        .credentials(TestTokenProvider.refreshing(USER_TOKEN, "user-token-refreshed-3Qp"))
        .logLevel(XClient.LogLevel.FULL).build();

    String log = captureStandardError(() -> client.api().call(ApiRequest.get("/2/future/widgets").build()));

    assertThat(requests(x)).hasSize(2);
    assertThat(log).contains("[main]").contains("GET " + x.baseUrl() + "/2/future/widgets").contains("Spinner");
    assertThat(log).doesNotContain(USER_TOKEN).doesNotContain("user-token-refreshed-3Qp").doesNotContain("Bearer");
  }

  @Test
  void call_specOperation_scopesCheckedBeforeSending() {
    XClient client = client(x, new RecordingSleeper())
        .credentials(TestTokenProvider.userWithScopes(USER_TOKEN, "tweet.read", "users.read")).build();

    XAuthenticationException withPlaceholder = catchThrowableOfType(() -> client.api().call(
        ApiRequest.get("/2/users/{user}/bookmarks").pathParameter("user", "2244994945").build()),
        XAuthenticationException.class);
    XAuthenticationException literal = catchThrowableOfType(() -> client.api().call(
        ApiRequest.get("/2/users/2244994945/bookmarks").build()), XAuthenticationException.class);

    assertThat(withPlaceholder.getMessage()).contains("GET /2/users/{id}/bookmarks (getBookmarks)")
        .contains("needs the scopes bookmark.read");
    assertThat(literal.getMessage()).isEqualTo(withPlaceholder.getMessage());
    assertNoRequest(x);
  }

  @Test
  void call_specOperation_appOnlyTokenOnAUserContextEndpoint_isRefusedBeforeSending() {
    XClient app = client(x, new RecordingSleeper()).credentials(TestTokenProvider.appOnly("app-token")).build();

    assertThatThrownBy(() -> app.api().call(ApiRequest.get("/2/users/me").build()))
        .isInstanceOf(XAuthenticationException.class).hasMessageContaining("cannot be called with an app-only");
    assertNoRequest(x);
  }

  @Test
  void call_specOperation_parametersCheckedByTheSpec_andUnknownOnesSentAsGiven() {
    XClient client = client(x);
    assertThatThrownBy(() -> client.api().call(ApiRequest.get("/2/users/{id}/bookmarks")
        .pathParameter("id", "2244994945").query("max_results", "500").build()))
        .isInstanceOf(XValidationException.class)
        .hasMessage("max_results must be from 1 to 100, was 500 (GET /2/users/{id}/bookmarks, parameter"
            + " max_results).");
    assertThatThrownBy(() -> client.api().call(ApiRequest.get("/2/users/{id}/bookmarks")
        .pathParameter("id", "2244994945").query("tweet.fields", "created_at,sparkles").build()))
        .isInstanceOf(XValidationException.class).hasMessageContaining("tweet.fields entry must be one of")
        .hasMessageContaining("was 'sparkles'");
    assertThatThrownBy(() -> client.api().call(ApiRequest.delete("/2/users/{id}/bookmarks/{post}")
        .pathParameter("id", "2244994945").pathParameter("post", "not-a-number").build()))
        .isInstanceOf(XValidationException.class).hasMessageContaining("post must be 1 to 19 digits");
    assertThatThrownBy(() -> client.api().call(ApiRequest.post("/2/users/{id}/bookmarks")
        .pathParameter("id", "2244994945").build()))
        .isInstanceOf(XValidationException.class).hasMessage("POST /2/users/{id}/bookmarks needs a request body.");
    assertNoRequest(x);

    x.stubFor(get(urlPathEqualTo("/2/users/2244994945/bookmarks")).willReturn(okJson("{\"meta\":{}}")));
    client.api().call(ApiRequest.get("/2/users/{id}/bookmarks").pathParameter("id", "2244994945")
        .query("max_results", "100").query("sort_order", "oldest").build());
    assertThat(query(onlyRequest(x))).isEqualTo(Map.of("max_results", List.of("100"),
        "sort_order", List.of("oldest")));
  }

  @Test
  void call_specPostMarkedSafeInTheSpec_isRepeatedAfter503LikeTheTypedCall() {
    answerInTurn(x, "POST", "/2/users/2244994945/bookmarks", serviceUnavailable(),
        okJson("{\"data\":{\"bookmarked\":true}}"));

    JsonNode answer = client(x).api().call(ApiRequest.post("/2/users/{id}/bookmarks")
        .pathParameter("id", "2244994945").body(Map.of("tweet_id", "1460323737035677698")).build());

    assertThat(requests(x)).hasSize(2);
    assertThat(answer.path("data").path("bookmarked").asBoolean()).isTrue();
  }

  @Test
  void call_recordsRateLimitsUnderThePathTemplate_orTheSpecsEndpoint() {
    x.stubFor(any(anyUrl()).willReturn(okJson("{\"data\":{}}").withHeader("x-rate-limit-limit", "15")
        .withHeader("x-rate-limit-remaining", "14").withHeader("x-rate-limit-reset", "1768480200")));
    XClient client = client(x);

    client.api().call(ApiRequest.get("/2/future/widgets/{id}").pathParameter("id", "77").build());
    client.api().call(ApiRequest.get("/2/users/2244994945/bookmarks").build());

    assertThat(client.rateLimits().snapshot()).containsOnlyKeys("GET /2/future/widgets/{id}",
        "GET /2/users/{id}/bookmarks");
    assertThat(client.rateLimits().latest("GET /2/future/widgets/{id}").orElseThrow().endpoint().orElseThrow()
        .remaining()).isEqualTo(14);
  }

  @Test
  void pages_walksMetaNextTokenOverTwoPages_sendingPaginationToken() {
    x.stubFor(get(urlEqualTo("/2/future/widgets?max_results=2")).willReturn(okJson(
        "{\"data\":[{\"id\":\"1\"},{\"id\":\"2\"}],\"meta\":{\"next_token\":\"page-two\"}}")));
    x.stubFor(get(urlEqualTo("/2/future/widgets?max_results=2&pagination_token=page-two")).willReturn(okJson(
        "{\"data\":[{\"id\":\"3\",\"shiny\":true}],\"meta\":{}}")));

    List<JsonNode> items = client(x).api().pages(ApiRequest.get("/2/future/widgets").query("max_results", 2)
        .build()).stream().collect(Collectors.toList());

    assertThat(items).extracting(item -> item.path("id").asText()).containsExactly("1", "2", "3");
    assertThat(items.get(2).path("shiny").asBoolean()).isTrue();
    assertThat(requests(x)).extracting(LoggedRequest::getUrl).containsExactly("/2/future/widgets?max_results=2",
        "/2/future/widgets?max_results=2&pagination_token=page-two");
  }

  @Test
  void pages_withOtherPagingNames_startsAtTheGivenPosition_andReadsItemsIntoAClass() {
    x.stubFor(get(urlEqualTo("/2/future/widgets?cursor=c1")).willReturn(okJson(
        "{\"data\":[{\"id\":\"1\",\"name\":\"One\"}],\"meta\":{\"next_cursor\":\"c2\"}}")));
    x.stubFor(get(urlEqualTo("/2/future/widgets?cursor=c2")).willReturn(okJson(
        "{\"data\":[{\"id\":\"2\",\"name\":\"Two\"}],\"meta\":{}}")));

    List<Widget> widgets = client(x).api().pages(ApiRequest.get("/2/future/widgets").query("cursor", "c1")
        .paging("cursor", "next_cursor").build(), Widget.class).stream().collect(Collectors.toList());

    assertThat(widgets).extracting(w -> w.name).containsExactly("One", "Two");
    assertThat(requests(x)).hasSize(2);
  }

  @Test
  void pages_specOperation_usesItsPagingAndReadsItsMeta() {
    x.stubFor(get(urlEqualTo("/2/users/2244994945/bookmarks")).willReturn(okJson(
        "{\"data\":[{\"id\":\"10\",\"text\":\"first\"}],\"includes\":{\"users\":[{\"id\":\"2244994945\","
            + "\"username\":\"XDevelopers\",\"name\":\"Developers\"}]},"
            + "\"meta\":{\"result_count\":1,\"next_token\":\"n2\",\"previous_token\":\"p0\"}}")));
    x.stubFor(get(urlEqualTo("/2/users/2244994945/bookmarks?pagination_token=n2")).willReturn(okJson(
        "{\"data\":[{\"id\":\"11\",\"text\":\"second\"}],\"meta\":{\"result_count\":1}}")));

    List<Page<Post>> pages = client(x).api().pages(ApiRequest.get("/2/users/{id}/bookmarks")
        .pathParameter("id", "2244994945").paging("ignored", "ignored_too").build(), Post.class)
        .pageStream().collect(Collectors.toList());

    assertThat(pages).hasSize(2);
    assertThat(pages.get(0).items()).extracting(Post::getText).containsExactly("first");
    assertThat(pages.get(0).nextToken()).contains("n2");
    assertThat(pages.get(0).previousToken()).contains("p0");
    assertThat(pages.get(0).resultCount()).isEqualTo(1);
    assertThat(pages.get(0).includes().getUsers()).singleElement()
        .satisfies(u -> assertThat(u.getUsername()).isEqualTo("XDevelopers"));
    assertThat(pages.get(1).items()).extracting(Post::getText).containsExactly("second");
  }

  @Test
  void pages_badStartPosition_isRefusedBeforeAnyPageIsFetched() {
    assertThatThrownBy(() -> client(x).api().pages(ApiRequest.get("/2/users/{id}/bookmarks")
        .pathParameter("id", "2244994945").query("max_results", 0).build()))
        .isInstanceOf(XValidationException.class).hasMessageContaining("max_results must be from 1 to 100");
    assertNoRequest(x);
  }

  @Test
  void request_badInput_isRefusedWithAClearMessage() {
    assertThatThrownBy(() -> ApiRequest.get("users/me")).isInstanceOf(XValidationException.class)
        .hasMessage("ApiRequest path 'users/me' must start with /2/, the X API v2 (a path relative to the client's"
            + " base URL such as /2/users/me).");
    assertThatThrownBy(() -> ApiRequest.get("https://api.x.com/2/users/me")).isInstanceOf(XValidationException.class)
        .hasMessageContaining("must start with /2/");
    assertThatThrownBy(() -> ApiRequest.get("/2/users/{id}/pinned_lists").build())
        .isInstanceOf(XValidationException.class)
        .hasMessage("ApiRequest GET /2/users/{id}/pinned_lists has no value for {id}; set each with"
            + " pathParameter(\"id\", value).");
    assertThatThrownBy(() -> ApiRequest.builder(null, "/2/users/me")).isInstanceOf(XValidationException.class)
        .hasMessage("ApiRequest needs an HTTP method (GET, POST, PUT or DELETE), was null.");
    assertThatThrownBy(() -> ApiRequest.get("/2/users/{id}").pathParameter("user_id", "1"))
        .isInstanceOf(XValidationException.class)
        .hasMessage("ApiRequest GET /2/users/{id} has no placeholder {user_id}; its placeholders are {id}.");
    assertThatThrownBy(() -> ApiRequest.get("/2/users/{id}").pathParameter("id", ""))
        .isInstanceOf(XValidationException.class).hasMessageContaining("must not be empty");
    assertThatThrownBy(() -> ApiRequest.get("/2/users/me?user.fields=id")).isInstanceOf(XValidationException.class)
        .hasMessageContaining("must not hold a query");
    assertThatThrownBy(() -> ApiRequest.get("/2/users/by name")).isInstanceOf(XValidationException.class)
        .hasMessageContaining("characters a path cannot hold");
    assertThatThrownBy(() -> ApiRequest.get("/2/users/id-{id}")).isInstanceOf(XValidationException.class)
        .hasMessageContaining("a placeholder is a whole segment");
    assertThatThrownBy(() -> ApiRequest.get("/2/users//me")).isInstanceOf(XValidationException.class)
        .hasMessageContaining("empty segment");
    assertThatThrownBy(() -> ApiRequest.get("/2/users/me").query("user.fields", null))
        .isInstanceOf(XValidationException.class).hasMessageContaining("leave the parameter out instead");
    assertThatThrownBy(() -> ApiRequest.get("/2/users/me").query("a&b", "1"))
        .isInstanceOf(XValidationException.class).hasMessageContaining("query parameter name 'a&b'");
    assertThatThrownBy(() -> ApiRequest.get("/2/users/me").body(Map.of("a", 1)).build())
        .isInstanceOf(XValidationException.class).hasMessageContaining("cannot carry a body");
    assertThatThrownBy(() -> client(x).api().call(null)).isInstanceOf(XValidationException.class);
    assertNoRequest(x);
  }

  @Test
  void request_isImmutable_theBodyIsCopiedWhenSet() {
    Map<String, Object> body = new HashMap<>(Map.of("name", "Spinner"));
    ApiRequest request = ApiRequest.put("/2/future/widgets/{id}").pathParameter("id", "7").body(body).build();
    body.put("name", "Changed");
    ((ObjectNode) request.body().orElseThrow()).put("name", "Mutated");
    x.stubFor(put("/2/future/widgets/7").willReturn(okJson("{}")));

    client(x).api().call(request);

    assertThat(onlyRequest(x).getBodyAsString()).isEqualTo("{\"name\":\"Spinner\"}");
    assertThat(request.path()).isEqualTo("/2/future/widgets/7");
    assertThat(request.endpoint()).isEqualTo("PUT /2/future/widgets/{id}");
  }

  private static String captureStandardError(Runnable action) {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      action.run();
    } finally {
      System.setErr(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }
}
