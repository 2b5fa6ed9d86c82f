package io.github.xconnector.sandbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The sandbox's state in memory: posts, likes, bookmarks, reposts and pins here, users and follows in a {@link SocialGraph}.
 *
 * <p>One read-write lock guards the posts, likes and reposts. They change together (deleting a post removes its likes
 * and reposts), so finer locks would let a reader see half a change; traffic in tests is far too low for one lock to
 * matter. The graph has its own lock and is never called while this one is held for writing. Lists are returned as
 * copies, newest first, as X orders them.
 */
final class SandboxState {

  /** The public metrics of a post, derived from the state. */
  record PostMetrics(int retweetCount, int replyCount, int likeCount, int quoteCount) {}

  /** The public metrics of a user, derived from the state. */
  record UserMetrics(int followersCount, int followingCount, int tweetCount, int likeCount) {}

  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final Clock clock;
  private final PostIds ids;
  private final SocialGraph graph = new SocialGraph();
  private final NavigableMap<Long, Post> posts = new TreeMap<>();
  private final Map<String, LinkedHashSet<String>> likersByPost = new HashMap<>();
  private final Map<String, LinkedHashSet<String>> likedByUser = new HashMap<>();
  private final Map<String, LinkedHashSet<String>> bookmarksByUser = new HashMap<>();
  private final Map<String, LinkedHashMap<String, String>> repostIdsByPost = new HashMap<>();
  private final Map<String, String> pinnedPosts = new HashMap<>();
  private final UserRelations relations = new UserRelations();
  private final BookmarkFolders bookmarkFolders = new BookmarkFolders();
  private final List<Consumer<Post>> publishListeners = new CopyOnWriteArrayList<>();

  SandboxState(Clock clock) {
    this.clock = clock;
    this.ids = new PostIds();
  }

  Clock clock() {
    return clock;
  }

  /** Mutes, blocks and affiliates, kept apart from the follows. */
  UserRelations relations() {
    return relations;
  }

  /** The users' bookmark folders. */
  BookmarkFolders bookmarkFolders() {
    return bookmarkFolders;
  }

  // ---- users and follows, kept by the social graph

  void addUser(SandboxUser user) {
    graph.addUser(user);
  }

  Optional<SandboxUser> user(String id) {
    return graph.user(id);
  }

  Optional<SandboxUser> userByUsername(String username) {
    return graph.userByUsername(username);
  }

  List<SandboxUser> users() {
    return graph.users();
  }

  /** Makes source follow target; returns false when the target is protected (the follow stays pending). */
  boolean follow(String sourceId, String targetId) {
    return graph.follow(sourceId, targetId);
  }

  void unfollow(String sourceId, String targetId) {
    graph.unfollow(sourceId, targetId);
  }

  List<SandboxUser> followers(String userId) {
    return graph.followers(userId);
  }

  List<SandboxUser> following(String userId) {
    return graph.following(userId);
  }

  Set<String> followingIds(String userId) {
    return graph.followingIds(userId);
  }

  UserMetrics userMetrics(String userId) {
    return read(() -> new UserMetrics(graph.followersCount(userId), graph.followingCount(userId),
        (int) posts.values().stream().filter(p -> p.authorId().equals(userId)).count(),
        likedByUser.getOrDefault(userId, new LinkedHashSet<>()).size()));
  }

  void pin(String userId, String postId) {
    write(() -> pinnedPosts.put(userId, postId));
  }

  Optional<String> pinnedPostId(String userId) {
    return read(() -> Optional.ofNullable(pinnedPosts.get(userId)).filter(id -> posts.containsKey(Long.parseLong(id))));
  }

  Optional<String> mostRecentPostId(String userId) {
    return read(() -> posts.descendingMap().values().stream()
        .filter(p -> p.authorId().equals(userId)).map(Post::id).findFirst());
  }

  // ---- posts

  /** Stores a post built from a fresh snowflake-like id and the current time, and returns it. */
  Post publish(PostFactory factory) {
    return publishAt(clock.instant(), factory);
  }

  /** Stores a post with a given creation time (seed data lies in the past). */
  Post publishAt(Instant createdAt, PostFactory factory) {
    Post published = write(() -> {
      Post post = factory.create(ids.next(createdAt), createdAt);
      posts.put(post.numericId(), post);
      return post;
    });
    announce(published);
    return published;
  }

  /** Calls the listener with every post stored from now on (reposts included), after the state holds it. */
  void onPublish(Consumer<Post> listener) {
    publishListeners.add(listener);
  }

  private void announce(Post post) {
    publishListeners.forEach(listener -> listener.accept(post));
  }

  /** Builds a post once its id and time are known. */
  @FunctionalInterface
  interface PostFactory {
    Post create(String id, Instant createdAt);
  }

  Optional<Post> post(String id) {
    return read(() -> Optional.ofNullable(parseId(id)).map(posts::get));
  }

  /** All posts matching the filter, newest first. */
  List<Post> posts(Predicate<Post> filter) {
    return read(() -> posts.descendingMap().values().stream().filter(filter).toList());
  }

  /** Deletes a post with its likes and reposts; returns false if it did not exist. */
  boolean delete(String postId) {
    return write(() -> {
      Post removed = posts.remove(Long.parseLong(postId));
      if (removed == null) {
        return false;
      }
      for (String liker : likersByPost.getOrDefault(postId, new LinkedHashSet<>())) {
        likedByUser.getOrDefault(liker, new LinkedHashSet<>()).remove(postId);
      }
      likersByPost.remove(postId);
      bookmarksByUser.values().forEach(bookmarks -> bookmarks.remove(postId));
      for (String repostId : repostIdsByPost.getOrDefault(postId, new LinkedHashMap<>()).values()) {
        posts.remove(Long.parseLong(repostId));
      }
      repostIdsByPost.remove(postId);
      String source = removed.referencedId("retweeted");
      if (source != null) {
        repostIdsByPost.getOrDefault(source, new LinkedHashMap<>()).remove(removed.authorId());
      }
      return true;
    });
  }

  PostMetrics postMetrics(String postId) {
    return read(() -> new PostMetrics(
        repostIdsByPost.getOrDefault(postId, new LinkedHashMap<>()).size(),
        (int) posts.values().stream().filter(p -> postId.equals(p.referencedId("replied_to"))).count(),
        likersByPost.getOrDefault(postId, new LinkedHashSet<>()).size(),
        (int) posts.values().stream().filter(p -> postId.equals(p.referencedId("quoted"))).count()));
  }

  // ---- likes and reposts

  void like(String userId, String postId) {
    write(() -> {
      likersByPost.computeIfAbsent(postId, k -> new LinkedHashSet<>()).add(userId);
      likedByUser.computeIfAbsent(userId, k -> new LinkedHashSet<>()).add(postId);
      return null;
    });
  }

  void unlike(String userId, String postId) {
    write(() -> {
      likersByPost.getOrDefault(postId, new LinkedHashSet<>()).remove(userId);
      likedByUser.getOrDefault(userId, new LinkedHashSet<>()).remove(postId);
      return null;
    });
  }

  List<SandboxUser> likingUsers(String postId) {
    return graph.newestFirstCopy(read(() -> new LinkedHashSet<>(likersByPost.getOrDefault(postId,
        new LinkedHashSet<>()))));
  }

  List<Post> likedPosts(String userId) {
    return read(() -> {
      List<Post> liked = new ArrayList<>();
      for (String id : likedByUser.getOrDefault(userId, new LinkedHashSet<>())) {
        Optional.ofNullable(posts.get(Long.parseLong(id))).ifPresent(liked::add);
      }
      Collections.reverse(liked);
      return liked;
    });
  }

  // ---- bookmarks

  /** Bookmarks a post for the user; bookmarking it again changes nothing. */
  void bookmark(String userId, String postId) {
    write(() -> bookmarksByUser.computeIfAbsent(userId, k -> new LinkedHashSet<>()).add(postId));
  }

  void removeBookmark(String userId, String postId) {
    write(() -> bookmarksByUser.getOrDefault(userId, new LinkedHashSet<>()).remove(postId));
  }

  /** The user's bookmarked posts, the newest bookmark first. */
  List<Post> bookmarks(String userId) {
    return read(() -> {
      List<Post> bookmarked = new ArrayList<>();
      for (String id : bookmarksByUser.getOrDefault(userId, new LinkedHashSet<>())) {
        Optional.ofNullable(posts.get(Long.parseLong(id))).ifPresent(bookmarked::add);
      }
      Collections.reverse(bookmarked);
      return bookmarked;
    });
  }

  /** Reposts a post as the user, once; returns the repost (an existing one if the user already reposted). */
  Post repost(String userId, Post source, String text) {
    Instant now = clock.instant();
    Post[] created = new Post[1];
    Post result = write(() -> {
      Map<String, String> reposts = repostIdsByPost.computeIfAbsent(source.id(), k -> new LinkedHashMap<>());
      String existing = reposts.get(userId);
      if (existing != null) {
        return posts.get(Long.parseLong(existing));
      }
      String id = ids.next(now);
      Post repost = new Post(id, userId, text, now, id, null,
          List.of(new Post.Reference("retweeted", source.id())), List.of(), null, null);
      posts.put(repost.numericId(), repost);
      reposts.put(userId, id);
      created[0] = repost;
      return repost;
    });
    if (created[0] != null) {
      announce(created[0]);
    }
    return result;
  }

  /** Removes the user's repost of a post, if any. */
  void undoRepost(String userId, String sourceId) {
    write(() -> {
      String repostId = repostIdsByPost.getOrDefault(sourceId, new LinkedHashMap<>()).remove(userId);
      if (repostId != null) {
        posts.remove(Long.parseLong(repostId));
      }
      return null;
    });
  }

  List<SandboxUser> repostedBy(String postId) {
    return graph.newestFirstCopy(read(() -> new LinkedHashSet<>(repostIdsByPost.getOrDefault(postId,
        new LinkedHashMap<>()).keySet())));
  }

  // ---- helpers (callers hold the lock)

  private static Long parseId(String id) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private <T> T read(Supplier<T> action) {
    lock.readLock().lock();
    try {
      return action.get();
    } finally {
      lock.readLock().unlock();
    }
  }

  private <T> T write(Supplier<T> action) {
    lock.writeLock().lock();
    try {
      return action.get();
    } finally {
      lock.writeLock().unlock();
    }
  }
}
