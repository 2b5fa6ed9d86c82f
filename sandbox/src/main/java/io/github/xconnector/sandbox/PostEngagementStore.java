package io.github.xconnector.sandbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the sandbox keeps about posts beyond the posts themselves: which replies their conversation's author hid, and
 * the edit history of edited posts (every version's id, oldest first). Thread-safe.
 */
final class PostEngagementStore {

  private final Set<String> hiddenReplies = new HashSet<>();
  private final Map<String, List<String>> editHistories = new HashMap<>();

  /** Hides or shows a reply; returns whether it is hidden now. */
  synchronized boolean setHidden(String replyId, boolean hidden) {
    if (hidden) {
      hiddenReplies.add(replyId);
    } else {
      hiddenReplies.remove(replyId);
    }
    return hidden;
  }

  synchronized boolean isHidden(String replyId) {
    return hiddenReplies.contains(replyId);
  }

  /** The ids of every version of a post, oldest first; a post never edited is its only version. */
  synchronized List<String> editHistory(String postId) {
    return List.copyOf(editHistories.getOrDefault(postId, List.of(postId)));
  }

  /** Records that {@code newId} is the next version of {@code previousId}; returns the new version's history. */
  synchronized List<String> recordEdit(String previousId, String newId) {
    List<String> history = new ArrayList<>(editHistories.getOrDefault(previousId, List.of(previousId)));
    history.add(newId);
    List<String> shared = List.copyOf(history);
    for (String version : shared) {
      editHistories.put(version, shared);
    }
    return shared;
  }
}
