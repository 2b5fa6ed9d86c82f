package io.github.xconnector.internal;

import io.github.xconnector.AuthenticationType;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What each supported operation accepts as authentication, as the {@code security} of {@code spec/x-api.yaml} says.
 *
 * <p>A test compares this table with the spec, so the two cannot drift apart.
 */
public final class OperationSecurity {

  private static final Map<String, OperationSecurity> BY_OPERATION_ID = load();

  private final String operationId;
  private final String endpoint;
  private final boolean appOnlyAllowed;
  private final boolean userContextAllowed;
  private final Set<String> scopes;

  private OperationSecurity(String operationId, String endpoint, boolean appOnlyAllowed, boolean userContextAllowed,
      Set<String> scopes) {
    this.operationId = operationId;
    this.endpoint = endpoint;
    this.appOnlyAllowed = appOnlyAllowed;
    this.userContextAllowed = userContextAllowed;
    this.scopes = scopes;
  }

  private static Map<String, OperationSecurity> load() {
    Map<String, OperationSecurity> map = new HashMap<>();
    add(map, "createPost", "POST /2/tweets", false, true, "tweet.read", "tweet.write", "users.read");
    add(map, "getPosts", "GET /2/tweets", true, true, "tweet.read", "users.read");
    add(map, "deletePost", "DELETE /2/tweets/{id}", false, true, "tweet.read", "tweet.write", "users.read");
    add(map, "getPost", "GET /2/tweets/{id}", true, true, "tweet.read", "users.read");
    add(map, "getUserPosts", "GET /2/users/{id}/tweets", true, true, "tweet.read", "users.read");
    add(map, "getUserMentions", "GET /2/users/{id}/mentions", true, true, "tweet.read", "users.read");
    add(map, "getHomeTimeline", "GET /2/users/{id}/timelines/reverse_chronological", false, true, "tweet.read", "users.read");
    add(map, "searchRecentPosts", "GET /2/tweets/search/recent", true, true, "tweet.read", "users.read");
    add(map, "countRecentPosts", "GET /2/tweets/counts/recent", true, false);
    add(map, "getMe", "GET /2/users/me", false, true, "tweet.read", "users.read");
    add(map, "getUser", "GET /2/users/{id}", true, true, "tweet.read", "users.read");
    add(map, "getUsers", "GET /2/users", true, true, "tweet.read", "users.read");
    add(map, "getUserByUsername", "GET /2/users/by/username/{username}", true, true, "tweet.read", "users.read");
    add(map, "getUsersByUsernames", "GET /2/users/by", true, true, "tweet.read", "users.read");
    add(map, "followUser", "POST /2/users/{id}/following", false, true, "follows.write", "tweet.read", "users.read");
    add(map, "getFollowing", "GET /2/users/{id}/following", true, true, "follows.read", "tweet.read", "users.read");
    add(map, "unfollowUser", "DELETE /2/users/{source_user_id}/following/{target_user_id}", false, true, "follows.write", "tweet.read", "users.read");
    add(map, "getFollowers", "GET /2/users/{id}/followers", true, true, "follows.read", "tweet.read", "users.read");
    add(map, "likePost", "POST /2/users/{id}/likes", false, true, "like.write", "tweet.read", "users.read");
    add(map, "unlikePost", "DELETE /2/users/{id}/likes/{tweet_id}", false, true, "like.write", "tweet.read", "users.read");
    add(map, "getLikingUsers", "GET /2/tweets/{id}/liking_users", false, true, "like.read", "tweet.read", "users.read");
    add(map, "getLikedPosts", "GET /2/users/{id}/liked_tweets", false, true, "like.read", "tweet.read", "users.read");
    add(map, "repostPost", "POST /2/users/{id}/retweets", false, true, "tweet.read", "tweet.write", "users.read");
    add(map, "undoRepost", "DELETE /2/users/{id}/retweets/{source_tweet_id}", false, true, "tweet.read", "tweet.write", "users.read");
    add(map, "getRepostedBy", "GET /2/tweets/{id}/retweeted_by", true, true, "tweet.read", "users.read");
    add(map, "uploadMedia", "POST /2/media/upload", false, true, "media.write");
    add(map, "getMediaUploadStatus", "GET /2/media/upload", false, true, "media.write");
    add(map, "initializeMediaUpload", "POST /2/media/upload/initialize", false, true, "media.write");
    add(map, "appendMediaUpload", "POST /2/media/upload/{id}/append", false, true, "media.write");
    add(map, "finalizeMediaUpload", "POST /2/media/upload/{id}/finalize", false, true, "media.write");
    add(map, "createMediaMetadata", "POST /2/media/metadata", false, true, "media.write");
    return Collections.unmodifiableMap(map);
  }

  private static void add(Map<String, OperationSecurity> map, String operationId, String endpoint,
      boolean appOnlyAllowed, boolean userContextAllowed, String... scopes) {
    map.put(operationId, new OperationSecurity(operationId, endpoint, appOnlyAllowed, userContextAllowed,
        Collections.unmodifiableSet(new LinkedHashSet<>(List.of(scopes)))));
  }

  /**
   * Finds the security of an operation by its operation id (the generated method name).
   *
   * @param operationId the operation id, with or without the {@code WithHttpInfo} suffix
   * @return the security, or {@code null} for a method that is not an operation of the spec
   */
  public static OperationSecurity of(String operationId) {
    String id = operationId.endsWith("WithHttpInfo")
        ? operationId.substring(0, operationId.length() - "WithHttpInfo".length()) : operationId;
    return BY_OPERATION_ID.get(id);
  }

  /**
   * Returns every operation's security, keyed by operation id.
   *
   * @return an unmodifiable map
   */
  public static Map<String, OperationSecurity> all() {
    return BY_OPERATION_ID;
  }

  /** @return the operation id in the spec */
  public String operationId() {
    return operationId;
  }

  /** @return the method and path, for example {@code POST /2/tweets} */
  public String endpoint() {
    return endpoint;
  }

  /** @return whether an app-only Bearer token may call the operation */
  public boolean appOnlyAllowed() {
    return appOnlyAllowed;
  }

  /** @return whether an OAuth 2.0 user token may call the operation */
  public boolean userContextAllowed() {
    return userContextAllowed;
  }

  /** @return the OAuth 2.0 scopes a user token needs */
  public Set<String> scopes() {
    return scopes;
  }

  /**
   * Tells whether a kind of authentication may call the operation.
   *
   * @param type the kind of authentication
   * @return {@code true} when allowed
   */
  public boolean allows(AuthenticationType type) {
    return type == AuthenticationType.APP_ONLY ? appOnlyAllowed : userContextAllowed;
  }
}
