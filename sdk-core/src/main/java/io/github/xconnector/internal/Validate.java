package io.github.xconnector.internal;

import io.github.xconnector.errors.XValidationException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/** Checks arguments against X's rules before a request is sent, with messages that say how to fix them. */
public final class Validate {

  private static final Pattern ID = Pattern.compile("[0-9]{1,19}");
  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_]{1,15}");

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
   * Checks a list of ids.
   *
   * @param what what the ids name
   * @param ids the ids
   * @param max the most ids one request takes
   * @return a copy of the ids
   */
  public static List<String> ids(String what, Collection<String> ids, int max) {
    if (ids == null || ids.isEmpty() || ids.size() > max) {
      throw new XValidationException(what + " must hold 1 to " + max + " ids, had "
          + (ids == null ? 0 : ids.size()) + ". Split larger lists into several requests.");
    }
    List<String> copy = new ArrayList<>(ids.size());
    for (String id : ids) {
      copy.add(id(what + " entry", id));
    }
    return copy;
  }

  /**
   * Checks a username; a leading {@code @} is removed.
   *
   * @param username the username
   * @return the username without {@code @}
   */
  public static String username(String username) {
    String name = username != null && username.startsWith("@") ? username.substring(1) : username;
    if (name == null || !USERNAME.matcher(name).matches()) {
      throw new XValidationException("A username is 1 to 15 letters, digits or underscores, was " + quote(username)
          + ".");
    }
    return name;
  }

  /**
   * Checks a page size against an endpoint's bounds.
   *
   * @param operation the operation, for the message
   * @param maxResults the page size, or {@code null} for X's default
   * @param min the smallest size X accepts
   * @param max the largest size X accepts
   */
  public static void maxResults(String operation, Integer maxResults, int min, int max) {
    if (maxResults != null && (maxResults < min || maxResults > max)) {
      throw new XValidationException(operation + " takes maxResults from " + min + " to " + max + ", was "
          + maxResults + ".");
    }
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
