package io.github.xconnector.sandbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The bookmark folders of each user: a name and the bookmarked posts filed in it. A folder holds post ids only; the
 * bookmarks themselves stay in {@link SandboxState}. Removing a bookmark takes the post out of its folders (bookmarking
 * it again does not put it back), and a deleted post is left out when a folder is read.
 *
 * <p>Methods are synchronized: folders change rarely and only through the sandbox's seed or its Java API.
 */
final class BookmarkFolders {

  /** A folder as listed: its id and name. */
  record Folder(String id, String name) {}

  private final AtomicLong nextId = new AtomicLong(1800000000000000001L);
  private final Map<String, LinkedHashMap<String, Folder>> foldersByUser = new HashMap<>();
  private final Map<String, LinkedHashSet<String>> postIdsByFolder = new HashMap<>();

  /** Creates an empty folder for the user and returns it. */
  synchronized Folder create(String userId, String name) {
    Folder folder = new Folder(Long.toString(nextId.getAndIncrement()), name);
    foldersByUser.computeIfAbsent(userId, k -> new LinkedHashMap<>()).put(folder.id(), folder);
    postIdsByFolder.put(folder.id(), new LinkedHashSet<>());
    return folder;
  }

  /** Files a post in one of the user's folders; filing it again changes nothing. */
  synchronized void file(String userId, String folderId, String postId) {
    if (!foldersByUser.getOrDefault(userId, new LinkedHashMap<>()).containsKey(folderId)) {
      throw new IllegalArgumentException("User " + userId + " has no bookmark folder " + folderId);
    }
    postIdsByFolder.get(folderId).add(postId);
  }

  /** Takes a post out of every folder of the user, as removing its bookmark does. */
  synchronized void unfile(String userId, String postId) {
    foldersByUser.getOrDefault(userId, new LinkedHashMap<>()).keySet()
        .forEach(folderId -> postIdsByFolder.get(folderId).remove(postId));
  }

  /** The user's folders, in the order they were created. */
  synchronized List<Folder> folders(String userId) {
    return List.copyOf(foldersByUser.getOrDefault(userId, new LinkedHashMap<>()).values());
  }

  /** The ids filed in one of the user's folders, newest first, or empty if the user has no such folder. */
  synchronized Optional<List<String>> postIds(String userId, String folderId) {
    if (!foldersByUser.getOrDefault(userId, new LinkedHashMap<>()).containsKey(folderId)) {
      return Optional.empty();
    }
    List<String> ids = new ArrayList<>(postIdsByFolder.get(folderId));
    java.util.Collections.reverse(ids);
    return Optional.of(ids);
  }
}
