package io.github.xconnector.resources;

import io.github.xconnector.errors.XIoException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A file attached to a direct message, being downloaded: the bytes come from the connection as they are read, never
 * held in memory whole. Read it once, with {@link #stream()}, {@link #transferTo(OutputStream)} or
 * {@link #saveTo(Path)}, and close it (try-with-resources), which frees the connection.
 *
 * <pre>{@code
 * try (DirectMessageMedia file = x.directMessages().downloadMedia(eventId, mediaId, "hVJQTwig.jpg")) {
 *   file.saveTo(Path.of("photo.jpg"));
 * }
 * }</pre>
 *
 * <p>Not thread-safe: one reader at a time.
 */
public final class DirectMessageMedia implements AutoCloseable {

  private final InputStream body;
  private final String contentType;
  private final Long contentLength;
  private final String description;

  DirectMessageMedia(InputStream body, Map<String, Collection<String>> headers, String description) {
    this.body = Objects.requireNonNull(body, "body");
    this.contentType = header(headers, "Content-Type");
    Long length = null;
    String declared = header(headers, "Content-Length");
    if (declared != null) {
      try {
        length = Long.parseLong(declared.trim());
      } catch (NumberFormatException notANumber) {
        length = null;
      }
    }
    this.contentLength = length;
    this.description = description;
  }

  private static String header(Map<String, Collection<String>> headers, String name) {
    if (headers == null) {
      return null;
    }
    for (Map.Entry<String, Collection<String>> header : headers.entrySet()) {
      if (header.getKey() != null && header.getKey().equalsIgnoreCase(name) && !header.getValue().isEmpty()) {
        return header.getValue().iterator().next();
      }
    }
    return null;
  }

  /** @return the media type X declared for the file, such as {@code image/jpeg} */
  public Optional<String> contentType() {
    return Optional.ofNullable(contentType);
  }

  /** @return the size in bytes X declared, when it did */
  public OptionalLong contentLength() {
    return contentLength == null ? OptionalLong.empty() : OptionalLong.of(contentLength);
  }

  /**
   * Returns the file's bytes as they arrive. Closing the stream, or this object, frees the connection.
   *
   * @return the open stream
   */
  public InputStream stream() {
    return body;
  }

  /**
   * Copies the rest of the file to {@code target} and closes the download; {@code target} stays open.
   *
   * @param target where the bytes go
   * @return the number of bytes copied
   * @throws XIoException when reading from X or writing to the target fails
   */
  public long transferTo(OutputStream target) {
    Objects.requireNonNull(target, "target");
    try (InputStream in = body) {
      return in.transferTo(target);
    } catch (IOException e) {
      throw new XIoException(description + " could not be copied: " + e.getMessage(), false, e);
    }
  }

  /**
   * Writes the rest of the file to {@code target}, replacing a file already there, and closes the download.
   *
   * @param target the file to write
   * @return the number of bytes written
   * @throws XIoException when reading from X or writing the file fails
   */
  public long saveTo(Path target) {
    Objects.requireNonNull(target, "target");
    try (InputStream in = body) {
      return Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new XIoException(description + " could not be saved to " + target + ": " + e.getMessage(), false, e);
    }
  }

  /** Closes the download; the bytes not read yet are dropped. Closing twice does nothing more. */
  @Override
  public void close() {
    try {
      body.close();
    } catch (IOException ignored) {
      // Nothing to do: the connection is dropped either way.
    }
  }

  @Override
  public String toString() {
    return "DirectMessageMedia{" + description + ", type=" + contentType + ", length=" + contentLength + "}";
  }
}
