package io.github.xconnector.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The sandbox's lists: each list with its members and followers, and the lists each user pinned.
 *
 * <p>One read-write lock guards all of it, so deleting a list takes it out of every membership, follow and pin at
 * once. Collections come back as copies, the newest addition first, as X orders them.
 */
final class ListStore {

  /** One list as it is now; a change replaces the record. */
  record SandboxList(String id, String ownerId, String name, String description, boolean isPrivate,
      Instant createdAt) {

    /** Whether a caller (null for app-only) may see the list: a private one only its owner. */
    boolean visibleTo(String viewerId) {
      return !isPrivate || ownerId.equals(viewerId);
    }
  }

  /** X's list ids are numbers of up to 19 digits; the sandbox's start high so they never meet a post id. */
  private static final long FIRST_ID = 1_800_000_000_000_000_000L;

  private final Guarded guard = new Guarded();
  private final Map<String, SandboxList> lists = new LinkedHashMap<>();
  private final Map<String, LinkedHashSet<String>> membersByList = new HashMap<>();
  private final Map<String, LinkedHashSet<String>> followersByList = new HashMap<>();
  private final Map<String, LinkedHashSet<String>> membershipsByUser = new HashMap<>();
  private final Map<String, LinkedHashSet<String>> followedByUser = new HashMap<>();
  private final Map<String, LinkedHashSet<String>> pinnedByUser = new HashMap<>();
  private long nextId = FIRST_ID;

  /** Creates a list; every call makes a new one. */
  SandboxList create(String ownerId, String name, String description, boolean isPrivate, Instant now) {
    return write(() -> {
      SandboxList list = new SandboxList(Long.toString(nextId++), ownerId, name, description, isPrivate, now);
      lists.put(list.id(), list);
      return list;
    });
  }

  Optional<SandboxList> list(String id) {
    return read(() -> Optional.ofNullable(lists.get(id)));
  }

  /** Changes what is given (null keeps the value); returns the list as it is now. */
  SandboxList update(String id, String name, String description, Boolean isPrivate) {
    return write(() -> {
      SandboxList old = lists.get(id);
      SandboxList changed = new SandboxList(id, old.ownerId(), name != null ? name : old.name(),
          description != null ? description : old.description(), isPrivate != null ? isPrivate : old.isPrivate(),
          old.createdAt());
      lists.put(id, changed);
      return changed;
    });
  }

  /** Deletes a list with its members, followers and pins; returns whether it existed. */
  boolean delete(String id) {
    return write(() -> {
      membersByList.remove(id);
      followersByList.remove(id);
      membershipsByUser.values().forEach(memberships -> memberships.remove(id));
      followedByUser.values().forEach(followed -> followed.remove(id));
      pinnedByUser.values().forEach(pins -> pins.remove(id));
      return lists.remove(id) != null;
    });
  }

  void addMember(String listId, String userId) {
    write(() -> {
      link(membersByList, listId, userId);
      link(membershipsByUser, userId, listId);
      return null;
    });
  }

  void removeMember(String listId, String userId) {
    write(() -> {
      unlink(membersByList, listId, userId);
      unlink(membershipsByUser, userId, listId);
      return null;
    });
  }

  /** The members' ids, the newest member first. */
  List<String> members(String listId) {
    return read(() -> newestFirst(membersByList.getOrDefault(listId, new LinkedHashSet<>())));
  }

  /** The followers' ids, the newest follower first. */
  List<String> followers(String listId) {
    return read(() -> newestFirst(followersByList.getOrDefault(listId, new LinkedHashSet<>())));
  }

  void follow(String userId, String listId) {
    write(() -> {
      link(followersByList, listId, userId);
      link(followedByUser, userId, listId);
      return null;
    });
  }

  void unfollow(String userId, String listId) {
    write(() -> {
      unlink(followersByList, listId, userId);
      unlink(followedByUser, userId, listId);
      return null;
    });
  }

  void pin(String userId, String listId) {
    write(() -> {
      link(pinnedByUser, userId, listId);
      return null;
    });
  }

  void unpin(String userId, String listId) {
    write(() -> {
      unlink(pinnedByUser, userId, listId);
      return null;
    });
  }

  /** The lists a user owns, the newest first. */
  List<SandboxList> ownedBy(String userId) {
    return read(() -> newestFirst(lists.values().stream().filter(l -> l.ownerId().equals(userId)).toList()));
  }

  /** The lists a user follows, the newest follow first. */
  List<SandboxList> followedBy(String userId) {
    return read(() -> listsOf(followedByUser, userId));
  }

  /** The lists that have a user as a member, the newest addition first. */
  List<SandboxList> membershipsOf(String userId) {
    return read(() -> listsOf(membershipsByUser, userId));
  }

  /** The lists a user pinned, the newest pin first. */
  List<SandboxList> pinnedBy(String userId) {
    return read(() -> listsOf(pinnedByUser, userId));
  }

  int memberCount(String listId) {
    return read(() -> membersByList.getOrDefault(listId, new LinkedHashSet<>()).size());
  }

  int followerCount(String listId) {
    return read(() -> followersByList.getOrDefault(listId, new LinkedHashSet<>()).size());
  }

  private List<SandboxList> listsOf(Map<String, LinkedHashSet<String>> listIdsByUser, String userId) {
    List<SandboxList> found = new ArrayList<>();
    listIdsByUser.getOrDefault(userId, new LinkedHashSet<>()).forEach(id -> found.add(lists.get(id)));
    return newestFirst(found);
  }

  private static void link(Map<String, LinkedHashSet<String>> index, String key, String value) {
    index.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(value);
  }

  private static void unlink(Map<String, LinkedHashSet<String>> index, String key, String value) {
    LinkedHashSet<String> values = index.get(key);
    if (values != null) {
      values.remove(value);
    }
  }

  private static <T> List<T> newestFirst(java.util.Collection<T> items) {
    List<T> copy = new ArrayList<>(items);
    Collections.reverse(copy);
    return copy;
  }

  private <T> T read(Supplier<T> action) {
    return guard.read(action);
  }

  private <T> T write(Supplier<T> action) {
    return guard.write(action);
  }
}
