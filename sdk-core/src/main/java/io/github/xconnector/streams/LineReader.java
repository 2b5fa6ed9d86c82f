package io.github.xconnector.streams;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a stream's body into lines as the bytes arrive, holding at most one line of at most {@code maxLength} bytes:
 * a longer line is skipped as it is read, and reported as too long. A line ends at {@code \n}; a {@code \r} before it
 * is dropped, so X's keep-alive ({@code \r\n}) is an empty line. Not thread-safe: the reader thread alone uses it.
 */
final class LineReader {

  private static final int CHUNK = 8 * 1024;
  private static final int FIRST_LINE_CAPACITY = 4 * 1024;

  /** What {@link #next} read. */
  static final class Line {
    final byte[] bytes;
    final int length;
    final boolean tooLong;

    Line(byte[] bytes, int length, boolean tooLong) {
      this.bytes = bytes;
      this.length = length;
      this.tooLong = tooLong;
    }

    boolean isEmpty() {
      return length == 0 && !tooLong;
    }
  }

  private final InputStream in;
  private final int maxLength;
  private final byte[] chunk = new byte[CHUNK];
  private int position;
  private int limit;
  private byte[] line = new byte[FIRST_LINE_CAPACITY];

  LineReader(InputStream in, int maxLength) {
    this.in = in;
    this.maxLength = maxLength;
  }

  /**
   * Reads the next whole line.
   *
   * @param onBytes told each time bytes arrive
   * @return the line, whose bytes are valid until the next call; {@code null} at the end of the body (a line cut off
   *     by the end is dropped)
   * @throws IOException when reading fails
   */
  Line next(Runnable onBytes) throws IOException {
    int length = 0;
    boolean tooLong = false;
    while (true) {
      if (position == limit) {
        int read;
        try {
          read = in.read(chunk);
        } catch (IllegalStateException closedUnderneath) {
          // OkHttp reports a body closed by the HTTP layer itself (not by this stream) this way: a broken connection.
          throw new IOException("the connection was closed while reading", closedUnderneath);
        }
        if (read < 0) {
          return null;
        }
        onBytes.run();
        position = 0;
        limit = read;
      }
      int end = position;
      while (end < limit && chunk[end] != '\n') {
        end++;
      }
      int count = end - position;
      if (!tooLong) {
        if (length + count > maxLength) {
          tooLong = true;
          length = 0;
        } else {
          ensureCapacity(length + count);
          System.arraycopy(chunk, position, line, length, count);
          length += count;
        }
      }
      if (end == limit) {
        position = limit;
        continue;
      }
      position = end + 1;
      if (!tooLong && length > 0 && line[length - 1] == '\r') {
        length--;
      }
      return new Line(line, length, tooLong);
    }
  }

  private void ensureCapacity(int needed) {
    if (needed > line.length) {
      line = Arrays.copyOf(line, Math.min(maxLength, Math.max(needed, line.length * 2)));
    }
  }
}
