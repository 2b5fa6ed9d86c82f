package io.github.xconnector.sandbox.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.xconnector.XClient;
import io.github.xconnector.auth.ClientCredentialsTokenProvider;
import io.github.xconnector.credentials.AccessTokenProvider;
import io.github.xconnector.credentials.AuthenticationType;
import io.github.xconnector.errors.ForbiddenException;
import io.github.xconnector.errors.ProblemType;
import io.github.xconnector.errors.XAuthenticationException;
import io.github.xconnector.generated.model.Post;
import io.github.xconnector.generated.model.PostCountField;
import io.github.xconnector.generated.model.PostCountsBucket;
import io.github.xconnector.generated.model.PostCountsResponse;
import io.github.xconnector.resources.Fields;
import io.github.xconnector.resources.SearchRequest;
import io.github.xconnector.sandbox.XSandbox;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * App-only authentication end to end: the SDK obtains a Bearer token from the sandbox's {@code /oauth2/token} with the
 * consumer key and secret, reads public data with it, and refuses user-context operations before sending them.
 */
class AppOnlyEndToEndTest {

  private SdkSandbox x;
  private ClientCredentialsTokenProvider appTokens;
  private XClient client;

  @BeforeEach
  void start() {
    x = SdkSandbox.start();
    appTokens = x.appTokens();
    client = x.client(appTokens);
  }

  @AfterEach
  void stop() {
    x.close();
  }

  @Test
  void counts_appOnlyToken_bucketsAddUpToTheRecentSearchResults() {
    List<Post> found = client.search().recent(SearchRequest.builder("#sandbox").maxResults(100).build()).stream()
        .toList();

    PostCountsResponse counts = client.search().counts(SearchRequest.builder("#sandbox")
        .granularity(SearchRequest.Granularity.HOUR)
        .startTime(SdkSandbox.START.minus(Duration.ofDays(2)))
        .endTime(SdkSandbox.START)
        .fields(Fields.builder()
            .counts(PostCountField.START, PostCountField.END, PostCountField.TWEET_COUNT).build())
        .build());

    assertThat(found).isNotEmpty();
    assertThat(counts.getMeta().getTotalTweetCount()).isEqualTo(found.size());
    assertThat(counts.getData()).hasSize(48)
        .allSatisfy(bucket -> assertThat(bucket.getStart()).isNotNull());
    assertThat(counts.getData().stream().mapToInt(PostCountsBucket::getTweetCount).sum()).isEqualTo(found.size());
    assertThat(x.transport().exchanges()).hasSize(2)
        .allSatisfy(e -> assertThat(e.bearerToken()).isEqualTo(x.sandbox().issueAppToken()));
  }

  @Test
  void me_appOnlyToken_refusedBeforeAnyRequest() {
    XAuthenticationException failure = catchThrowableOfType(() -> client.users().me(),
        XAuthenticationException.class);

    assertThat(failure.reauthorizationRequired()).isFalse();
    assertThat(failure.getMessage()).contains("GET /2/users/me", "app-only");
    assertThat(x.transport().exchanges()).isEmpty();
  }

  @Test
  void createPost_appOnlyToken_refusedBeforeAnyRequest() {
    XAuthenticationException failure = catchThrowableOfType(() -> client.posts().create("Hello as an app"),
        XAuthenticationException.class);

    assertThat(failure.getMessage()).contains("POST /2/tweets");
    assertThat(x.transport().exchanges()).isEmpty();
  }

  @Test
  void me_appOnlyTokenPresentedAsUserContext_serverAnswersUnsupportedAuthentication() {
    String appToken = appTokens.accessToken();
    XClient mislabelled = x.client(new AccessTokenProvider() {
      @Override
      public String accessToken() {
        return appToken;
      }

      @Override
      public AuthenticationType authenticationType() {
        return AuthenticationType.USER_CONTEXT;
      }
    });

    ForbiddenException refused = catchThrowableOfType(() -> mislabelled.users().me(), ForbiddenException.class);

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.problemType()).isEqualTo(ProblemType.UNSUPPORTED_AUTHENTICATION);
    assertThat(x.transport().exchanges("GET /2/users/me")).hasSize(1);
  }

  @Test
  void appOnlyToken_invalidatedAtServer_401ObtainsANewTokenAndRetriesOnce() {
    client.users().byUsername("kai_rivers");
    String first = x.transport().exchanges().get(0).bearerToken();
    assertThat(x.postForm("/oauth2/invalidate_token", XSandbox.Builder.DEFAULT_CONSUMER_KEY + ":"
        + XSandbox.Builder.DEFAULT_CONSUMER_SECRET, Map.of("access_token", first)).statusCode()).isEqualTo(200);

    String username = client.users().byUsername("kai_rivers").getData().getUsername();

    assertThat(username).isEqualTo("kai_rivers");
    assertThat(x.transport().exchanges()).extracting(RecordingTransport.Exchange::status)
        .containsExactly(200, 401, 200);
    assertThat(x.transport().exchanges().get(1).bearerToken()).isEqualTo(first);
    assertThat(x.transport().exchanges().get(2).bearerToken()).isNotEqualTo(first)
        .isEqualTo(x.sandbox().issueAppToken());
  }

  @Test
  void invalidate_appOnlyToken_nextCallObtainsAWorkingNewToken() {
    client.users().byUsername("kai_rivers");
    String first = x.transport().exchanges().get(0).bearerToken();

    appTokens.invalidate();
    String username = client.users().byUsername("kai_rivers").getData().getUsername();

    String second = x.transport().exchanges().get(1).bearerToken();
    assertThat(username).isEqualTo("kai_rivers");
    assertThat(second).isNotEqualTo(first).isEqualTo(x.sandbox().issueAppToken());
    assertThat(x.transport().exchanges()).extracting(RecordingTransport.Exchange::status).containsExactly(200, 200);
  }
}
