package io.github.xconnector.media;

import io.github.xconnector.errors.XIoException;
import io.github.xconnector.errors.XValidationException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The source of an upload, opened: its name for messages, its length, its first bytes (read ahead and pushed back,
 * so the format is known before any request) and the stream the segments are read from.
 */
final class MediaInput implements Closeable {

  private final String name;
  private final long length;
  private final PushbackInputStream in;
  private final boolean owned;
  private final byte[] head = new byte[MediaFormat.SIGNATURE_LENGTH];
  private final int headLength;

  private MediaInput(String name, long length, InputStream source, boolean owned) throws IOException {
    this.name = name;
    this.length = length;
    this.owned = owned;
    this.in = new PushbackInputStream(source, head.length);
    this.headLength = in.readNBytes(head, 0, head.length);
    in.unread(head, 0, headLength);
  }

  static MediaInput open(MediaUpload upload) {
    Path path = upload.path();
    if (path == null) {
      try {
        return new MediaInput("the stream", upload.streamLength(), upload.stream(), false);
      } catch (IOException e) {
        throw new XIoException("Reading the media stream failed before anything was sent: " + e.getMessage(), false,
            e);
      }
    }
    String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
    if (!Files.isRegularFile(path)) {
      throw new XValidationException("No media file at " + path.toAbsolutePath() + "; check the path.");
    }
    if (!Files.isReadable(path)) {
      throw new XValidationException(path.toAbsolutePath() + " is not readable; check its permissions.");
    }
    InputStream stream = null;
    try {
      long size = Files.size(path);
      if (size == 0) {
        throw new XValidationException(name + " is empty; there is nothing to upload.");
      }
      stream = Files.newInputStream(path);
      return new MediaInput(name, size, stream, true);
    } catch (IOException e) {
      closeQuietly(stream);
      throw new XIoException("Reading " + name + " failed before anything was sent: " + e.getMessage(), false, e);
    }
  }

  String name() {
    return name;
  }

  /** Returns the name a multipart file part declares: the file's name, or {@code media} for a stream. */
  String fileName() {
    return owned ? name : "media";
  }

  long length() {
    return length;
  }

  byte[] head() {
    return head;
  }

  int headLength() {
    return headLength;
  }

  /**
   * Reads the next {@code count} bytes of the source into {@code buffer} from {@code at}.
   *
   * @param position how many bytes of the source were read before, for messages
   * @throws XValidationException when the source ends early: its length was wrong
   */
  void readFully(byte[] buffer, int at, int count, long position) {
    int read;
    try {
      read = in.readNBytes(buffer, at, count);
    } catch (IOException e) {
      throw new XIoException("Reading " + name + " failed at byte " + position + " of " + length + ": "
          + e.getMessage(), false, e);
    }
    if (read < count) {
      throw new XValidationException(name + " ended after " + (position + read) + " bytes, but its length was given"
          + " as " + length + ". Pass the exact length.");
    }
  }

  /** Checks that the source holds no more than its declared length, which X would otherwise reject or cut. */
  void expectEnd() {
    int next;
    try {
      next = in.read();
    } catch (IOException e) {
      throw new XIoException("Reading " + name + " failed after its last byte: " + e.getMessage(), false, e);
    }
    if (next >= 0) {
      throw new XValidationException(name + " holds more than the " + length + " bytes given as its length. Pass the"
          + " exact length.");
    }
  }

  @Override
  public void close() {
    if (owned) {
      closeQuietly(in);
    }
  }

  private static void closeQuietly(Closeable closeable) {
    if (closeable == null) {
      return;
    }
    try {
      closeable.close();
    } catch (IOException ignored) {
      // Only read from; nothing is lost when closing fails.
    }
  }
}
