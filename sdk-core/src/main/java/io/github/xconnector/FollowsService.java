package io.github.xconnector;

import io.github.xconnector.generated.api.FollowsApi;
import io.github.xconnector.generated.model.FollowRequest;
import io.github.xconnector.generated.model.FollowResponse;
import io.github.xconnector.generated.model.UnfollowResponse;
import io.github.xconnector.generated.model.User;
import io.github.xconnector.internal.Pages;
import io.github.xconnector.internal.QueryParameters;
import io.github.xconnector.internal.Validate;

/** Follows and unfollows users, and walks followers and followings. */
public final class FollowsService {

  private final FollowsApi api;
  private final String postFieldsParameter;

  FollowsService(FollowsApi api, String postFieldsParameter) {
    this.api = api;
    this.postFieldsParameter = postFieldsParameter;
  }

  /**
   * Makes the authenticated user follow another user. A protected account answers with a pending follow request.
   *
   * @param userId the authenticated user's id
   * @param targetUserId the user to follow
   * @return whether the user is now followed or the request is pending
   */
  public FollowResponse follow(String userId, String targetUserId) {
    FollowRequest body = new FollowRequest().targetUserId(Validate.id("targetUserId", targetUserId));
    return api.followUser(Validate.id("userId", userId), body);
  }

  /**
   * Makes the authenticated user stop following another user.
   *
   * @param userId the authenticated user's id
   * @param targetUserId the user to unfollow
   * @return whether the user is still followed
   */
  public UnfollowResponse unfollow(String userId, String targetUserId) {
    return api.unfollowUser(Validate.id("userId", userId), Validate.id("targetUserId", targetUserId));
  }

  /**
   * Walks the users who follow a user.
   *
   * @param userId the user's id
   * @param request page size (1 to 1000), fields and start position
   * @return the followers, fetched page by page as they are consumed
   */
  public Paginator<User> followers(String userId, PageRequest request) {
    String id = Validate.id("userId", userId);
    Validate.maxResults("followers", request.maxResults(), 1, 1000);
    return new Paginator<>(token -> {
      FollowsApi.GetFollowersQueryParams query = new FollowsApi.GetFollowersQueryParams();
      new QueryParameters(query, postFieldsParameter).put("max_results", request.maxResults())
          .put("pagination_token", token).fields(request.fields());
      return Pages.users(api.getFollowersWithHttpInfo(id, query));
    }, request.paginationToken());
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
    String id = Validate.id("userId", userId);
    Validate.maxResults("following", request.maxResults(), 1, 1000);
    return new Paginator<>(token -> {
      FollowsApi.GetFollowingQueryParams query = new FollowsApi.GetFollowingQueryParams();
      new QueryParameters(query, postFieldsParameter).put("max_results", request.maxResults())
          .put("pagination_token", token).fields(request.fields());
      return Pages.users(api.getFollowingWithHttpInfo(id, query));
    }, request.paginationToken());
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
