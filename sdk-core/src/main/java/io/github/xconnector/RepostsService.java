package io.github.xconnector;

import io.github.xconnector.generated.api.RepostsApi;
import io.github.xconnector.generated.model.RepostRequest;
import io.github.xconnector.generated.model.RepostResponse;
import io.github.xconnector.generated.model.UndoRepostResponse;
import io.github.xconnector.generated.model.User;
import io.github.xconnector.internal.Pages;
import io.github.xconnector.internal.QueryParameters;
import io.github.xconnector.internal.Validate;

/** Reposts posts, undoes reposts, and walks who reposted a post. */
public final class RepostsService {

  private final RepostsApi api;
  private final String postFieldsParameter;

  RepostsService(RepostsApi api, String postFieldsParameter) {
    this.api = api;
    this.postFieldsParameter = postFieldsParameter;
  }

  /**
   * Reposts a post as the authenticated user.
   *
   * @param userId the authenticated user's id
   * @param postId the post to repost
   * @return whether the post is now reposted
   */
  public RepostResponse repost(String userId, String postId) {
    return api.repostPost(Validate.id("userId", userId), new RepostRequest().tweetId(Validate.id("postId", postId)));
  }

  /**
   * Removes the authenticated user's repost of a post.
   *
   * @param userId the authenticated user's id
   * @param postId the reposted post
   * @return whether the post is still reposted
   */
  public UndoRepostResponse undo(String userId, String postId) {
    return api.undoRepost(Validate.id("userId", userId), Validate.id("postId", postId));
  }

  /**
   * Walks the users who reposted a post.
   *
   * @param postId the post
   * @param request page size (1 to 100), fields and start position
   * @return the users, fetched page by page as they are consumed
   */
  public Paginator<User> repostedBy(String postId, PageRequest request) {
    String id = Validate.id("postId", postId);
    Validate.maxResults("repostedBy", request.maxResults(), 1, 100);
    return new Paginator<>(token -> {
      RepostsApi.GetRepostedByQueryParams query = new RepostsApi.GetRepostedByQueryParams();
      new QueryParameters(query, postFieldsParameter).put("max_results", request.maxResults())
          .put("pagination_token", token).fields(request.fields());
      return Pages.users(api.getRepostedByWithHttpInfo(id, query));
    }, request.paginationToken());
  }

  /**
   * Walks the users who reposted a post, with X's default options.
   *
   * @param postId the post
   * @return the users
   */
  public Paginator<User> repostedBy(String postId) {
    return repostedBy(postId, PageRequest.defaults());
  }
}
