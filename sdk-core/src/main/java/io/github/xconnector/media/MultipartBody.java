package io.github.xconnector.media;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Map;

/**
 * A {@code multipart/form-data} request body laid out in one array: the text fields, then the file part, whose bytes
 * the uploader reads straight from the source into {@link #fileOffset()}. No other copy of the media is made.
 *
 * <p>This is wiring for {@link MediaUploader} and {@link MultipartBodyEncoder}; callers never build one.
 */
public final class MultipartBody {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final String boundary;
  private final byte[] bytes;
  private final int fileOffset;
  private final int fileLength;

  private MultipartBody(String boundary, byte[] bytes, int fileOffset, int fileLength) {
    this.boundary = boundary;
    this.bytes = bytes;
    this.fileOffset = fileOffset;
    this.fileLength = fileLength;
  }

  /**
   * Returns a boundary for one upload: 32 random hex digits, which media bytes will not contain by chance.
   *
   * @return the boundary
   */
  static String newBoundary() {
    byte[] random = new byte[16];
    RANDOM.nextBytes(random);
    StringBuilder text = new StringBuilder("xconnector");
    for (byte b : random) {
      text.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
    }
    return text.toString();
  }

  /**
   * Lays out a body whose file part has room for {@code fileLength} bytes.
   *
   * @param boundary the upload's boundary
   * @param fields text fields, in order, sent before the file
   * @param fileField the file part's name
   * @param fileName the file name the part declares
   * @param fileType the file part's content type
   * @param fileLength the number of file bytes
   * @param previous a body whose array is reused when it has the same length, or {@code null}
   * @return the body, complete except for the file bytes
   */
  static MultipartBody layout(String boundary, Map<String, String> fields, String fileField, String fileName,
      String fileType, int fileLength, MultipartBody previous) {
    StringBuilder head = new StringBuilder();
    for (Map.Entry<String, String> field : fields.entrySet()) {
      head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(field.getKey())
          .append("\"\r\n\r\n").append(field.getValue()).append("\r\n");
    }
    head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(fileField)
        .append("\"; filename=\"").append(safeFileName(fileName)).append("\"\r\nContent-Type: ").append(fileType)
        .append("\r\n\r\n");
    byte[] prefix = head.toString().getBytes(StandardCharsets.UTF_8);
    byte[] suffix = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
    int length = prefix.length + fileLength + suffix.length;
    // Segments of equal size and index width have equal bodies: one array then serves them all.
    byte[] bytes = previous != null && previous.bytes.length == length ? previous.bytes : new byte[length];
    System.arraycopy(prefix, 0, bytes, 0, prefix.length);
    System.arraycopy(suffix, 0, bytes, prefix.length + fileLength, suffix.length);
    return new MultipartBody(boundary, bytes, prefix.length, fileLength);
  }

  private static String safeFileName(String name) {
    StringBuilder safe = new StringBuilder();
    for (char c : name.toCharArray()) {
      safe.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? c : '_');
    }
    return safe.toString();
  }

  /**
   * Returns the {@code Content-Type} header that announces this body.
   *
   * @return {@code multipart/form-data; boundary=...}
   */
  public String contentType() {
    return "multipart/form-data; boundary=" + boundary;
  }

  /**
   * Returns the whole body. The array is shared, not copied: it is sent as is.
   *
   * @return the body bytes
   */
  public byte[] bytes() {
    return bytes;
  }

  int fileOffset() {
    return fileOffset;
  }

  int fileLength() {
    return fileLength;
  }

  @Override
  public String toString() {
    return "MultipartBody{" + bytes.length + " bytes, file " + fileLength + " bytes}";
  }
}
