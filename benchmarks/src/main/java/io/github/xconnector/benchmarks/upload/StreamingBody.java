package io.github.xconnector.benchmarks.upload;

import java.io.IOException;
import java.io.InputStream;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;

/** An OkHttp request body that copies a known number of bytes from a stream as it is sent, never holding them all. */
final class StreamingBody extends RequestBody {

  private static final int BUFFER = 64 * 1024;

  private final InputStream source;
  private final long length;
  private final MediaType type;

  StreamingBody(InputStream source, long length, MediaType type) {
    this.source = source;
    this.length = length;
    this.type = type;
  }

  @Override
  public MediaType contentType() {
    return type;
  }

  @Override
  public long contentLength() {
    return length;
  }

  @Override
  public void writeTo(BufferedSink sink) throws IOException {
    byte[] buffer = new byte[BUFFER];
    long left = length;
    while (left > 0) {
      int read = source.read(buffer, 0, (int) Math.min(buffer.length, left));
      if (read < 0) {
        throw new IOException("The source ended " + left + " bytes early");
      }
      sink.write(buffer, 0, read);
      left -= read;
    }
  }

  @Override
  public boolean isOneShot() {
    return true;
  }
}
