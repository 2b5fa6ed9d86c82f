package io.github.xconnector.streams;

import static io.github.xconnector.streams.StreamTesting.OPERATIONAL_DISCONNECT;
import static io.github.xconnector.streams.StreamTesting.POST_NOT_FOUND;
import static io.github.xconnector.streams.StreamTesting.RULE_ID;
import static io.github.xconnector.streams.StreamTesting.TOO_MANY_CONNECTIONS;
import static io.github.xconnector.streams.StreamTesting.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.xconnector.XClient;
import io.github.xconnector.errors.XAuthenticationException;
import io.github.xconnector.errors.XValidationException;
import io.github.xconnector.generated.model.PostExpansion;
import io.github.xconnector.generated.model.PostField;
import io.github.xconnector.generated.model.User;
import io.github.xconnector.generated.model.UserField;
import io.github.xconnector.resources.Fields;
import io.github.xconnector.testing.StreamServer;
import io.github.xconnector.testing.TestTokenProvider;
import io.github.xconnector.testing.VirtualTime;
import io.github.xconnector.testing.XTest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The streams deliver X's lines as typed events, ask for what the request says, and refuse bad input early. */
@Timeout(60)
class FilteredStreamTest {

  private StreamServer server;
  private VirtualTime time;
  private XClient x;

  @BeforeEach
  void start() throws Exception {
    server = new StreamServer();
    time = StreamTesting.time();
    x = StreamTesting.client(server, time);
  }

  @AfterEach
  void stop() throws Exception {
    x.close();
    server.close();
  }

  @Test
  void filtered_postLine_deliversThePostWithItsMatchingRulesAndIncludes() throws Exception {
    server.replyStream();
    StreamTesting.Recorder listener = new StreamTesting.Recorder();
    try (PostStream stream = x.streams().filtered(StreamRequest.builder()
        .fields(Fields.builder().post(PostField.CREATED_AT).expand(PostExpansion.AUTHOR_ID)
            .user(UserField.USERNAME).build())
        .backfillMinutes(2)
        .startTime(Instant.parse("2026-01-15T11:00:00Z"))
        .listener(listener)
        .build())) {
      server.nextStream().keepAlive().line(post("1001", "Hello #java"));

      StreamEvent event = stream.next();

      assertThat(event).isInstanceOf(PostEvent.class);
      PostEvent post = (PostEvent) event;
      assertThat(post.post().getId()).isEqualTo("1001");
      assertThat(post.post().getText()).isEqualTo("Hello #java");
      assertThat(post.matchingRules()).singleElement().satisfies(rule -> {
        assertThat(rule.getId()).isEqualTo(RULE_ID);
        assertThat(rule.getTag()).isEqualTo("java");
      });
      assertThat(post.expansions().author(post.post()).map(User::getUsername)).contains("kairivers");
      listener.await("keepAlive");
    }
    StreamServer.Received request = server.requests().get(0);
    String target = URLDecoder.decode(request.target(), StandardCharsets.UTF_8);
    assertThat(target).startsWith("/2/tweets/search/stream?")
        .contains("tweet.fields=created_at", "expansions=author_id", "user.fields=username", "backfill_minutes=2",
            "start_time=2026-01-15T11:00:00Z");
    assertThat(request.headers().get("Authorization")).isEqualTo("Bearer " + XTest.APP_TOKEN);
  }

  @Test
  void filtered_inStreamMessages_areEventsOfTheirOwnTypes() throws Exception {
    server.replyStream().replyStream();
    try (PostStream stream = x.streams().filtered(StreamRequest.defaults())) {
      server.nextStream().line(POST_NOT_FOUND).line(TOO_MANY_CONNECTIONS).line(OPERATIONAL_DISCONNECT);

      StreamEvent error = stream.next();
      StreamEvent connection = stream.next();
      StreamEvent disconnect = stream.next();

      assertThat(error).isInstanceOfSatisfying(ErrorEvent.class, e -> {
        assertThat(e.resourceId()).contains("1460323737035677698");
        assertThat(e.detail()).hasValueSatisfying(detail -> assertThat(detail).contains("Could not find"));
      });
      assertThat(connection).isInstanceOfSatisfying(ConnectionIssueEvent.class,
          e -> assertThat(e.issue()).contains("TooManyConnections"));
      assertThat(disconnect).isInstanceOfSatisfying(DisconnectEvent.class,
          e -> assertThat(e.disconnectType()).contains("UpstreamOperationalDisconnect"));
    }
  }

  @Test
  void sample_andSample10_readTheirOwnPaths_withThePartition() throws Exception {
    server.replyStream().replyStream();
    try (PostStream sample = x.streams().sample(StreamRequest.defaults())) {
      server.nextStream().line(StreamTesting.samplePost("2001"));
      assertThat(((PostEvent) sample.next()).matchingRules()).isEmpty();
    }
    try (PostStream sample10 = x.streams().sample10(2, StreamRequest.defaults())) {
      server.nextStream().line(StreamTesting.samplePost("2002"));
      assertThat(((PostEvent) sample10.next()).post().getId()).isEqualTo("2002");
    }

    assertThat(server.requests()).extracting(StreamServer.Received::target)
        .containsExactly("/2/tweets/sample/stream", "/2/tweets/sample10/stream?partition=2");
  }

  @Test
  void streams_badInput_isRefusedBeforeAnyConnection() {
    assertThatThrownBy(() -> x.streams().sample10(3, StreamRequest.defaults()))
        .isInstanceOf(XValidationException.class).hasMessageContaining("partition");
    assertThatThrownBy(() -> x.streams().filtered(StreamRequest.builder().backfillMinutes(6).build()))
        .isInstanceOf(XValidationException.class).hasMessageContaining("backfill");
    assertThatThrownBy(() -> x.streams().sample(StreamRequest.builder()
        .startTime(Instant.parse("2026-01-15T11:00:00Z")).build()))
        .isInstanceOf(XValidationException.class).hasMessageContaining("startTime");
    assertThatThrownBy(() -> StreamRequest.builder().bufferSize(0).build())
        .isInstanceOf(XValidationException.class).hasMessageContaining("bufferSize");

    assertThat(server.requests()).isEmpty();
    assertThat(StreamTesting.streamThreads()).isEmpty();
  }

  @Test
  void streams_userToken_isRefusedBeforeAnyConnection() {
    XClient user = x.withOptions(b -> b.credentials(TestTokenProvider.user(XTest.USER_TOKEN)));

    assertThatThrownBy(() -> user.streams().filtered(StreamRequest.defaults()))
        .isInstanceOf(XAuthenticationException.class).hasMessageContaining("app-only Bearer token");
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void stream_lineLongerThanTheLimit_isSkippedAndCounted_andTheNextIsDelivered() throws Exception {
    server.replyStream();
    StreamTesting.Recorder listener = new StreamTesting.Recorder();
    try (PostStream stream = x.streams().filtered(StreamRequest.builder().maxLineLength(400)
        .listener(listener).build())) {
      String huge = post("3001", "x".repeat(5000));
      server.nextStream().chunk(huge.substring(0, 2000).getBytes(StandardCharsets.UTF_8))
          .line(huge.substring(2000)).line("not json").line(post("3002", "short"));

      assertThat(((PostEvent) stream.next()).post().getId()).isEqualTo("3002");
      assertThat(stream.droppedEvents()).isEqualTo(2);
      assertThat(listener.drops).containsExactly(DropReason.LINE_TOO_LONG, DropReason.UNREADABLE);
    }
  }

  @Test
  void stream_longerThanTheClientsMaxResponseSize_isReadWhole_lineByLine() throws Exception {
    XClient small = x.withOptions(b -> b.maxResponseSize(1000));
    server.replyStream();
    try (PostStream stream = small.streams().filtered(StreamRequest.defaults())) {
      StreamServer.Stream connection = server.nextStream();
      for (int i = 1; i <= 50; i++) {
        connection.line(post(String.valueOf(i), "post " + i));
      }
      for (int i = 1; i <= 50; i++) {
        assertThat(((PostEvent) stream.next()).post().getId()).isEqualTo(String.valueOf(i));
      }
    }
  }

  @Test
  void stream_closedClient_closesItsStreams() throws Exception {
    server.replyStream();
    PostStream stream = x.streams().filtered(StreamRequest.defaults());
    StreamServer.Stream connection = server.nextStream();

    x.close();

    assertThat(stream.isOpen()).isFalse();
    assertThat(stream.hasNext()).isFalse();
    assertThat(connection.awaitClosedByClient(30)).isTrue();
    assertThat(StreamTesting.streamThreads()).isEmpty();
  }

  @Test
  void stream_keepAlivesAndPosts_useNoSleeperWaitOfTheReader() throws Exception {
    server.replyStream();
    try (PostStream stream = x.streams().filtered(StreamRequest.defaults())) {
      server.nextStream().keepAlive().keepAlive().line(post("4001", "one"));
      stream.next();
    }
    assertThat(time.waitsOf("reader")).isEmpty();
    assertThat(time.waitsOf("stall timer")).allSatisfy(wait -> assertThat(wait).isEqualTo(Duration.ofSeconds(30)));
  }
}
