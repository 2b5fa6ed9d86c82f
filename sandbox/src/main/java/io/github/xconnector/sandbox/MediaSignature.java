package io.github.xconnector.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/** Recognizes a file's type from its first bytes ("magic numbers"), the way X checks uploads. */
final class MediaSignature {

  /** How many leading bytes detection needs; uploads keep no more than this in memory. */
  static final int HEAD_LENGTH = 64;

  private MediaSignature() {}

  /** Returns the MIME type the bytes start like, or empty if unknown. */
  static Optional<String> detect(byte[] head) {
    if (startsWith(head, 0, 0xFF, 0xD8, 0xFF)) {
      return Optional.of("image/jpeg");
    }
    if (startsWith(head, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return Optional.of("image/png");
    }
    if (ascii(head, 0, "GIF87a") || ascii(head, 0, "GIF89a")) {
      return Optional.of("image/gif");
    }
    if (ascii(head, 0, "RIFF") && ascii(head, 8, "WEBP")) {
      return Optional.of("image/webp");
    }
    if (ascii(head, 0, "BM")) {
      return Optional.of("image/bmp");
    }
    if (startsWith(head, 0, 'I', 'I', 0x2A, 0x00) || startsWith(head, 0, 'M', 'M', 0x00, 0x2A)) {
      return Optional.of("image/tiff");
    }
    if (ascii(head, 4, "ftyp")) {
      return Optional.of(ascii(head, 8, "qt  ") ? "video/quicktime" : "video/mp4");
    }
    if (ascii(head, 4, "moov") || ascii(head, 4, "mdat") || ascii(head, 4, "wide")) {
      return Optional.of("video/quicktime");
    }
    if (startsWith(head, 0, 0x1A, 0x45, 0xDF, 0xA3)) {
      return Optional.of("video/webm");
    }
    if (head.length > 0 && head[0] == 0x47) {
      return Optional.of("video/mp2t");
    }
    if (ascii(head, 0, "WEBVTT")) {
      return Optional.of("text/vtt");
    }
    return Optional.empty();
  }

  /** Whether content detected as {@code detected} may be declared as {@code declared}. */
  static boolean matches(String declared, String detected) {
    if (declared.equals(detected)) {
      return true;
    }
    // SRT has no signature; pjpeg is a JPEG.
    return declared.equals("text/srt") || (declared.equals("image/pjpeg") && detected.equals("image/jpeg"));
  }

  private static boolean ascii(byte[] head, int offset, String text) {
    byte[] expected = text.getBytes(StandardCharsets.US_ASCII);
    return head.length >= offset + expected.length
        && Arrays.equals(head, offset, offset + expected.length, expected, 0, expected.length);
  }

  private static boolean startsWith(byte[] head, int offset, int... bytes) {
    if (head.length < offset + bytes.length) {
      return false;
    }
    for (int i = 0; i < bytes.length; i++) {
      if ((head[offset + i] & 0xFF) != bytes[i]) {
        return false;
      }
    }
    return true;
  }
}
