package io.github.xconnector.sandbox.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.xconnector.XClient;
import io.github.xconnector.auth.InMemoryTokenStore;
import io.github.xconnector.errors.RateLimitException;
import io.github.xconnector.errors.ServerException;
import io.github.xconnector.errors.XIoException;
import io.github.xconnector.generated.model.Post;
import io.github.xconnector.media.MediaUpload;
import io.github.xconnector.media.UploadedMedia;
import io.github.xconnector.transport.RateLimit;
import io.github.xconnector.transport.RetryPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Retries, rate limits and transport failures end to end: the sandbox's real 429s, 503s and dropped connections
 * against the SDK's retry policy, with waits taken on the shared clock.
 */
class ResilienceEndToEndTest {

  private static final String SEARCH = "GET /2/tweets/search/recent";
  private static final String CREATE = "POST /2/tweets";
  private static final int SEARCH_LIMIT = 2;

  @TempDir
  Path files;

  private SdkSandbox x;
  private XClient client;
  private String me;

  @BeforeEach
  void start() {
    x = SdkSandbox.start(b -> b.rateLimit(SEARCH, SEARCH_LIMIT));
    client = x.client(x.userTokens(new InMemoryTokenStore()));
    me = x.sandbox().authorizingUser().id();
  }

  @AfterEach
  void stop() {
    x.close();
  }

  @Test
  void search_rateLimitedWithNoWaitAllowed_rateLimitExceptionCarriesResetAndHeaders() {
    XClient impatient = client.withOptions(b -> b.retryPolicy(RetryPolicy.builder().maxRateLimitWait(Duration.ZERO)
        .build()));
    for (int i = 0; i < SEARCH_LIMIT; i++) {
      impatient.search().recent("#sandbox").firstPage();
    }

    RateLimitException limited = catchThrowableOfType(() -> impatient.search().recent("#sandbox").firstPage(),
        RateLimitException.class);

    Instant reset = SdkSandbox.START.plus(Duration.ofMinutes(15));
    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.usageCapped()).isFalse();
    assertThat(limited.retryAt()).contains(reset);
    RateLimit.Window window = limited.rateLimit().endpoint().orElseThrow();
    assertThat(window.limit()).isEqualTo(SEARCH_LIMIT);
    assertThat(window.remaining()).isZero();
    assertThat(window.resetAt()).contains(reset);
    assertThat(limited.getMessage()).contains(reset.toString());
    assertThat(x.sleeps()).isEmpty();
    assertThat(x.transport().exchanges(SEARCH)).extracting(RecordingTransport.Exchange::status)
        .containsExactly(200, 200, 429);
  }

  @Test
  void search_rateLimitedWithinTheAllowedWait_waitsForTheResetOnTheClockAndSucceeds() {
    for (int i = 0; i < SEARCH_LIMIT; i++) {
      client.search().recent("#sandbox").firstPage();
    }
    x.clock().advance(Duration.ofMinutes(5));

    var page = client.search().recent("#sandbox").firstPage();

    assertThat(page.items()).isNotEmpty();
    assertThat(page.rateLimit().endpoint().orElseThrow().remaining()).isEqualTo(SEARCH_LIMIT - 1);
    Duration margin = RetryPolicy.defaults().rateLimitMargin();
    assertThat(x.sleeps()).containsExactly(Duration.ofMinutes(10).plus(margin));
    assertThat(x.transport().exchanges(SEARCH)).extracting(RecordingTransport.Exchange::status)
        .containsExactly(200, 200, 429, 200);
  }

  @Test
  void search_rateLimitedAtTheStartOfAWindow_defaultPolicyWaitsTheFullWindow() {
    for (int i = 0; i < SEARCH_LIMIT; i++) {
      client.search().recent("#sandbox").firstPage();
    }

    var page = client.search().recent("#sandbox").firstPage();

    assertThat(page.items()).isNotEmpty();
    assertThat(x.sleeps()).containsExactly(Duration.ofMinutes(15).plus(RetryPolicy.defaults().rateLimitMargin()));
  }

  @Test
  void search_usageCapped_failsAtOnceWithoutWaiting() {
    x.sandbox().faults().usageCapped(true);

    RateLimitException capped = catchThrowableOfType(() -> client.search().recent("#sandbox").firstPage(),
        RateLimitException.class);

    assertThat(capped.usageCapped()).isTrue();
    assertThat(capped.retryAt()).isEmpty();
    assertThat(x.sleeps()).isEmpty();
    assertThat(x.transport().exchanges(SEARCH)).extracting(RecordingTransport.Exchange::status).containsExactly(429);
  }

  @Test
  void get_serviceUnavailableOnce_retriedAfterABackoffAndSucceeds() {
    x.sandbox().faults().failNext(1);

    String username = client.users().get("1000000002").getData().getUsername();

    assertThat(username).isEqualTo("kai_rivers");
    assertThat(x.sleeps()).hasSize(1);
    assertThat(x.transport().exchanges("GET /2/users/1000000002")).extracting(RecordingTransport.Exchange::status)
        .containsExactly(503, 200);
    assertThat(x.transport().exchanges()).allSatisfy(e -> assertThat(e.authorizations()).hasSize(1));
  }

  @Test
  void get_connectionDroppedOnce_retriedAndSucceeds() {
    x.sandbox().faults().dropNext(1);

    String username = client.users().get("1000000002").getData().getUsername();

    assertThat(username).isEqualTo("kai_rivers");
    assertThat(x.transport().exchanges("GET /2/users/1000000002")).extracting(RecordingTransport.Exchange::status)
        .containsExactly(-1, 200);
  }

  @Test
  void createPost_serviceUnavailable_notRetriedAndNothingPublished() {
    x.sandbox().faults().failNext(1);

    ServerException failure = catchThrowableOfType(() -> client.posts().create("Published at most once (503)"),
        ServerException.class);

    assertThat(failure.statusCode()).isEqualTo(503);
    assertThat(x.transport().exchanges(CREATE)).hasSize(1);
    assertThat(x.sleeps()).isEmpty();
    assertThat(postsWithText("Published at most once (503)")).isZero();
    client.posts().create("Published at most once (503)");
    assertThat(postsWithText("Published at most once (503)")).isOne();
  }

  @Test
  void createPost_connectionDropped_xIoExceptionAndNotSentTwice() {
    x.sandbox().faults().dropNext(1);

    XIoException failure = catchThrowableOfType(() -> client.posts().create("Published at most once (drop)"),
        XIoException.class);

    assertThat(failure.possiblyDelivered()).isTrue();
    assertThat(x.transport().exchanges(CREATE)).extracting(RecordingTransport.Exchange::status).containsExactly(-1);
    assertThat(postsWithText("Published at most once (drop)")).isZero();
  }

  @Test
  void createPost_sandboxStopped_retriedBecauseNothingWasSentThenXIoExceptionNotDelivered() {
    x.close();

    XIoException failure = catchThrowableOfType(() -> client.posts().create("Into the void"), XIoException.class);

    assertThat(failure.possiblyDelivered()).isFalse();
    assertThat(x.transport().exchanges(CREATE)).hasSize(RetryPolicy.defaults().maxRetries() + 1)
        .allSatisfy(e -> assertThat(e.status()).isEqualTo(-1));
    assertThat(x.sleeps()).hasSize(RetryPolicy.defaults().maxRetries());
  }

  @Test
  void createPost_rateLimited_retriedAfterTheResetBecauseX429sPublishNothing() {
    try (SdkSandbox strict = SdkSandbox.start(b -> b.rateLimit(CREATE, 1))) {
      XClient strictClient = strict.client(strict.userTokens(new InMemoryTokenStore()));
      strictClient.posts().create("First within the window");
      strict.clock().advance(Duration.ofMinutes(5));

      strictClient.posts().create("Second after the reset");

      assertThat(strict.transport().exchanges(CREATE)).extracting(RecordingTransport.Exchange::status)
          .containsExactly(201, 429, 201);
      assertThat(strict.sleeps()).containsExactly(Duration.ofMinutes(10).plus(RetryPolicy.defaults()
          .rateLimitMargin()));
      assertThat(strictClient.timelines().userPosts(me).stream().map(Post::getText)
          .filter(text -> text.endsWith("the window") || text.endsWith("the reset")))
          .containsExactly("Second after the reset", "First within the window");
    }
  }

  @Test
  void upload_oneSegmentFailsWithServerErrorThenDropped_thatSegmentAloneIsSentAgain() throws Exception {
    Path video = Files.write(files.resolve("clip.mp4"), MediaFiles.mp4(3000));
    MediaUpload upload = MediaUpload.fromPath(video).chunkSize(1024).progress((sent, total) -> {
      if (sent == 1024) {
        x.sandbox().faults().failNext(1);
      } else if (sent == 2048) {
        x.sandbox().faults().dropNext(1);
      }
    }).build();

    UploadedMedia media = client.media().upload(upload);

    assertThat(media.processingState()).contains("succeeded");
    assertThat(x.transport().exchanges("POST /2/media/upload/" + media.id() + "/append"))
        .extracting(RecordingTransport.Exchange::status).containsExactly(200, 503, 200, -1, 200);
    assertThat(client.media().status(media.id()).getData().getSize()).isEqualTo(3000);
  }

  private long postsWithText(String text) {
    return client.timelines().userPosts(me).stream().map(Post::getText).filter(text::equals).count();
  }
}
