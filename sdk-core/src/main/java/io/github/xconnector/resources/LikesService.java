package io.github.xconnector.resources;

import io.github.xconnector.generated.model.LikeRequest;
import io.github.xconnector.generated.model.LikeResponse;
import io.github.xconnector.generated.model.Post;
import io.github.xconnector.generated.model.UnlikeResponse;
import io.github.xconnector.generated.model.User;
import io.github.xconnector.generated.operations.LikesOperations;
import io.github.xconnector.internal.CallArguments;
import io.github.xconnector.internal.CallExecutor;
import io.github.xconnector.paging.Paginator;

/** Likes and unlikes posts, and walks likes. */
public final class LikesService {

  private final CallExecutor calls;

  /**
   * Creates the service; {@code XClient} does this, and the call path it takes is internal to the SDK.
   *
   * @param calls the client's call path
   */
  public LikesService(CallExecutor calls) {
    this.calls = calls;
  }

  /**
   * Likes a post as the authenticated user.
   *
   * @param userId the authenticated user's id
   * @param postId the post to like
   * @return whether the post is now liked
   */
  public LikeResponse like(String userId, String postId) {
    return calls.call(LikesOperations.LIKE_POST, CallArguments.create().put("id", "userId", userId)
        .body(new LikeRequest().tweetId(postId)));
  }

  /**
   * Removes the authenticated user's like from a post.
   *
   * @param userId the authenticated user's id
   * @param postId the post
   * @return whether the post is still liked
   */
  public UnlikeResponse unlike(String userId, String postId) {
    return calls.call(LikesOperations.UNLIKE_POST, CallArguments.create().put("id", "userId", userId)
        .put("tweet_id", "postId", postId));
  }

  /**
   * Walks the users who liked a post.
   *
   * @param postId the post
   * @param request page size (1 to 100), fields and start position
   * @return the users, fetched page by page as they are consumed
   */
  public Paginator<User> likingUsers(String postId, PageRequest request) {
    return calls.pages(LikesOperations.GET_LIKING_USERS, CallArguments.create().put("id", "postId", postId)
        .fields(request.fields().values()), request.maxResults(), request.paginationToken());
  }

  /**
   * Walks the users who liked a post, with X's default options.
   *
   * @param postId the post
   * @return the users
   */
  public Paginator<User> likingUsers(String postId) {
    return likingUsers(postId, PageRequest.defaults());
  }

  /**
   * Walks the posts a user liked.
   *
   * @param userId the user
   * @param request page size (5 to 100), fields and start position
   * @return the posts
   */
  public Paginator<Post> likedPosts(String userId, PageRequest request) {
    return calls.pages(LikesOperations.GET_LIKED_POSTS, CallArguments.create().put("id", "userId", userId)
        .fields(request.fields().values()), request.maxResults(), request.paginationToken());
  }

  /**
   * Walks the posts a user liked, with X's default options.
   *
   * @param userId the user
   * @return the posts
   */
  public Paginator<Post> likedPosts(String userId) {
    return likedPosts(userId, PageRequest.defaults());
  }
}
