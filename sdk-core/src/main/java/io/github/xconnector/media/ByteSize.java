package io.github.xconnector.media;

import java.util.Locale;

/** Writes byte counts the way people read them: {@code 600 MiB}, {@code 1.5 KiB}, {@code 12 bytes}. */
final class ByteSize {

  private ByteSize() {
  }

  static String describe(long bytes) {
    if (bytes < 1024) {
      return bytes == 1 ? "1 byte" : bytes + " bytes";
    }
    if (bytes < 1L << 20) {
      return scaled(bytes / 1024.0, "KiB");
    }
    return scaled(bytes / (double) (1L << 20), "MiB");
  }

  private static String scaled(double value, String unit) {
    String text = String.format(Locale.ROOT, "%.1f", value);
    return (text.endsWith(".0") ? text.substring(0, text.length() - 2) : text) + " " + unit;
  }
}
