package io.github.xconnector.resources;

import io.github.xconnector.generated.model.FollowRequest;
import io.github.xconnector.generated.model.FollowResponse;
import io.github.xconnector.generated.model.UnfollowResponse;
import io.github.xconnector.generated.model.User;
import io.github.xconnector.generated.operations.FollowsOperations;
import io.github.xconnector.internal.CallArguments;
import io.github.xconnector.internal.CallExecutor;
import io.github.xconnector.paging.Paginator;

/** Follows and unfollows users, and walks followers and followings. */
public final class FollowsService {

  private final CallExecutor calls;

  /**
   * Creates the service; {@code XClient} does this, and the call path it takes is internal to the SDK.
   *
   * @param calls the client's call path
   */
  public FollowsService(CallExecutor calls) {
    this.calls = calls;
  }

  /**
   * Makes the authenticated user follow another user. A protected account answers with a pending follow request.
   *
   * @param userId the authenticated user's id
   * @param targetUserId the user to follow
   * @return whether the user is now followed or the request is pending
   */
  public FollowResponse follow(String userId, String targetUserId) {
    FollowRequest body = new FollowRequest().targetUserId(targetUserId);
    return calls.call(FollowsOperations.FOLLOW_USER, CallArguments.create().put("id", "userId", userId).body(body));
  }

  /**
   * Makes the authenticated user stop following another user.
   *
   * @param userId the authenticated user's id
   * @param targetUserId the user to unfollow
   * @return whether the user is still followed
   */
  public UnfollowResponse unfollow(String userId, String targetUserId) {
    return calls.call(FollowsOperations.UNFOLLOW_USER, CallArguments.create().put("source_user_id", "userId", userId)
        .put("target_user_id", "targetUserId", targetUserId));
  }

  /**
   * Walks the users who follow a user.
   *
   * @param userId the user's id
   * @param request page size (1 to 1000), fields and start position
   * @return the followers, fetched page by page as they are consumed
   */
  public Paginator<User> followers(String userId, PageRequest request) {
    return calls.pages(FollowsOperations.GET_FOLLOWERS, CallArguments.create().put("id", "userId", userId)
        .fields(request.fields().values()), request.maxResults(), request.paginationToken());
  }

  /**
   * Walks the users who follow a user, with X's default options.
   *
   * @param userId the user's id
   * @return the followers
   */
  public Paginator<User> followers(String userId) {
    return followers(userId, PageRequest.defaults());
  }

  /**
   * Walks the users a user follows.
   *
   * @param userId the user's id
   * @param request page size (1 to 1000), fields and start position
   * @return the followed users
   */
  public Paginator<User> following(String userId, PageRequest request) {
    return calls.pages(FollowsOperations.GET_FOLLOWING, CallArguments.create().put("id", "userId", userId)
        .fields(request.fields().values()), request.maxResults(), request.paginationToken());
  }

  /**
   * Walks the users a user follows, with X's default options.
   *
   * @param userId the user's id
   * @return the followed users
   */
  public Paginator<User> following(String userId) {
    return following(userId, PageRequest.defaults());
  }
}
