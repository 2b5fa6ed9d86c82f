package io.github.xconnector.sandbox;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An account of the sandbox: what {@code /2/users/...} returns, and who tokens act for.
 *
 * <p>Public metrics are not part of the record: the sandbox derives them from its state (follows, posts, likes), so
 * they always agree with the lists.
 *
 * @param id the numeric user id, 1 to 19 digits
 * @param username the handle without {@code @}: letters, digits and underscores, at most 15
 * @param name the display name
 * @param description the profile text (may be empty)
 * @param createdAt when the account was created
 * @param protectedAccount whether follows need approval (a follow answers {@code pending_follow: true})
 */
public record SandboxUser(String id, String username, String name, String description, Instant createdAt,
    boolean protectedAccount) {

  private static final Pattern ID = Pattern.compile("[0-9]{1,19}");
  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_]{1,15}");
  private static final Instant DEFAULT_CREATED_AT = Instant.parse("2020-01-01T00:00:00Z");

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if the id or username is not one X would accept
   */
  public SandboxUser {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(createdAt, "createdAt");
    description = description == null ? "" : description;
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("A user id is 1 to 19 digits, got [" + id + "]");
    }
    if (!USERNAME.matcher(username).matches()) {
      throw new IllegalArgumentException("A username is 1 to 15 letters, digits or underscores, got ["
          + username + "]");
    }
  }

  /**
   * Creates a public account created on 2020-01-01.
   *
   * @throws IllegalArgumentException if the id or username is not one X would accept
   */
  public static SandboxUser of(String id, String username, String name, String description) {
    return new SandboxUser(id, username, name, description, DEFAULT_CREATED_AT, false);
  }

  /** Returns a copy of this user whose follows need approval. */
  public SandboxUser asProtected() {
    return new SandboxUser(id, username, name, description, createdAt, true);
  }
}
