package io.github.xconnector.streams;

import static io.github.xconnector.streams.StreamTesting.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.xconnector.XClient;
import io.github.xconnector.testing.StreamServer;
import io.github.xconnector.testing.VirtualTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A consumer slower than the stream meets a bounded buffer and the policy it chose: block the reader, or drop. */
@Timeout(60)
class SlowConsumerTest {

  private StreamServer server;
  private VirtualTime time;
  private XClient x;
  private final StreamTesting.Recorder listener = new StreamTesting.Recorder();

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

  private static List<String> ids(PostStream stream, int count) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add(((PostEvent) stream.next()).post().getId());
    }
    return ids;
  }

  @Test
  void dropNewest_keepsTheBufferFull_andCountsWhatDidNotFit() throws Exception {
    server.replyStream();
    try (PostStream stream = x.streams().filtered(StreamRequest.builder().bufferSize(2)
        .whenFull(OverflowPolicy.DROP_NEWEST).listener(listener).build())) {
      StreamServer.Stream connection = server.nextStream();
      for (int i = 1; i <= 300; i++) {
        connection.line(post(String.valueOf(i), "post " + i));
      }
      connection.keepAlive();
      listener.await("keepAlive");

      assertThat(stream.droppedEvents()).isEqualTo(298);
      assertThat(ids(stream, 2)).containsExactly("1", "2");
    }
    assertThat(listener.drops).hasSize(298).containsOnly(DropReason.BUFFER_FULL);
  }

  @Test
  void block_makesTheReaderWait_withoutLoss_andTheWaitIsNoStall() throws Exception {
    server.replyStream();
    try (PostStream stream = x.streams().filtered(StreamRequest.builder().bufferSize(1)
        .listener(listener).build())) {
      server.nextStream().line(post("1", "one")).line(post("2", "two")).line(post("3", "three"));
      listener.await("bufferFull");

      time.advance(Duration.ofMinutes(5));

      assertThat(ids(stream, 3)).containsExactly("1", "2", "3");
      assertThat(stream.droppedEvents()).isZero();
    }
    assertThat(listener.stalls).isEmpty();
    assertThat(listener.reconnects).isEmpty();
    assertThat(server.requests()).hasSize(1);
  }
}
