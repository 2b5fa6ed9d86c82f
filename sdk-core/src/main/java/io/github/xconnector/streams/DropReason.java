package io.github.xconnector.streams;

/** Why a stream dropped a line instead of delivering it. */
public enum DropReason {
  /** The buffer was full and the stream drops what does not fit ({@link OverflowPolicy#DROP_NEWEST}). */
  BUFFER_FULL,
  /** The line was longer than {@link StreamRequest#maxLineLength()}; it was skipped without being held. */
  LINE_TOO_LONG,
  /** The line was not a JSON object of a shape the stream knows. */
  UNREADABLE
}
