package io.github.xconnector;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.xconnector.testing.XTest.NOW;
import static io.github.xconnector.testing.XTest.USER_TOKEN;
import static io.github.xconnector.testing.XTest.example;
import static io.github.xconnector.testing.XTest.onlyRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.xconnector.errors.BadRequestException;
import io.github.xconnector.errors.ForbiddenException;
import io.github.xconnector.errors.NotFoundException;
import io.github.xconnector.errors.ProblemType;
import io.github.xconnector.errors.RateLimitException;
import io.github.xconnector.errors.ServerException;
import io.github.xconnector.errors.UnauthorizedException;
import io.github.xconnector.errors.UnexpectedStatusException;
import io.github.xconnector.errors.XServiceException;
import io.github.xconnector.generated.model.MediaCategoryOneShot;
import io.github.xconnector.generated.model.MediaUploadInitializeRequest;
import io.github.xconnector.testing.RecordingSleeper;
import io.github.xconnector.testing.XTest;
import io.github.xconnector.transport.RetryPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every recorded error body decodes to the right exception, carrying what X sent and never the token. */
class ErrorDecodingTest {

  @RegisterExtension
  static WireMockExtension x = XTest.wireMock();

  private static final Instant RESET = NOW.plusSeconds(300);

  /** An operation of the client, the endpoint it calls, and a call that makes it. */
  enum Call {
    SEARCH("GET", "/2/tweets/search/recent", client -> client.search().recent("java").firstPage()),
    USER_BY_USERNAME("GET", "/2/users/by/username/XDevelopers", client -> client.users().byUsername("XDevelopers")),
    ME("GET", "/2/users/me", client -> client.users().me()),
    USER_POSTS("GET", "/2/users/2244994945/tweets", client -> client.timelines().userPosts("2244994945").firstPage()),
    CREATE_POST("POST", "/2/tweets", client -> client.posts().create("Hello again")),
    LIKED_POSTS("GET", "/2/users/2244994945/liked_tweets",
        client -> client.likes().likedPosts("2244994945").firstPage()),
    MEDIA_ONE_SHOT("POST", "/2/media/upload",
        client -> client.media().uploadOneShot(tinyFile(), MediaCategoryOneShot.TWEET_IMAGE, "image/png")),
    MEDIA_INITIALIZE("POST", "/2/media/upload/initialize", client -> client.media().initialize(
        new MediaUploadInitializeRequest().mediaType(MediaUploadInitializeRequest.MediaTypeEnum.VIDEO_MP4)
            .totalBytes(10L))),
    MEDIA_METADATA("POST", "/2/media/metadata", client -> client.media().setAltText("1880028106020515840", "A cat")),
    MEDIA_STATUS("GET", "/2/media/upload", client -> client.media().status("1880028106020515840"));

    final String method;
    final String path;
    final Consumer<XClient> invoke;

    Call(String method, String path, Consumer<XClient> invoke) {
      this.method = method;
      this.path = path;
      this.invoke = invoke;
    }
  }

  static Stream<Arguments> errorBodies() {
    return Stream.of(
        Arguments.of("error-reports/401_unauthorized_search_recent.json", 401, Call.SEARCH,
            check(UnauthorizedException.class, ProblemType.ABOUT_BLANK, "Unauthorized", "Unauthorized")),
        Arguments.of("error-reports/401_unauthorized_user_by_username.json", 401, Call.USER_BY_USERNAME,
            check(UnauthorizedException.class, ProblemType.ABOUT_BLANK, "Unauthorized", "Unauthorized")),
        Arguments.of("error-reports/403_forbidden_users_me.json", 403, Call.ME,
            check(ForbiddenException.class, ProblemType.ABOUT_BLANK, "Forbidden", "Forbidden")),
        Arguments.of("error-reports/403_client_forbidden_not_enrolled.json", 403, Call.SEARCH,
            check(ForbiddenException.class, ProblemType.CLIENT_FORBIDDEN, "Client Forbidden",
                "When authenticating requests to the Twitter API v2 endpoints, you must use keys and tokens from a"
                    + " Twitter developer App that is attached to a Project. You can create a project via the"
                    + " developer portal.")
                .andThen(e -> assertThat(e.problem().members())
                    .containsEntry("reason", "client-not-enrolled")
                    .containsEntry("registration_url", "https://developer.twitter.com/en/docs/projects/overview"))),
        Arguments.of("error-reports/403_unsupported_auth_app_only_users_me.json", 403, Call.ME,
            check(ForbiddenException.class, ProblemType.UNSUPPORTED_AUTHENTICATION, "Unsupported Authentication",
                "Authenticating with OAuth 2.0 Application-Only is forbidden for this endpoint.  Supported"
                    + " authentication types are [OAuth 1.0a User Context, OAuth 2.0 User Context].")),
        Arguments.of("error-reports/403_unsupported_auth_oauth1_bookmarks.json", 403, Call.USER_POSTS,
            check(ForbiddenException.class, ProblemType.UNSUPPORTED_AUTHENTICATION, "Unsupported Authentication",
                "Authenticating with OAuth 1.0a User Context is forbidden for this endpoint.  Supported"
                    + " authentication types are [OAuth 2.0 User Context].")),
        Arguments.of("error-reports/403_duplicate_content_create_tweet.json", 403, Call.CREATE_POST,
            check(ForbiddenException.class, ProblemType.ABOUT_BLANK, "Forbidden",
                "You are not allowed to create a Tweet with duplicate content.")
                .andThen(e -> assertThat(e.getMessage()).contains("duplicate content"))),
        Arguments.of("error-reports/403_media_upload_forbidden.json", 403, Call.MEDIA_ONE_SHOT,
            check(ForbiddenException.class, ProblemType.ABOUT_BLANK, "Forbidden", "Forbidden")),
        Arguments.of("error-reports/429_too_many_requests_search_all.json", 429, Call.SEARCH,
            check(RateLimitException.class, ProblemType.ABOUT_BLANK, "Too Many Requests", "Too Many Requests")
                .andThen(e -> {
                  RateLimitException limited = (RateLimitException) e;
                  assertThat(limited.usageCapped()).isFalse();
                  assertThat(limited.retryAt()).contains(RESET);
                  assertThat(limited.getMessage()).contains(RESET.toString());
                })),
        Arguments.of("error-reports/429_usage_capped_liked_tweets.json", 429, Call.LIKED_POSTS,
            check(RateLimitException.class, ProblemType.USAGE_CAPPED, "UsageCapExceeded",
                "Usage cap exceeded: Monthly product cap")
                .andThen(e -> {
                  RateLimitException limited = (RateLimitException) e;
                  assertThat(limited.usageCapped()).isTrue();
                  assertThat(limited.retryAt()).isEmpty();
                  assertThat(limited.problem().members()).containsEntry("period", "Monthly");
                })),
        Arguments.of("error-reports/400_media_upload_requires_json_content_type.json", 400, Call.MEDIA_INITIALIZE,
            check(BadRequestException.class, ProblemType.INVALID_REQUEST, "Invalid Request",
                "One or more parameters to your request was invalid.")
                .andThen(firstErrorMessage("Requests with bodies must have content-type of application/json."))),
        Arguments.of("error-reports/400_media_upload_body_not_valid_json.json", 400, Call.MEDIA_METADATA,
            check(BadRequestException.class, ProblemType.INVALID_REQUEST, "Invalid Request",
                "One or more parameters to your request was invalid.")
                .andThen(firstErrorMessage("Request body is not valid JSON."))),
        Arguments.of("error-reports/400_media_upload_status_not_found.json", 400, Call.MEDIA_STATUS,
            check(BadRequestException.class, ProblemType.INVALID_REQUEST, "Invalid Request",
                "One or more parameters to your request was invalid.")
                .andThen(firstErrorMessage("BadRequest: Not found"))),
        Arguments.of("error-reports/400_media_upload_init_media_parameter_missing.json", 400, Call.MEDIA_INITIALIZE,
            check(BadRequestException.class, ProblemType.OTHER, null, null).andThen(e -> {
              assertThat(e.problem().code()).isEqualTo(38);
              assertThat(e.problem().message()).isEqualTo("media parameter is missing.");
              assertThat(e.getMessage()).contains("media parameter is missing.").contains("code 38");
            })),
        Arguments.of("error-reports/403_v1_status_duplicate.json", 403, Call.CREATE_POST,
            check(ForbiddenException.class, ProblemType.OTHER, null, null).andThen(e -> {
              assertThat(e.errors()).singleElement().satisfies(error -> {
                assertThat(error.code()).isEqualTo(187);
                assertThat(error.message()).isEqualTo("Status is a duplicate.");
              });
              assertThat(e.getMessage()).contains("Status is a duplicate.");
            })),
        Arguments.of("error-reports/403_v1_oauth2_token_unable_to_verify.json", 403, Call.ME,
            check(ForbiddenException.class, ProblemType.OTHER, null, null).andThen(e -> {
              assertThat(e.errors().get(0).code()).isEqualTo(99);
              assertThat(e.errors().get(0).members()).containsEntry("label", "authenticity_token_error");
              assertThat(e.getMessage()).contains("Unable to verify your credentials");
            })),
        Arguments.of("docs/fundamentals_rate-limits__0.json", 429, Call.SEARCH,
            check(RateLimitException.class, ProblemType.OTHER, null, null).andThen(e -> {
              assertThat(((RateLimitException) e).usageCapped()).isFalse();
              assertThat(e.errors().get(0).code()).isEqualTo(88);
            })),
        Arguments.of("docs/fundamentals_response-codes-and-errors__0.json", 400, Call.SEARCH,
            check(BadRequestException.class, ProblemType.INVALID_REQUEST, "Invalid Request",
                "The 'query' parameter is required.")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errorBodies")
  void call_recordedErrorBody_throwsTypedExceptionWithProblemHeadersAndNoToken(String body, int status, Call call,
      Consumer<XServiceException> expectations) {
    x.stubFor(request(call.method, urlPathEqualTo(call.path)).willReturn(aResponse().withStatus(status)
        .withHeader("Content-Type", "application/problem+json")
        .withHeader("x-rate-limit-limit", "50")
        .withHeader("x-rate-limit-remaining", "0")
        .withHeader("x-rate-limit-reset", String.valueOf(RESET.getEpochSecond()))
        .withHeader("x-transaction-id", "tx-1b2c3d")
        .withBody(example(body))));
    XClient client = XTest.client(x, new RecordingSleeper()).retryPolicy(RetryPolicy.none()).build();

    XServiceException failure = catchThrowableOfType(XServiceException.class, () -> call.invoke.accept(client));

    assertThat(failure).as("exception for " + body).isNotNull();
    assertThat(failure.statusCode()).isEqualTo(status);
    assertThat(failure.operation()).isEqualTo(call.method + " " + call.path);
    assertThat(failure.getMessage()).contains("HTTP " + status).contains(call.path).contains("tx-1b2c3d")
        .doesNotContain(USER_TOKEN);
    assertThat(failure.transactionId()).contains("tx-1b2c3d");
    assertThat(failure.headers()).containsEntry("x-transaction-id", List.of("tx-1b2c3d"));
    assertThat(failure.rateLimit().endpoint()).hasValueSatisfying(window -> {
      assertThat(window.limit()).isEqualTo(50);
      assertThat(window.remaining()).isZero();
      assertThat(window.resetAt()).contains(RESET);
    });
    expectations.accept(failure);
    assertThat(onlyRequest(x).getMethod().getName()).isEqualTo(call.method);
  }

  @Test
  void get_unlistedProblemTypeOnAnotherHost_fallsBackToOtherAndKeepsTheType() {
    x.stubFor(get(urlPathEqualTo("/2/users/me")).willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/problem+json")
        .withBody("{\"type\":\"https://api.x.com/2/problems/brand-new-problem\",\"title\":\"Brand New\","
            + "\"detail\":\"Something X invented.\",\"new_member\":7}")));

    BadRequestException failure = catchThrowableOfType(BadRequestException.class,
        () -> XTest.client(x).users().me());

    assertThat(failure.problemType()).isEqualTo(ProblemType.OTHER);
    assertThat(failure.problem().type()).isEqualTo("https://api.x.com/2/problems/brand-new-problem");
    assertThat(failure.problem().members()).containsEntry("new_member", 7);
    assertThat(failure.getMessage()).contains("Brand New").contains("Something X invented.");
  }

  @Test
  void get_resourceNotFoundOn404_throwsNotFoundException() {
    x.stubFor(get(urlPathEqualTo("/2/users/123")).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/problem+json")
        .withBody("{\"type\":\"https://api.twitter.com/2/problems/resource-not-found\",\"title\":\"Not Found Error\","
            + "\"detail\":\"Could not find user with id: [123].\"}")));

    NotFoundException failure = catchThrowableOfType(NotFoundException.class,
        () -> XTest.client(x).users().get("123"));

    assertThat(failure.problemType()).isEqualTo(ProblemType.RESOURCE_NOT_FOUND);
    assertThat(failure.detail()).isEqualTo("Could not find user with id: [123].");
  }

  @Test
  void get_serverErrorWithHtmlBody_throwsServerExceptionWithTheTextAsDetail() {
    x.stubFor(get(urlPathEqualTo("/2/users/me")).willReturn(aResponse().withStatus(502)
        .withHeader("Content-Type", "text/html").withBody("<html>Bad Gateway</html>")));
    XClient client = XTest.client(x, new RecordingSleeper()).retryPolicy(RetryPolicy.none()).build();

    ServerException failure = catchThrowableOfType(ServerException.class, () -> client.users().me());

    assertThat(failure.statusCode()).isEqualTo(502);
    assertThat(failure.detail()).isEqualTo("<html>Bad Gateway</html>");
  }

  @Test
  void get_unexpectedStatus_throwsUnexpectedStatusException() {
    x.stubFor(get(urlPathEqualTo("/2/users/me")).willReturn(aResponse().withStatus(418)));

    UnexpectedStatusException failure = catchThrowableOfType(UnexpectedStatusException.class,
        () -> XTest.client(x).users().me());

    assertThat(failure.statusCode()).isEqualTo(418);
    assertThat(failure.getMessage()).contains("HTTP 418");
  }

  private static Consumer<XServiceException> check(Class<? extends XServiceException> type, ProblemType problemType,
      String title, String detail) {
    return e -> {
      assertThat(e).isExactlyInstanceOf(type);
      assertThat(e.problemType()).isEqualTo(problemType);
      assertThat(e.title()).isEqualTo(title);
      assertThat(e.detail()).isEqualTo(detail);
    };
  }

  private static Consumer<XServiceException> firstErrorMessage(String message) {
    return e -> assertThat(e.errors()).singleElement().satisfies(error -> assertThat(error.message()).isEqualTo(message));
  }

  private static java.io.File tinyFile() {
    try {
      Path file = Files.createTempFile("x-media", ".png");
      file.toFile().deleteOnExit();
      return Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G'}).toFile();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
