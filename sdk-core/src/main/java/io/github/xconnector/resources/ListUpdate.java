package io.github.xconnector.resources;

import io.github.xconnector.generated.model.ListUpdateRequest;
import java.util.Objects;

/**
 * Changes to make to a list: a new name, a new description, or a new visibility. What is not set stays as it is. The
 * lengths X allows are checked by {@code x.lists().update(listId, changes)} before anything is sent.
 *
 * <pre>{@code
 * ListUpdate changes = ListUpdate.rename("JVM people").withDescription("").asPublic();
 * }</pre>
 *
 * <p>Instances are immutable: each method returns a new update.
 */
public final class ListUpdate {

  private static final ListUpdate NONE = new ListUpdate(null, null, null);

  private final String name;
  private final String description;
  private final Boolean privateList;

  private ListUpdate(String name, String description, Boolean privateList) {
    this.name = name;
    this.description = description;
    this.privateList = privateList;
  }

  /**
   * Returns an update that changes nothing yet; add changes with the {@code with...} and {@code as...} methods.
   *
   * @return the empty update
   */
  public static ListUpdate changes() {
    return NONE;
  }

  /**
   * Returns an update that renames the list.
   *
   * @param name the new name
   * @return the update
   */
  public static ListUpdate rename(String name) {
    return NONE.withName(name);
  }

  /**
   * Returns a copy that also renames the list.
   *
   * @param name the new name
   * @return the copy
   */
  public ListUpdate withName(String name) {
    return new ListUpdate(Objects.requireNonNull(name, "name"), description, privateList);
  }

  /**
   * Returns a copy that also replaces the description; an empty text clears it.
   *
   * @param description the new description
   * @return the copy
   */
  public ListUpdate withDescription(String description) {
    return new ListUpdate(name, Objects.requireNonNull(description, "description"), privateList);
  }

  /**
   * Returns a copy that also makes the list visible only to its owner.
   *
   * @return the copy
   */
  public ListUpdate asPrivate() {
    return new ListUpdate(name, description, true);
  }

  /**
   * Returns a copy that also makes the list visible to everyone.
   *
   * @return the copy
   */
  public ListUpdate asPublic() {
    return new ListUpdate(name, description, false);
  }

  /** @return the new name, or {@code null} to keep it */
  public String name() {
    return name;
  }

  /** @return the new description, or {@code null} to keep it */
  public String description() {
    return description;
  }

  /** @return the new visibility ({@code true} for private), or {@code null} to keep it */
  public Boolean isPrivate() {
    return privateList;
  }

  /** Converts the changes into the request body; {@link ListsService} sends it. */
  ListUpdateRequest toRequest() {
    return new ListUpdateRequest().name(name).description(description)._private(privateList);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ListUpdate && Objects.equals(name, ((ListUpdate) other).name)
        && Objects.equals(description, ((ListUpdate) other).description)
        && Objects.equals(privateList, ((ListUpdate) other).privateList);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, description, privateList);
  }

  @Override
  public String toString() {
    return "ListUpdate[name=" + name + ", description=" + description + ", private=" + privateList + "]";
  }
}
