package io.github.xconnector.resources;

import io.github.xconnector.generated.model.RepostRequest;
import io.github.xconnector.generated.model.RepostResponse;
import io.github.xconnector.generated.model.UndoRepostResponse;
import io.github.xconnector.generated.model.User;
import io.github.xconnector.generated.operations.RepostsOperations;
import io.github.xconnector.internal.CallArguments;
import io.github.xconnector.internal.CallExecutor;
import io.github.xconnector.paging.Paginator;

/** Reposts posts, undoes reposts, and walks who reposted a post. */
public final class RepostsService {

  private final CallExecutor calls;

  /**
   * Creates the service; {@code XClient} does this, and the call path it takes is internal to the SDK.
   *
   * @param calls the client's call path
   */
  public RepostsService(CallExecutor calls) {
    this.calls = calls;
  }

  /**
   * Reposts a post as the authenticated user.
   *
   * @param userId the authenticated user's id
   * @param postId the post to repost
   * @return whether the post is now reposted
   */
  public RepostResponse repost(String userId, String postId) {
    return calls.call(RepostsOperations.REPOST_POST, CallArguments.create().put("id", "userId", userId)
        .body(new RepostRequest().tweetId(postId)));
  }

  /**
   * Removes the authenticated user's repost of a post.
   *
   * @param userId the authenticated user's id
   * @param postId the reposted post
   * @return whether the post is still reposted
   */
  public UndoRepostResponse undo(String userId, String postId) {
    return calls.call(RepostsOperations.UNDO_REPOST, CallArguments.create().put("id", "userId", userId)
        .put("source_tweet_id", "postId", postId));
  }

  /**
   * Walks the users who reposted a post.
   *
   * @param postId the post
   * @param request page size (1 to 100), fields and start position
   * @return the users, fetched page by page as they are consumed
   */
  public Paginator<User> repostedBy(String postId, PageRequest request) {
    return calls.pages(RepostsOperations.GET_REPOSTED_BY, CallArguments.create().put("id", "postId", postId)
        .fields(request.fields().values()), request.maxResults(), request.paginationToken());
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
