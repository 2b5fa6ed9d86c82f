package io.github.xconnector.streams;

import io.github.xconnector.XClient;
import io.github.xconnector.testing.StreamServer;
import io.github.xconnector.testing.TestTokenProvider;
import io.github.xconnector.testing.VirtualTime;
import io.github.xconnector.testing.XTest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** Fixtures of the stream tests: a client on a {@link StreamServer} and {@link VirtualTime}, lines, a listener. */
final class StreamTesting {

  static final String RULE_ID = "1700000000000000001";

  private StreamTesting() {
  }

  static XClient client(StreamServer server, VirtualTime time) {
    return XClient.builder()
        .baseUrl(server.baseUrl())
        .connectionName("stream-test")
        .credentials(TestTokenProvider.appOnly(XTest.APP_TOKEN))
        .clock(time)
        .sleeper(time)
        .build();
  }

  static VirtualTime time() {
    return new VirtualTime(XTest.NOW);
  }

  /** A line of the filtered stream: a post by user 42 with its author in includes, matching the java rule. */
  static String post(String id, String text) {
    return "{\"data\":{\"id\":\"" + id + "\",\"text\":\"" + text + "\",\"author_id\":\"42\",\"edit_history_tweet_ids\":[\""
        + id + "\"]},\"includes\":{\"users\":[{\"id\":\"42\",\"name\":\"Kai Rivers\",\"username\":\"kairivers\"}]},"
        + "\"matching_rules\":[{\"id\":\"" + RULE_ID + "\",\"tag\":\"java\"}]}";
  }

  /** A line of a sample stream: a post without matching rules. */
  static String samplePost(String id) {
    return "{\"data\":{\"id\":\"" + id + "\",\"text\":\"sampled\",\"edit_history_tweet_ids\":[\"" + id + "\"]}}";
  }

  static final String OPERATIONAL_DISCONNECT = "{\"errors\":[{\"title\":\"operational-disconnect\","
      + "\"disconnect_type\":\"UpstreamOperationalDisconnect\",\"detail\":\"This stream has been disconnected"
      + " upstream for operational reasons.\",\"type\":\"https://api.twitter.com/2/problems/operational-disconnect\"}]}";

  static final String TOO_MANY_CONNECTIONS = "{\"title\":\"ConnectionException\",\"detail\":\"This stream is"
      + " currently at the maximum allowed connection limit.\",\"connection_issue\":\"TooManyConnections\","
      + "\"type\":\"https://api.twitter.com/2/problems/streaming-connection\"}";

  static final String POST_NOT_FOUND = "{\"errors\":[{\"resource_id\":\"1460323737035677698\",\"resource_type\":"
      + "\"tweet\",\"title\":\"Not Found Error\",\"detail\":\"Could not find tweet with id: [1460323737035677698].\","
      + "\"type\":\"https://api.twitter.com/2/problems/resource-not-found\"}]}";

  static final String UNAUTHORIZED = "{\"title\":\"Unauthorized\",\"type\":\"about:blank\",\"status\":401,"
      + "\"detail\":\"Unauthorized\"}";

  static final String SERVICE_UNAVAILABLE = "{\"title\":\"Service Unavailable\",\"detail\":\"Service Unavailable\","
      + "\"type\":\"about:blank\",\"status\":503}";

  static final String TOO_MANY_REQUESTS = "{\"title\":\"Too Many Requests\",\"detail\":\"Too Many Requests\","
      + "\"type\":\"about:blank\",\"status\":429}";

  /** The threads of the streams of this client that are still alive. */
  static List<String> streamThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .map(Thread::getName)
        .filter(name -> name.startsWith("[stream-test]"))
        .collect(Collectors.toList());
  }

  /** Records what a stream tells its listener, and lets a test wait for each kind of signal. */
  static final class Recorder implements StreamListener {
    final List<Reconnect> reconnects = new CopyOnWriteArrayList<>();
    final List<Duration> stalls = new CopyOnWriteArrayList<>();
    final List<DropReason> drops = new CopyOnWriteArrayList<>();
    private final BlockingQueue<String> signals = new LinkedBlockingQueue<>();

    @Override
    public void connected() {
      signals.add("connected");
    }

    @Override
    public void keepAlive() {
      signals.add("keepAlive");
    }

    @Override
    public void stalled(Duration silence) {
      stalls.add(silence);
      signals.add("stalled");
    }

    @Override
    public void reconnecting(Reconnect reconnect) {
      reconnects.add(reconnect);
      signals.add("reconnecting");
    }

    @Override
    public void bufferFull(int bufferSize) {
      signals.add("bufferFull");
    }

    @Override
    public void dropped(DropReason reason, long droppedSoFar) {
      drops.add(reason);
      signals.add("dropped");
    }

    /** Waits for the next signal of this kind, skipping others. */
    void await(String kind) throws InterruptedException {
      while (true) {
        String next = signals.poll(30, TimeUnit.SECONDS);
        if (next == null) {
          throw new AssertionError("no " + kind + " signal; reconnects " + reconnects);
        }
        if (next.equals(kind)) {
          return;
        }
      }
    }
  }
}
