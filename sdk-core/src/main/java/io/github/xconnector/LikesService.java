package io.github.xconnector;

import io.github.xconnector.generated.api.LikesApi;
import io.github.xconnector.generated.model.LikeRequest;
import io.github.xconnector.generated.model.LikeResponse;
import io.github.xconnector.generated.model.Post;
import io.github.xconnector.generated.model.UnlikeResponse;
import io.github.xconnector.generated.model.User;
import io.github.xconnector.internal.Pages;
import io.github.xconnector.internal.QueryParameters;
import io.github.xconnector.internal.Validate;

/** Likes and unlikes posts, and walks likes. */
public final class LikesService {

  private final LikesApi api;
  private final String postFieldsParameter;

  LikesService(LikesApi api, String postFieldsParameter) {
    this.api = api;
    this.postFieldsParameter = postFieldsParameter;
  }

  /**
   * Likes a post as the authenticated user.
   *
   * @param userId the authenticated user's id
   * @param postId the post to like
   * @return whether the post is now liked
   */
  public LikeResponse like(String userId, String postId) {
    return api.likePost(Validate.id("userId", userId), new LikeRequest().tweetId(Validate.id("postId", postId)));
  }

  /**
   * Removes the authenticated user's like from a post.
   *
   * @param userId the authenticated user's id
   * @param postId the post
   * @return whether the post is still liked
   */
  public UnlikeResponse unlike(String userId, String postId) {
    return api.unlikePost(Validate.id("userId", userId), Validate.id("postId", postId));
  }

  /**
   * Walks the users who liked a post.
   *
   * @param postId the post
   * @param request page size (1 to 100), fields and start position
   * @return the users, fetched page by page as they are consumed
   */
  public Paginator<User> likingUsers(String postId, PageRequest request) {
    String id = Validate.id("postId", postId);
    Validate.maxResults("likingUsers", request.maxResults(), 1, 100);
    return new Paginator<>(token -> {
      LikesApi.GetLikingUsersQueryParams query = new LikesApi.GetLikingUsersQueryParams();
      new QueryParameters(query, postFieldsParameter).put("max_results", request.maxResults())
          .put("pagination_token", token).fields(request.fields());
      return Pages.users(api.getLikingUsersWithHttpInfo(id, query));
    }, request.paginationToken());
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
    String id = Validate.id("userId", userId);
    Validate.maxResults("likedPosts", request.maxResults(), 5, 100);
    return new Paginator<>(token -> {
      LikesApi.GetLikedPostsQueryParams query = new LikesApi.GetLikedPostsQueryParams();
      new QueryParameters(query, postFieldsParameter).put("max_results", request.maxResults())
          .put("pagination_token", token).fields(request.fields());
      return Pages.posts(api.getLikedPostsWithHttpInfo(id, query));
    }, request.paginationToken());
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
