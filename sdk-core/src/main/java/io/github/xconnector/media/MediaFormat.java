package io.github.xconnector.media;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A file format X accepts for media in posts, recognised by the file's first bytes.
 *
 * <p>The content decides, not the name: a PNG image saved as {@code photo.jpg} is a {@link #PNG}.
 *
 * <p>Files that open with an ISO {@code ftyp} box are told apart by its brands: MPEG-4 and related video brands
 * ({@code isom}, {@code iso2} to {@code iso9}, {@code mp41}, {@code mp42}, {@code avc1}, {@code M4V }, {@code dash},
 * ...) are {@link #MP4}, QuickTime's {@code qt  } is {@link #MOV}. HEIF and AVIF images ({@code heic}, {@code heix},
 * {@code mif1}, {@code avif}, {@code avis}, ...) and MPEG-4 audio ({@code M4A }, {@code M4B }) are none of these
 * formats, since X's media upload takes none of them; an upload of them is refused, naming what the file holds.
 */
public enum MediaFormat {
  /** JPEG image; starts with {@code FF D8 FF}. */
  JPEG("image/jpeg", MediaKind.IMAGE, "jpg", "jpeg", "jpe"),
  /** PNG image; starts with {@code 89 50 4E 47}. */
  PNG("image/png", MediaKind.IMAGE, "png"),
  /** WEBP image; {@code RIFF}, four size bytes, then {@code WEBP}. */
  WEBP("image/webp", MediaKind.IMAGE, "webp"),
  /** GIF image, animated or not; starts with {@code GIF8}. */
  GIF("image/gif", MediaKind.GIF, "gif"),
  /** MPEG-4 video; an {@code ftyp} box at offset 4 with an MPEG-4 video brand, major or compatible. */
  MP4("video/mp4", MediaKind.VIDEO, "mp4", "m4v"),
  /** QuickTime video; an {@code ftyp} box at offset 4 with the major brand {@code qt}. */
  MOV("video/quicktime", MediaKind.VIDEO, "mov", "qt"),
  /** WEBM video; starts with the EBML magic {@code 1A 45 DF A3}. */
  WEBM("video/webm", MediaKind.VIDEO, "webm");

  /**
   * How many leading bytes {@link #detect(byte[], int)} reads: enough for every signature and for an {@code ftyp}
   * box with up to 12 compatible brands. Twelve bytes suffice for all but files whose {@code ftyp} major brand is
   * unknown and whose compatible brands decide.
   */
  public static final int SIGNATURE_LENGTH = 64;

  private final String mimeType;
  private final MediaKind kind;
  private final List<String> extensions;

  MediaFormat(String mimeType, MediaKind kind, String... extensions) {
    this.mimeType = mimeType;
    this.kind = kind;
    this.extensions = List.of(extensions);
  }

  /**
   * Returns the MIME type X is told.
   *
   * @return for example {@code video/mp4}
   */
  public String mimeType() {
    return mimeType;
  }

  /**
   * Returns whether this is an image, a GIF or a video, which decides X's size limit and category.
   *
   * @return the kind
   */
  public MediaKind kind() {
    return kind;
  }

  /**
   * Recognises a format by the first bytes of a file.
   *
   * @param head the file's first bytes; {@link #SIGNATURE_LENGTH} suffice
   * @param length how many bytes of {@code head} are valid
   * @return the format, or empty when the bytes match none that X accepts (a HEIF, AVIF or MPEG-4 audio file among
   *     them)
   */
  public static Optional<MediaFormat> detect(byte[] head, int length) {
    if (startsWith(head, length, 0, 0xFF, 0xD8, 0xFF)) {
      return Optional.of(JPEG);
    }
    if (startsWith(head, length, 0, 0x89, 'P', 'N', 'G')) {
      return Optional.of(PNG);
    }
    if (startsWith(head, length, 0, 'G', 'I', 'F', '8')) {
      return Optional.of(GIF);
    }
    if (startsWith(head, length, 0, 'R', 'I', 'F', 'F') && startsWith(head, length, 8, 'W', 'E', 'B', 'P')) {
      return Optional.of(WEBP);
    }
    if (FileTypeBox.present(head, length)) {
      return FileTypeBox.videoFormat(head, length);
    }
    if (startsWith(head, length, 0, 0x1A, 0x45, 0xDF, 0xA3)) {
      return Optional.of(WEBM);
    }
    return Optional.empty();
  }

  /**
   * Guesses a format from a file name's extension. Used only to warn when a name and its content disagree.
   *
   * @param fileName a file name such as {@code clip.MP4}
   * @return the format the extension names, or empty
   */
  public static Optional<MediaFormat> fromFileName(String fileName) {
    int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    for (MediaFormat format : values()) {
      if (format.extensions.contains(extension)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] head, int length, int offset, int... expected) {
    if (length < offset + expected.length) {
      return false;
    }
    for (int i = 0; i < expected.length; i++) {
      if ((head[offset + i] & 0xFF) != expected[i]) {
        return false;
      }
    }
    return true;
  }
}
