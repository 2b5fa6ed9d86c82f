package io.github.xconnector.media;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the {@code ftyp} box that opens an ISO base media file (MP4, QuickTime, HEIF, AVIF, M4A, ...) and tells
 * what the file holds from its brands.
 *
 * <p>The box is: a 4-byte big-endian size, {@code ftyp}, the 4-character major brand, a 4-byte minor version, then
 * compatible brands of 4 characters each up to the box's end. The major brand decides when it is known; otherwise
 * the compatible brands do, a still-image or audio brand among them outweighing a video one. Brands are case
 * sensitive and padded with spaces ({@code "qt  "}, {@code "M4A "}).
 */
final class FileTypeBox {

  /**
   * Brands of MPEG-4 video files, which X takes as {@code video/mp4}. 3GPP brands are not among them: a 3GPP file is
   * taken as MP4 only when it lists an MPEG-4 brand as compatible.
   */
  private static final Set<String> MP4_VIDEO = Set.of("isom", "iso2", "iso3", "iso4", "iso5", "iso6", "iso7",
      "iso8", "iso9", "mp41", "mp42", "mp71", "avc1", "M4V ", "M4VH", "M4VP", "dash", "msdh", "mmp4", "f4v ", "XAVC",
      "MSNV");
  /** QuickTime's brand, which X takes as {@code video/quicktime}. */
  private static final String QUICKTIME = "qt  ";
  /** Brands of HEIF still images and image sequences (HEIC and its relatives). */
  private static final Set<String> HEIF = Set.of("heic", "heix", "heim", "heis", "hevc", "hevx", "hevm", "hevs",
      "mif1", "mif2", "msf1");
  /** Brands of AVIF still images and image sequences. */
  private static final Set<String> AVIF = Set.of("avif", "avis");
  /** Brands of MPEG-4 audio: music, audio books, protected audio. */
  private static final Set<String> AUDIO = Set.of("M4A ", "M4B ", "M4P ");

  private static final int MAJOR_BRAND = 8;
  private static final int COMPATIBLE_BRANDS = 16;

  private FileTypeBox() {
  }

  /**
   * Content X's media upload does not take.
   *
   * @param description what the bytes hold, for example {@code a HEIF (HEIC) image (ftyp brand 'heic')}
   * @param advice what the caller can do instead
   */
  record Unsupported(String description, String advice) {
  }

  /** Whether the bytes open with an {@code ftyp} box (the box type at offset 4) with at least its major brand. */
  static boolean present(byte[] head, int length) {
    return length >= MAJOR_BRAND + 4 && head[4] == 'f' && head[5] == 't' && head[6] == 'y' && head[7] == 'p';
  }

  /**
   * Returns the video format the brands name, or empty for a still image, audio or brands this class does not know.
   *
   * @param head the file's first bytes
   * @param length how many of them are valid
   */
  static Optional<MediaFormat> videoFormat(byte[] head, int length) {
    if (!present(head, length) || unsupported(head, length).isPresent()) {
      return Optional.empty();
    }
    String major = brand(head, MAJOR_BRAND);
    if (major.equals(QUICKTIME)) {
      return Optional.of(MediaFormat.MOV);
    }
    if (MP4_VIDEO.contains(major)) {
      return Optional.of(MediaFormat.MP4);
    }
    List<String> compatible = compatibleBrands(head, length);
    if (compatible.stream().anyMatch(MP4_VIDEO::contains)) {
      return Optional.of(MediaFormat.MP4);
    }
    return compatible.contains(QUICKTIME) ? Optional.of(MediaFormat.MOV) : Optional.empty();
  }

  /**
   * Describes an ISO base media file that X's media upload does not take: a HEIF or AVIF image, or MPEG-4 audio.
   *
   * @param head the file's first bytes
   * @param length how many of them are valid
   * @return what the bytes hold, or empty when the brands are not of those
   */
  static Optional<Unsupported> unsupported(byte[] head, int length) {
    if (!present(head, length)) {
      return Optional.empty();
    }
    String major = brand(head, MAJOR_BRAND);
    Optional<Unsupported> byMajor = describe(major);
    if (byMajor.isPresent() || MP4_VIDEO.contains(major) || major.equals(QUICKTIME)) {
      return byMajor;
    }
    for (String brand : compatibleBrands(head, length)) {
      Optional<Unsupported> byCompatible = describe(brand);
      if (byCompatible.isPresent()) {
        return byCompatible;
      }
    }
    return Optional.empty();
  }

  private static Optional<Unsupported> describe(String brand) {
    String quoted = " (ftyp brand '" + brand + "')";
    if (HEIF.contains(brand)) {
      return Optional.of(new Unsupported("a HEIF (HEIC) image" + quoted, "Convert it to JPEG or PNG."));
    }
    if (AVIF.contains(brand)) {
      return Optional.of(new Unsupported("an AVIF image" + quoted, "Convert it to JPEG or PNG."));
    }
    if (AUDIO.contains(brand)) {
      return Optional.of(new Unsupported("MPEG-4 audio" + quoted,
          "X takes no audio alone: make it a video (MP4) to post it."));
    }
    return Optional.empty();
  }

  /** The compatible brands within both the box and the bytes read. */
  private static List<String> compatibleBrands(byte[] head, int length) {
    long size = ((head[0] & 0xFFL) << 24) | ((head[1] & 0xFFL) << 16) | ((head[2] & 0xFFL) << 8) | (head[3] & 0xFFL);
    // A size of 0 means the box runs to the end of the file, 1 that a 64-bit size follows (never for ftyp).
    long end = size == 0 ? length : Math.min(size, length);
    List<String> brands = new ArrayList<>();
    for (int at = COMPATIBLE_BRANDS; at + 4 <= end; at += 4) {
      brands.add(brand(head, at));
    }
    return brands;
  }

  private static String brand(byte[] head, int at) {
    return new String(head, at, 4, StandardCharsets.ISO_8859_1);
  }
}
