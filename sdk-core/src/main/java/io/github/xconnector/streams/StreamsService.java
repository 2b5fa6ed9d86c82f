package io.github.xconnector.streams;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Request;
import io.github.xconnector.errors.XValidationException;
import io.github.xconnector.generated.model.ApiResponse;
import io.github.xconnector.generated.model.StreamMessage;
import io.github.xconnector.generated.operations.StreamsOperations;
import io.github.xconnector.internal.CallArguments;
import io.github.xconnector.internal.CallExecutor;
import io.github.xconnector.internal.ConnectionNames;
import io.github.xconnector.internal.Operation;
import io.github.xconnector.internal.StreamProfile;
import io.github.xconnector.transport.Sleeper;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Posts as X publishes them: the filtered stream, which sends the posts that match the app's rules ({@link #rules()}),
 * and the 1% and 10% samples of all posts. Every stream needs an app-only Bearer token.
 *
 * <pre>{@code
 * x.streams().rules().add(new RuleDraft().value("#java -is:retweet").tag("java"));
 * try (PostStream stream = x.streams().filtered(StreamRequest.defaults())) {
 *   for (StreamEvent event : stream) {
 *     if (event instanceof PostEvent post) {
 *       System.out.println(post.post().getText());
 *     }
 *   }
 * }
 * }</pre>
 *
 * <p>A stream is read line by line as it arrives, never held whole, through the client's own connections but without
 * the deadline of {@code callTimeout}; a stall timer (X's keep-alive interval plus a margin, from the spec) closes a
 * connection that went silent. Reconnects follow X's rules; {@link StreamListener} sees each wait. Closing the client
 * closes its open streams. Thread-safe.
 */
public final class StreamsService {

  private static final AtomicInteger STREAMS = new AtomicInteger();

  private final CallExecutor streamCalls;
  private final ObjectMapper mapper;
  private final Clock clock;
  private final Sleeper sleeper;
  private final String connectionName;
  private final Duration connectTimeout;
  private final StreamRules rules;
  private final Set<PostStream> open = ConcurrentHashMap.newKeySet();

  /**
   * Creates the service; {@code XClient} does this, and the call paths it takes are internal to the SDK.
   *
   * @param calls the client's call path, for the rules
   * @param streamCalls the call path of the streams: the stream transport, and no retries (the stream reconnects by
   *     X's rules itself)
   * @param mapper reads the lines of a stream
   * @param clock the client's clock, for the stall timer
   * @param sleeper the client's sleeper, for every wait
   * @param connectionName starts thread names and messages; may be {@code null}
   * @param connectTimeout the client's connect timeout
   * @param onClientClose registers what closes the open streams when the client closes
   */
  public StreamsService(CallExecutor calls, CallExecutor streamCalls, ObjectMapper mapper, Clock clock,
      Sleeper sleeper, String connectionName, Duration connectTimeout, Consumer<Runnable> onClientClose) {
    this.streamCalls = streamCalls;
    this.mapper = mapper;
    this.clock = clock;
    this.sleeper = sleeper;
    this.connectionName = connectionName;
    this.connectTimeout = connectTimeout;
    this.rules = new StreamRules(calls);
    onClientClose.accept(this::closeAll);
  }

  /** @return the rules of the filtered stream: list, add, delete, count */
  public StreamRules rules() {
    return rules;
  }

  /**
   * Opens the filtered stream, to be iterated: the posts that match any of the app's rules, each with the rules it
   * matched.
   *
   * @param request fields, backfill, time window, buffer and listener
   * @return the open stream; close it when done
   * @throws io.github.xconnector.errors.XAuthenticationException when the credentials are not an app-only token
   * @throws XValidationException when the request breaks the spec's bounds
   */
  public PostStream filtered(StreamRequest request) {
    return open(StreamsOperations.STREAM_POSTS, CallArguments.create(), request, null);
  }

  /**
   * Opens the filtered stream and hands each event to {@code handler} on a thread of the stream's own.
   *
   * @param request fields, backfill, time window, buffer and listener
   * @param handler receives the events
   * @return the open stream; close it to stop
   */
  public PostStream filtered(StreamRequest request, StreamHandler handler) {
    return open(StreamsOperations.STREAM_POSTS, CallArguments.create(), request, requireHandler(handler));
  }

  /**
   * Opens the sample stream, to be iterated: about 1% of all public posts.
   *
   * @param request fields, backfill, buffer and listener (this stream takes no time window)
   * @return the open stream; close it when done
   */
  public PostStream sample(StreamRequest request) {
    return open(StreamsOperations.STREAM_POSTS_SAMPLE, CallArguments.create(), request, null);
  }

  /**
   * Opens the sample stream and hands each event to {@code handler} on a thread of the stream's own.
   *
   * @param request fields, backfill, buffer and listener
   * @param handler receives the events
   * @return the open stream; close it to stop
   */
  public PostStream sample(StreamRequest request, StreamHandler handler) {
    return open(StreamsOperations.STREAM_POSTS_SAMPLE, CallArguments.create(), request, requireHandler(handler));
  }

  /**
   * Opens one partition of the 10% sample stream, to be iterated; two streams, one per partition, receive all of it.
   *
   * @param partition the partition, within the spec's bounds
   * @param request fields, backfill, time window, buffer and listener
   * @return the open stream; close it when done
   */
  public PostStream sample10(int partition, StreamRequest request) {
    return open(StreamsOperations.STREAM_POSTS_SAMPLE10, CallArguments.create()
        .put("partition", "partition", partition), request, null);
  }

  /**
   * Opens one partition of the 10% sample stream and hands each event to {@code handler}.
   *
   * @param partition the partition, within the spec's bounds
   * @param request fields, backfill, time window, buffer and listener
   * @param handler receives the events
   * @return the open stream; close it to stop
   */
  public PostStream sample10(int partition, StreamRequest request, StreamHandler handler) {
    return open(StreamsOperations.STREAM_POSTS_SAMPLE10, CallArguments.create()
        .put("partition", "partition", partition), request, requireHandler(handler));
  }

  private static StreamHandler requireHandler(StreamHandler handler) {
    return Objects.requireNonNull(handler, "handler");
  }

  private PostStream open(Operation operation, CallArguments arguments, StreamRequest request,
      StreamHandler handler) {
    Objects.requireNonNull(request, "request");
    StreamProfile profile = operation.stream().orElseThrow(() -> new IllegalStateException(operation
        + " has no x-stream in spec/x-api.yaml"));
    if (operation.responseType() != StreamMessage.class) {
      throw new IllegalStateException(operation + " answers " + operation.responseType().getSimpleName()
          + "; the stream reader reads StreamMessage lines");
    }
    arguments.fields(request.fields().values()).put("backfill_minutes", "backfillMinutes", request.backfillMinutes());
    timeWindow(operation, arguments, "start_time", "startTime", request.startTime());
    timeWindow(operation, arguments, "end_time", "endTime", request.endTime());
    // Refused here, in the caller's thread, before any thread or connection exists.
    streamCalls.check(operation, arguments);

    String name = ConnectionNames.prefix(connectionName) + operation.endpoint() + " #" + STREAMS.incrementAndGet();
    // The socket's own read timeout backs the stall timer up, for transports whose reads cannot be cancelled.
    Request.Options options = new Request.Options(connectTimeout.toMillis(), TimeUnit.MILLISECONDS,
        profile.stallTimeout().multipliedBy(2).toMillis(), TimeUnit.MILLISECONDS, false);
    Operation.Invoker invoker = invoker(operation, options);
    EventBuffer buffer = new EventBuffer(request.bufferSize());
    StreamSession session = new StreamSession(name, profile,
        () -> streamCalls.<InputStream>exchange(operation, arguments.copy(), StreamsHttpApi.class, invoker),
        new MessageDecoder(mapper, profile), buffer, request, clock, sleeper);
    PostStream[] self = new PostStream[1];
    PostStream stream = new PostStream(name, session, buffer, () -> open.remove(self[0]));
    self[0] = stream;
    open.removeIf(earlier -> !earlier.isOpen());
    open.add(stream);
    stream.start(handler);
    return stream;
  }

  private static void timeWindow(Operation operation, CallArguments arguments, String parameter, String label,
      Object value) {
    if (value != null && operation.parameter(parameter) == null) {
      throw new XValidationException(label + " is not taken by " + operation.endpoint() + ": leave it unset.");
    }
    arguments.put(parameter, label, value);
  }

  private static Operation.Invoker invoker(Operation operation, Request.Options options) {
    if (operation == StreamsOperations.STREAM_POSTS) {
      return (api, call) -> ((StreamsHttpApi) api).streamPosts(call.query(new LinkedHashMap<>()), options);
    }
    if (operation == StreamsOperations.STREAM_POSTS_SAMPLE) {
      return (api, call) -> ((StreamsHttpApi) api).streamPostsSample(call.query(new LinkedHashMap<>()), options);
    }
    return (api, call) -> ((StreamsHttpApi) api).streamPostsSample10(call.query(new LinkedHashMap<>()), options);
  }

  private void closeAll() {
    for (PostStream stream : open.toArray(new PostStream[0])) {
      stream.close();
    }
  }

}
