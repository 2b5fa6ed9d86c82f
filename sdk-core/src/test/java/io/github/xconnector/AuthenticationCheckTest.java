package io.github.xconnector;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static io.github.xconnector.testing.XTest.APP_TOKEN;
import static io.github.xconnector.testing.XTest.USER_TOKEN;
import static io.github.xconnector.testing.XTest.assertBearer;
import static io.github.xconnector.testing.XTest.assertNoRequest;
import static io.github.xconnector.testing.XTest.onlyRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.xconnector.errors.XAuthenticationException;
import io.github.xconnector.generated.model.MediaCategoryOneShot;
import io.github.xconnector.resources.SearchRequest;
import io.github.xconnector.testing.RecordingSleeper;
import io.github.xconnector.testing.TestTokenProvider;
import io.github.xconnector.testing.XTest;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Credentials that cannot call an operation are refused before anything is sent. */
class AuthenticationCheckTest {

  @RegisterExtension
  static WireMockExtension x = XTest.wireMock();

  static Stream<Arguments> userOnlyOperations() {
    return Stream.of(
        Arguments.of("createPost", "POST /2/tweets", call(c -> c.posts().create("Hello"))),
        Arguments.of("getMe", "GET /2/users/me", call(c -> c.users().me())),
        Arguments.of("getHomeTimeline", "GET /2/users/{id}/timelines/reverse_chronological",
            call(c -> c.timelines().home("2244994945").firstPage())),
        Arguments.of("likePost", "POST /2/users/{id}/likes", call(c -> c.likes().like("2244994945", "1"))),
        Arguments.of("followUser", "POST /2/users/{id}/following",
            call(c -> c.follows().follow("2244994945", "783214"))),
        Arguments.of("uploadMedia", "POST /2/media/upload", call(c -> c.media()
            .uploadOneShot(tinyImage(), MediaCategoryOneShot.TWEET_IMAGE, "image/png"))),
        Arguments.of("finalizeMediaUpload", "POST /2/media/upload/{id}/finalize",
            call(c -> c.media().finalizeUpload("1880028106020515840"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("userOnlyOperations")
  void call_appOnlyCredentialsOnUserOnlyOperation_failsBeforeSendingAndNamesOperationAndNeededAuth(
      String operationId, String endpoint, Consumer<XClient> call) {
    XClient app = XTest.client(x, new RecordingSleeper()).credentials(TestTokenProvider.appOnly(APP_TOKEN)).build();

    XAuthenticationException failure = catchThrowableOfType(XAuthenticationException.class, () -> call.accept(app));

    assertThat(failure).as(operationId).isNotNull();
    assertThat(failure.getMessage()).contains(operationId).contains(endpoint)
        .contains("app-only").contains("OAuth 2.0 user access token").doesNotContain(APP_TOKEN);
    assertThat(failure.reauthorizationRequired()).isFalse();
    assertNoRequest(x);
  }

  @Test
  void counts_userToken_failsBeforeSendingAndAsksForAppOnlyToken() {
    XAuthenticationException failure = catchThrowableOfType(XAuthenticationException.class,
        () -> XTest.client(x).search().counts(SearchRequest.builder("java").build()));

    assertThat(failure.getMessage()).contains("countRecentPosts").contains("needs an app-only Bearer token");
    assertNoRequest(x);
  }

  @Test
  void like_grantedScopesLackLikeWrite_failsBeforeSendingAndNamesMissingScope() {
    XClient client = XTest.client(x, new RecordingSleeper())
        .credentials(TestTokenProvider.userWithScopes(USER_TOKEN, "tweet.read", "users.read", "like.read"))
        .build();

    XAuthenticationException failure = catchThrowableOfType(XAuthenticationException.class,
        () -> client.likes().like("2244994945", "1228393702244134912"));

    assertThat(failure.getMessage()).contains("likePost").contains("like.write").doesNotContain("tweet.read")
        .doesNotContain(USER_TOKEN);
    assertThat(failure.reauthorizationRequired()).isTrue();
    assertNoRequest(x);
  }

  @Test
  void like_grantedScopesCoverOperation_sendsRequest() {
    x.stubFor(post("/2/users/2244994945/likes").willReturn(okJson("{\"data\":{\"liked\":true}}")));
    XClient client = XTest.client(x, new RecordingSleeper())
        .credentials(TestTokenProvider.userWithScopes(USER_TOKEN, "tweet.read", "users.read", "like.write"))
        .build();

    assertThat(client.likes().like("2244994945", "1228393702244134912").getData().getLiked()).isTrue();
    assertBearer(onlyRequest(x), USER_TOKEN);
  }

  private static Consumer<XClient> call(Consumer<XClient> call) {
    return call;
  }

  private static File tinyImage() {
    try {
      Path file = Files.createTempFile("x-auth", ".png");
      file.toFile().deleteOnExit();
      return Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G'}).toFile();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
