package io.github.xconnector.media;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The media type a caller declared for a stream, read the way MIME types are compared: without parameters
 * ({@code ; codecs=...}), case and surrounding spaces, with the common aliases of JPEG.
 */
final class DeclaredMediaType {

  /** Types that claim nothing about the content. */
  private static final String UNSPECIFIED = "application/octet-stream";
  private static final Map<String, MediaFormat> ALIASES = Map.of("image/jpg", MediaFormat.JPEG, "image/pjpeg",
      MediaFormat.JPEG);

  private DeclaredMediaType() {
  }

  /**
   * Returns the declared type in its plain form, or {@code null} when it claims nothing.
   *
   * @param declared what the caller passed, may be {@code null}
   * @return for example {@code image/png}; {@code null} for {@code null}, blank or {@code application/octet-stream}
   */
  static String claimed(String declared) {
    if (declared == null) {
      return null;
    }
    int parameters = declared.indexOf(';');
    String plain = (parameters < 0 ? declared : declared.substring(0, parameters)).trim().toLowerCase(Locale.ROOT);
    return plain.isEmpty() || plain.equals(UNSPECIFIED) ? null : plain;
  }

  /**
   * Returns the format a plain type names.
   *
   * @param plain a type as {@link #claimed} returns it
   * @return the format, or empty when the type names none X takes
   */
  static Optional<MediaFormat> format(String plain) {
    for (MediaFormat format : MediaFormat.values()) {
      if (format.mimeType().equals(plain)) {
        return Optional.of(format);
      }
    }
    return Optional.ofNullable(ALIASES.get(plain));
  }
}
