package io.github.xconnector.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.io.Content;

/**
 * A {@code multipart/form-data} body read as a stream with Jetty's multipart parser.
 *
 * <p>Text fields are kept (up to 64 KiB each). File parts are never buffered: only their size and first
 * {@link MediaSignature#HEAD_LENGTH} bytes are kept, so uploads of any size use bounded memory.
 *
 * <p>Each part's {@code Content-Disposition} is read by {@link ContentDisposition}: quoted values may hold {@code ;}
 * and backslash-escaped quotes. A header that does not parse fails the request with a 400 that names it.
 */
final class MultipartForm {

  private static final int MAX_FIELD_BYTES = 64 * 1024;
  private static final int READ_SIZE = 16 * 1024;

  /**
   * A file part: its size, first bytes and file name.
   *
   * @param size the part's length in bytes
   * @param head its first bytes, at most {@link MediaSignature#HEAD_LENGTH}
   * @param fileName the part's {@code filename} (or decoded {@code filename*}), or null
   */
  record FilePart(long size, byte[] head, String fileName) {}

  private final Map<String, String> fields = new HashMap<>();
  private final Map<String, FilePart> files = new HashMap<>();

  private MultipartForm() {}

  /**
   * Reads the request body; fails with a 400 {@link ApiProblem} if it is not multipart or does not parse.
   *
   * @param fileFields names of parts that carry file bytes even without a {@code filename}
   */
  static MultipartForm read(SandboxRequest request, java.util.Set<String> fileFields) {
    String boundary = request.hasContentType("multipart/form-data")
        ? MultiPart.extractBoundary(request.contentType()) : null;
    if (boundary == null) {
      throw Problems.invalid("This endpoint takes multipart/form-data with a boundary.");
    }
    MultipartForm form = new MultipartForm();
    PartCollector collector = form.new PartCollector(fileFields);
    MultiPart.Parser parser = new MultiPart.Parser(boundary, collector);
    try (InputStream in = request.bodyStream()) {
      byte[] buffer;
      int read;
      // A fresh buffer per read: the parser may keep a reference to a chunk between calls.
      while ((read = in.read(buffer = new byte[READ_SIZE])) != -1) {
        parser.parse(Content.Chunk.from(ByteBuffer.wrap(buffer, 0, read), false));
      }
      parser.parse(Content.Chunk.from(ByteBuffer.allocate(0), true));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (collector.failure != null || !collector.complete) {
      throw Problems.invalid("The multipart body could not be read: "
          + (collector.failure == null ? "it ends before its closing boundary" : collector.failure.getMessage()));
    }
    return form;
  }

  String field(String name) {
    return fields.get(name);
  }

  FilePart file(String name) {
    return files.get(name);
  }

  /** Receives the parser's events and keeps what the form needs. */
  private final class PartCollector implements MultiPart.Parser.Listener {
    private final java.util.Set<String> fileFields;
    private String name;
    private String fileName;
    private boolean isFile;
    private long size;
    private ByteArrayOutputStream bytes;
    private Throwable failure;
    private boolean complete;

    PartCollector(java.util.Set<String> fileFields) {
      this.fileFields = fileFields;
    }

    @Override
    public void onPartBegin() {
      name = null;
      fileName = null;
      isFile = false;
      size = 0;
      bytes = new ByteArrayOutputStream();
    }

    @Override
    public void onPartHeader(String header, String value) {
      if (header.equalsIgnoreCase("content-disposition") && failure == null) {
        try {
          ContentDisposition disposition = ContentDisposition.parse(value);
          name = disposition.name();
          fileName = disposition.fileName();
          isFile = fileName != null;
        } catch (IllegalArgumentException malformed) {
          failure = malformed;
        }
      }
    }

    @Override
    public void onPartHeaders() {
      isFile |= name != null && fileFields.contains(name);
    }

    @Override
    public void onPartContent(Content.Chunk chunk) {
      ByteBuffer buffer = chunk.getByteBuffer().slice();
      int length = buffer.remaining();
      int limit = isFile ? MediaSignature.HEAD_LENGTH : MAX_FIELD_BYTES;
      int keep = (int) Math.max(0, Math.min(length, limit - size));
      if (keep > 0) {
        byte[] kept = new byte[keep];
        buffer.get(kept);
        bytes.write(kept, 0, keep);
      }
      size += length;
    }

    @Override
    public void onPartEnd() {
      if (name == null) {
        return;
      }
      if (isFile) {
        files.put(name, new FilePart(size, bytes.toByteArray(), fileName));
      } else {
        fields.put(name, bytes.toString(StandardCharsets.UTF_8));
      }
    }

    @Override
    public void onComplete() {
      complete = true;
    }

    @Override
    public void onFailure(Throwable cause) {
      if (failure == null) {
        failure = cause;
      }
    }
  }
}
