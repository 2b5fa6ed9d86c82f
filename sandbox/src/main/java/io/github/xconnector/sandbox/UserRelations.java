package io.github.xconnector.sandbox;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Who mutes and who blocks whom, and which users an organization lists as its affiliates. Follows stay in the
 * {@link SocialGraph}; these relations only filter what reads return (a muted or blocked author's posts leave the home
 * timeline) and are reported in a user's {@code connection_status}.
 *
 * <p>One read-write lock guards all three; lists come back as copies of ids, newest relation first.
 */
final class UserRelations {

  private final Guarded guard = new Guarded();
  private final Map<String, LinkedHashSet<String>> mutes = new HashMap<>();
  private final Map<String, LinkedHashSet<String>> blocks = new HashMap<>();
  private final Map<String, LinkedHashSet<String>> affiliates = new HashMap<>();

  /** Mutes target for source; muting again changes nothing. */
  void mute(String sourceId, String targetId) {
    write(() -> mutes.computeIfAbsent(sourceId, k -> new LinkedHashSet<>()).add(targetId));
  }

  void unmute(String sourceId, String targetId) {
    write(() -> mutes.getOrDefault(sourceId, new LinkedHashSet<>()).remove(targetId));
  }

  /** The ids source mutes, newest mute first. */
  List<String> muted(String sourceId) {
    return read(() -> newestFirst(mutes.get(sourceId)));
  }

  boolean mutes(String sourceId, String targetId) {
    return read(() -> mutes.getOrDefault(sourceId, new LinkedHashSet<>()).contains(targetId));
  }

  /** Records that source blocks target; blocking again changes nothing. */
  void block(String sourceId, String targetId) {
    write(() -> blocks.computeIfAbsent(sourceId, k -> new LinkedHashSet<>()).add(targetId));
  }

  void unblock(String sourceId, String targetId) {
    write(() -> blocks.getOrDefault(sourceId, new LinkedHashSet<>()).remove(targetId));
  }

  /** The ids source blocks, newest block first. */
  List<String> blocked(String sourceId) {
    return read(() -> newestFirst(blocks.get(sourceId)));
  }

  boolean blocks(String sourceId, String targetId) {
    return read(() -> blocks.getOrDefault(sourceId, new LinkedHashSet<>()).contains(targetId));
  }

  /** Whether the viewer's home timeline hides the author's posts: the viewer mutes or blocks the author. */
  boolean hides(String viewerId, String authorId) {
    return mutes(viewerId, authorId) || blocks(viewerId, authorId);
  }

  /** Lists user as an affiliate of the organization. */
  void affiliate(String organizationId, String userId) {
    write(() -> affiliates.computeIfAbsent(organizationId, k -> new LinkedHashSet<>()).add(userId));
  }

  /** The organization's affiliates, in the order they were listed. */
  List<String> affiliates(String organizationId) {
    return read(() -> List.copyOf(affiliates.getOrDefault(organizationId, new LinkedHashSet<>())));
  }

  private static List<String> newestFirst(Set<String> ids) {
    List<String> result = ids == null ? new ArrayList<>() : new ArrayList<>(ids);
    Collections.reverse(result);
    return result;
  }

  private <T> T read(Supplier<T> action) {
    return guard.read(action);
  }

  private <T> T write(Supplier<T> action) {
    return guard.write(action);
  }
}
