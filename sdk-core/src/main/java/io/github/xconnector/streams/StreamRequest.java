package io.github.xconnector.streams;

import io.github.xconnector.errors.XValidationException;
import io.github.xconnector.resources.Fields;
import java.time.Instant;
import java.util.Objects;

/**
 * What to ask a stream for (fields and expansions, backfill, a time window) and how the client holds it: the size of
 * the buffer between the connection and the consumer, what happens when it is full, the longest line read, and who
 * is told about the connection.
 *
 * <pre>{@code
 * StreamRequest request = StreamRequest.builder()
 *     .fields(Fields.builder().expand(PostExpansion.AUTHOR_ID).user(UserField.USERNAME).build())
 *     .backfillMinutes(2)
 *     .listener(myListener)
 *     .build();
 * }</pre>
 *
 * <p>Immutable.
 */
public final class StreamRequest {

  /** The default number of events held between the connection and a consumer slower than it. */
  public static final int DEFAULT_BUFFER_SIZE = 1000;
  /** The default longest line read, in bytes: a post with all its includes is far shorter. */
  public static final int DEFAULT_MAX_LINE_LENGTH = 1024 * 1024;

  private static final StreamRequest DEFAULT = builder().build();

  private final Fields fields;
  private final Integer backfillMinutes;
  private final Instant startTime;
  private final Instant endTime;
  private final int bufferSize;
  private final OverflowPolicy whenFull;
  private final int maxLineLength;
  private final StreamListener listener;

  private StreamRequest(Builder b) {
    this.fields = b.fields;
    this.backfillMinutes = b.backfillMinutes;
    this.startTime = b.startTime;
    this.endTime = b.endTime;
    this.bufferSize = b.bufferSize;
    this.whenFull = b.whenFull;
    this.maxLineLength = b.maxLineLength;
    this.listener = b.listener;
  }

  /** @return no fields beyond X's defaults, no backfill, the default buffer, blocking when full, no listener */
  public static StreamRequest defaults() {
    return DEFAULT;
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder holding these options */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.fields = fields;
    b.backfillMinutes = backfillMinutes;
    b.startTime = startTime;
    b.endTime = endTime;
    b.bufferSize = bufferSize;
    b.whenFull = whenFull;
    b.maxLineLength = maxLineLength;
    b.listener = listener;
    return b;
  }

  /** @return the fields and expansions of each post */
  public Fields fields() {
    return fields;
  }

  /** @return the minutes of posts before the connection to send too, or {@code null} for none */
  public Integer backfillMinutes() {
    return backfillMinutes;
  }

  /** @return the oldest time of the posts to send, or {@code null} */
  public Instant startTime() {
    return startTime;
  }

  /** @return the newest time of the posts to send, or {@code null} */
  public Instant endTime() {
    return endTime;
  }

  /** @return how many events are held for a consumer slower than the stream */
  public int bufferSize() {
    return bufferSize;
  }

  /** @return what happens to an event when the buffer is full */
  public OverflowPolicy whenFull() {
    return whenFull;
  }

  /** @return the longest line read, in bytes; a longer one is skipped and counted as dropped */
  public int maxLineLength() {
    return maxLineLength;
  }

  /** @return who is told about connects, keep-alives, stalls, reconnects and drops */
  public StreamListener listener() {
    return listener;
  }

  @Override
  public String toString() {
    return "StreamRequest{fields=" + fields + ", backfillMinutes=" + backfillMinutes + ", startTime=" + startTime
        + ", endTime=" + endTime + ", bufferSize=" + bufferSize + ", whenFull=" + whenFull + ", maxLineLength="
        + maxLineLength + "}";
  }

  /** Builds a {@link StreamRequest}. Not thread-safe. */
  public static final class Builder {
    private Fields fields = Fields.none();
    private Integer backfillMinutes;
    private Instant startTime;
    private Instant endTime;
    private int bufferSize = DEFAULT_BUFFER_SIZE;
    private OverflowPolicy whenFull = OverflowPolicy.BLOCK;
    private int maxLineLength = DEFAULT_MAX_LINE_LENGTH;
    private StreamListener listener = StreamListener.NONE;

    private Builder() {
    }

    /**
     * Sets the fields and expansions of each post.
     *
     * @param fields the fields
     * @return this builder
     */
    public Builder fields(Fields fields) {
      this.fields = Objects.requireNonNull(fields, "fields");
      return this;
    }

    /**
     * Asks X to send also the posts of up to this many minutes before each connection, to recover what a
     * disconnection missed (the bounds are the spec's; X may send a post twice then).
     *
     * @param backfillMinutes the minutes, or {@code null} for none
     * @return this builder
     */
    public Builder backfillMinutes(Integer backfillMinutes) {
      this.backfillMinutes = backfillMinutes;
      return this;
    }

    /**
     * Sends only posts from this time on (the filtered stream and the 10% sample take it).
     *
     * @param startTime the oldest time, or {@code null}
     * @return this builder
     */
    public Builder startTime(Instant startTime) {
      this.startTime = startTime;
      return this;
    }

    /**
     * Sends only posts up to this time (the filtered stream and the 10% sample take it).
     *
     * @param endTime the newest time, or {@code null}
     * @return this builder
     */
    public Builder endTime(Instant endTime) {
      this.endTime = endTime;
      return this;
    }

    /**
     * Sets how many events are held between the connection and the consumer. Defaults to
     * {@value StreamRequest#DEFAULT_BUFFER_SIZE}.
     *
     * @param bufferSize a positive number of events
     * @return this builder
     */
    public Builder bufferSize(int bufferSize) {
      this.bufferSize = bufferSize;
      return this;
    }

    /**
     * Sets what happens when the buffer is full. Defaults to {@link OverflowPolicy#BLOCK}.
     *
     * @param whenFull the policy
     * @return this builder
     */
    public Builder whenFull(OverflowPolicy whenFull) {
      this.whenFull = Objects.requireNonNull(whenFull, "whenFull");
      return this;
    }

    /**
     * Sets the longest line read, in bytes. Defaults to {@value StreamRequest#DEFAULT_MAX_LINE_LENGTH}; a longer
     * line is skipped as it arrives, never held whole.
     *
     * @param maxLineLength a positive number of bytes
     * @return this builder
     */
    public Builder maxLineLength(int maxLineLength) {
      this.maxLineLength = maxLineLength;
      return this;
    }

    /**
     * Sets who is told about the connection. Defaults to {@link StreamListener#NONE}.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(StreamListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws XValidationException when the buffer size or line length is not positive, or the time window is
     *     reversed
     */
    public StreamRequest build() {
      if (bufferSize < 1) {
        throw new XValidationException("bufferSize must be at least 1 event, was " + bufferSize + ".");
      }
      if (maxLineLength < 1) {
        throw new XValidationException("maxLineLength must be a positive number of bytes, was " + maxLineLength
            + ".");
      }
      if (startTime != null && endTime != null && !startTime.isBefore(endTime)) {
        throw new XValidationException("startTime must be before endTime, was " + startTime + " and " + endTime
            + ".");
      }
      return new StreamRequest(this);
    }
  }
}
