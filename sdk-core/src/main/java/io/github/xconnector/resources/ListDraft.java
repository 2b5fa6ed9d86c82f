package io.github.xconnector.resources;

import io.github.xconnector.generated.model.ListCreateRequest;
import java.util.Objects;

/**
 * A list to create: its name, and optionally a description and whether only its owner may see it. The lengths X
 * allows are checked by {@code x.lists().create(draft)} before anything is sent.
 *
 * <pre>{@code
 * ListDraft draft = ListDraft.named("Java people").withDescription("Who I read about the JVM").asPrivate();
 * }</pre>
 *
 * <p>Instances are immutable: each {@code with...} method returns a new draft.
 */
public final class ListDraft {

  private final String name;
  private final String description;
  private final boolean privateList;

  private ListDraft(String name, String description, boolean privateList) {
    this.name = Objects.requireNonNull(name, "name");
    this.description = description;
    this.privateList = privateList;
  }

  /**
   * Starts a draft of a public list without a description.
   *
   * @param name the list's name
   * @return the draft
   */
  public static ListDraft named(String name) {
    return new ListDraft(name, null, false);
  }

  /**
   * Returns a copy with a description.
   *
   * @param description the description, or {@code null} for none
   * @return the copy
   */
  public ListDraft withDescription(String description) {
    return new ListDraft(name, description, privateList);
  }

  /**
   * Returns a copy that only its owner can see.
   *
   * @return the copy
   */
  public ListDraft asPrivate() {
    return new ListDraft(name, description, true);
  }

  /** @return the name */
  public String name() {
    return name;
  }

  /** @return the description, or {@code null} for none */
  public String description() {
    return description;
  }

  /** @return whether only the owner can see the list */
  public boolean isPrivate() {
    return privateList;
  }

  /** Converts the draft into the request body; {@link ListsService} sends it. */
  ListCreateRequest toRequest() {
    ListCreateRequest request = new ListCreateRequest().name(name).description(description);
    return privateList ? request._private(true) : request;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ListDraft && name.equals(((ListDraft) other).name)
        && Objects.equals(description, ((ListDraft) other).description)
        && privateList == ((ListDraft) other).privateList;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, description, privateList);
  }

  @Override
  public String toString() {
    return "ListDraft[name=" + name + ", description=" + description + ", private=" + privateList + "]";
  }
}
