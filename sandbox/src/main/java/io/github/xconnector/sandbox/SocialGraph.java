package io.github.xconnector.sandbox;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The sandbox's users and who follows whom.
 *
 * <p>One read-write lock guards the users and both directions of the follow graph, so a reader never sees a follow in
 * one list and not yet in the other. Lists come back as copies, newest follow first, as X orders them.
 */
final class SocialGraph {

  private final Guarded guard = new Guarded();
  private final Map<String, SandboxUser> users = new LinkedHashMap<>();
  private final Map<String, String> userIdsByUsername = new HashMap<>();
  private final Map<String, LinkedHashSet<String>> following = new HashMap<>();
  private final Map<String, LinkedHashSet<String>> followers = new HashMap<>();

  void addUser(SandboxUser user) {
    write(() -> {
      String username = user.username().toLowerCase(Locale.ROOT);
      if (users.containsKey(user.id()) || userIdsByUsername.containsKey(username)) {
        throw new IllegalArgumentException("Two sandbox users share the id or username of " + user.username());
      }
      users.put(user.id(), user);
      userIdsByUsername.put(username, user.id());
      return null;
    });
  }

  Optional<SandboxUser> user(String id) {
    return read(() -> Optional.ofNullable(users.get(id)));
  }

  Optional<SandboxUser> userByUsername(String username) {
    return read(() -> Optional.ofNullable(userIdsByUsername.get(username.toLowerCase(Locale.ROOT)))
        .map(users::get));
  }

  List<SandboxUser> users() {
    return read(() -> List.copyOf(users.values()));
  }

  /** Makes source follow target; returns false when the target is protected (the follow stays pending). */
  boolean follow(String sourceId, String targetId) {
    return write(() -> {
      if (users.get(targetId).protectedAccount()) {
        return false;
      }
      following.computeIfAbsent(sourceId, k -> new LinkedHashSet<>()).add(targetId);
      followers.computeIfAbsent(targetId, k -> new LinkedHashSet<>()).add(sourceId);
      return true;
    });
  }

  void unfollow(String sourceId, String targetId) {
    write(() -> {
      following.getOrDefault(sourceId, new LinkedHashSet<>()).remove(targetId);
      followers.getOrDefault(targetId, new LinkedHashSet<>()).remove(sourceId);
      return null;
    });
  }

  List<SandboxUser> followers(String userId) {
    return read(() -> newestFirst(followers.get(userId)));
  }

  List<SandboxUser> following(String userId) {
    return read(() -> newestFirst(following.get(userId)));
  }

  Set<String> followingIds(String userId) {
    return read(() -> Set.copyOf(following.getOrDefault(userId, new LinkedHashSet<>())));
  }

  int followersCount(String userId) {
    return read(() -> followers.getOrDefault(userId, new LinkedHashSet<>()).size());
  }

  int followingCount(String userId) {
    return read(() -> following.getOrDefault(userId, new LinkedHashSet<>()).size());
  }

  /** The users with these ids, in reverse order of the set (newest first); callers hold no lock of ours. */
  List<SandboxUser> newestFirstCopy(Set<String> ids) {
    return read(() -> newestFirst(ids));
  }

  private List<SandboxUser> newestFirst(Set<String> ids) {
    List<SandboxUser> result = new ArrayList<>();
    if (ids != null) {
      ids.forEach(id -> Optional.ofNullable(users.get(id)).ifPresent(result::add));
    }
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
