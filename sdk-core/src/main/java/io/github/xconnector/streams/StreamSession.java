package io.github.xconnector.streams;

import io.github.xconnector.errors.RateLimitException;
import io.github.xconnector.errors.XException;
import io.github.xconnector.errors.XIoException;
import io.github.xconnector.errors.XServiceException;
import io.github.xconnector.generated.model.ApiResponse;
import io.github.xconnector.internal.StreamCancellation;
import io.github.xconnector.internal.StreamProfile;
import io.github.xconnector.transport.Sleeper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reader of one stream, on a thread of its own: connects, reads the lines into the buffer, and reconnects by X's
 * rules (the operation's {@link StreamProfile}) until it is closed or X refuses it for good. Every wait goes through
 * the client's {@link Sleeper} and is told to the listener first.
 */
final class StreamSession implements Runnable {

  private static final Logger LOG = LoggerFactory.getLogger(StreamSession.class);

  private final String name;
  private final StreamProfile profile;
  private final Supplier<ApiResponse<InputStream>> connect;
  private final MessageDecoder decoder;
  private final EventBuffer buffer;
  private final StreamRequest request;
  private final StreamListener listener;
  private final Clock clock;
  private final Sleeper sleeper;
  private final AtomicLong dropped = new AtomicLong();
  private volatile boolean closed;
  private volatile StreamCancellation current;
  private int networkFailures;
  private int httpFailures;
  private int rateLimits;

  StreamSession(String name, StreamProfile profile, Supplier<ApiResponse<InputStream>> connect,
      MessageDecoder decoder, EventBuffer buffer, StreamRequest request, Clock clock, Sleeper sleeper) {
    this.name = name;
    this.profile = profile;
    this.connect = connect;
    this.decoder = decoder;
    this.buffer = buffer;
    this.request = request;
    this.listener = request.listener();
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /** @return how many lines were dropped instead of delivered */
  long dropped() {
    return dropped.get();
  }

  /** Stops the session: the connection of the attempt under way is cancelled; the reader thread ends soon after. */
  void close() {
    closed = true;
    StreamCancellation attempt = current;
    if (attempt != null) {
      attempt.cancel();
    }
  }

  @Override
  public void run() {
    XException failure = null;
    try {
      Reconnect pending = null;
      while (!closed) {
        if (pending != null) {
          Reconnect next = pending;
          tell(() -> listener.reconnecting(next));
          if (!pause(next.waitTime())) {
            return;
          }
        }
        pending = attempt();
      }
    } catch (XException stop) {
      failure = closed ? null : stop;
    } catch (RuntimeException unexpected) {
      failure = closed ? null : new XException(name + " stopped: " + unexpected, unexpected);
    } finally {
      buffer.finish(failure);
    }
  }

  // One connection from connect to end; returns the reconnect that follows, or null when closed.
  private Reconnect attempt() {
    StreamCancellation attempt = new StreamCancellation();
    current = attempt;
    if (closed) {
      return null;
    }
    ApiResponse<InputStream> answer;
    try {
      answer = attempt.run(connect);
    } catch (RateLimitException limited) {
      if (closed || limited.usageCapped()) {
        throw limited;
      }
      rateLimits++;
      return new Reconnect(Reconnect.Cause.RATE_LIMITED, rateLimits, profile.rateLimited().wait(rateLimits), limited);
    } catch (XServiceException refused) {
      // 5xx may pass; 401 and 403 (credentials) and other 4xx (the request itself) would be refused again.
      if (closed || refused.statusCode() < 500) {
        throw refused;
      }
      httpFailures++;
      return new Reconnect(Reconnect.Cause.HTTP_ERROR, httpFailures, profile.httpErrors().wait(httpFailures),
          refused);
    } catch (XIoException broken) {
      if (closed) {
        return null;
      }
      return networkFailure(broken);
    }
    InputStream body = answer.getData();
    // On a transport of the caller's, closing the body is the only way to stop the exchange.
    attempt.attach(body);
    if (closed) {
      attempt.cancel();
      return null;
    }
    tell(listener::connected);
    return read(body, attempt);
  }

  private Reconnect networkFailure(XIoException broken) {
    networkFailures++;
    return new Reconnect(Reconnect.Cause.NETWORK_ERROR, networkFailures, profile.networkErrors().wait(networkFailures),
        broken);
  }

  private Reconnect read(InputStream body, StreamCancellation attempt) {
    StallWatch watch = new StallWatch(profile.stallTimeout(), clock, sleeper, attempt::cancel,
        name + " stall timer");
    LineReader lines = new LineReader(body, request.maxLineLength());
    boolean[] established = {false};
    boolean connectionIssue = false;
    XException failure = null;
    watch.start();
    try {
      Runnable onBytes = () -> {
        watch.activity();
        if (!established[0]) {
          established[0] = true;
          networkFailures = 0;
          httpFailures = 0;
          rateLimits = 0;
        }
      };
      for (LineReader.Line line = lines.next(onBytes); line != null && !closed; line = lines.next(onBytes)) {
        if (line.tooLong) {
          drop(DropReason.LINE_TOO_LONG);
        } else if (line.isEmpty()) {
          tell(listener::keepAlive);
        } else {
          List<StreamEvent> events = decoder.decode(line.bytes, line.length);
          if (events == null) {
            drop(DropReason.UNREADABLE);
            continue;
          }
          for (StreamEvent event : events) {
            connectionIssue |= event instanceof ConnectionIssueEvent;
            if (!deliver(event, watch)) {
              return null;
            }
          }
        }
      }
      if (!closed) {
        failure = new XIoException(name + ": X ended the connection.", false, null);
      }
    } catch (IOException broken) {
      Duration silence = watch.stalledAfter();
      if (silence != null && !closed) {
        tell(() -> listener.stalled(silence));
        failure = new XIoException(name + ": the connection stalled, nothing arrived for " + silence + ".", false,
            broken);
      } else {
        failure = new XIoException(name + ": the connection broke: " + broken.getMessage(), false, broken);
      }
    } finally {
      watch.stop();
      attempt.cancel();
      closeQuietly(body);
    }
    if (closed) {
      return null;
    }
    if (!established[0]) {
      return networkFailure((XIoException) failure);
    }
    if (connectionIssue) {
      rateLimits++;
      return new Reconnect(Reconnect.Cause.RATE_LIMITED, rateLimits, profile.rateLimited().wait(rateLimits),
          failure);
    }
    return new Reconnect(Reconnect.Cause.CONNECTION_ENDED, 1, Duration.ZERO, failure);
  }

  // False when the stream was closed while waiting for room.
  private boolean deliver(StreamEvent event, StallWatch watch) {
    if (request.whenFull() == OverflowPolicy.DROP_NEWEST) {
      if (!buffer.offer(event)) {
        drop(DropReason.BUFFER_FULL);
      }
      return true;
    }
    if (buffer.offer(event)) {
      return !closed;
    }
    watch.pause();
    tell(() -> listener.bufferFull(request.bufferSize()));
    try {
      buffer.put(event);
      return !closed;
    } catch (InterruptedException closing) {
      return false;
    } finally {
      watch.resume();
    }
  }

  // Closed here, on the thread that read it, whoever cancelled the connection.
  private static void closeQuietly(InputStream body) {
    try {
      body.close();
    } catch (IOException | RuntimeException ignored) {
      // The connection is gone either way.
    }
  }

  private void drop(DropReason reason) {
    long count = dropped.incrementAndGet();
    tell(() -> listener.dropped(reason, count));
  }

  // False when interrupted or closed: the stream is closing.
  private boolean pause(Duration wait) {
    if (wait.isZero() || wait.isNegative()) {
      return !closed;
    }
    try {
      sleeper.sleep(wait);
      return !closed;
    } catch (InterruptedException closing) {
      return false;
    }
  }

  private void tell(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException ignored) {
      LOG.warn("{}: the stream listener threw; ignored", name, ignored);
    }
  }
}
