package io.github.xconnector.internal;

import io.github.xconnector.errors.XValidationException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Checks arguments that are not parameters of an operation (members of a request body, files) before a request is
 * sent, with messages that say how to fix them. Parameters are checked against the spec by {@link ParameterChecks}.
 */
public final class Validate {

  private static final Pattern ID = Pattern.compile("[0-9]{1,19}");

  private Validate() {
  }

  /**
   * Checks an id of a post, user or media.
   *
   * @param what what the id names, for the message
   * @param id the id
   * @return the id
   * @throws XValidationException when it is not 1 to 19 digits
   */
  public static String id(String what, String id) {
    if (id == null || !ID.matcher(id).matches()) {
      throw new XValidationException(what + " must be 1 to 19 digits, was " + quote(id)
          + ". Use the numeric id (a user's id is not their username).");
    }
    return id;
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

  private static String quote(String value) {
    return value == null ? "null" : "'" + value + "'";
  }
}
