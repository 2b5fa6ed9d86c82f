package io.github.xconnector.internal;

import io.github.xconnector.errors.XValidationException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks arguments that the spec does not describe (present text, readable files) before a request is sent, with
 * messages that say how to fix them. Parameters are checked against the spec by {@link ParameterChecks}, request
 * bodies by {@link BodyChecks}.
 */
public final class Validate {

  private Validate() {
  }

  /**
   * Checks that an argument is given.
   *
   * @param what the argument's name
   * @param value the value
   * @param <T> its type
   * @return the value
   * @throws XValidationException when it is {@code null}
   */
  public static <T> T present(String what, T value) {
    if (value == null) {
      throw new XValidationException(what + " is required: pass a value, not null.");
    }
    return value;
  }

  /**
   * Checks that a text argument is present.
   *
   * @param what the argument's name
   * @param value the value
   * @return the value
   */
  public static String notBlank(String what, String value) {
    if (value == null || value.isBlank()) {
      throw new XValidationException(what + " must not be empty.");
    }
    return value;
  }

  /**
   * Checks that a file to upload exists and can be read, so the failure names the file instead of surfacing later
   * from the request encoder.
   *
   * @param what what the file holds, for the message
   * @param file the file
   * @return the file
   * @throws XValidationException when it is missing, not a regular file or not readable
   */
  public static File readableFile(String what, File file) {
    if (file == null) {
      throw new XValidationException(what + " is required: pass the file to upload.");
    }
    Path path = file.toPath().toAbsolutePath();
    if (!Files.exists(path)) {
      throw new XValidationException("No " + what + " at " + path + "; check the path.");
    }
    if (!Files.isRegularFile(path)) {
      throw new XValidationException(path + " is not a regular file; pass the " + what + " itself.");
    }
    if (!Files.isReadable(path)) {
      throw new XValidationException(path + " is not readable; check its permissions.");
    }
    return file;
  }
}
