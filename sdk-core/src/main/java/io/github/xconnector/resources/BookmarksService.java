package io.github.xconnector.resources;

import io.github.xconnector.generated.model.BookmarkAddRequest;
import io.github.xconnector.generated.model.BookmarkMutationResponse;
import io.github.xconnector.generated.model.Post;
import io.github.xconnector.generated.operations.BookmarksOperations;
import io.github.xconnector.internal.CallArguments;
import io.github.xconnector.internal.CallExecutor;
import io.github.xconnector.paging.Paginator;

/**
 * The authenticated user's bookmarks: walk, add and remove. Needs an OAuth 2.0 user token with {@code bookmark.read}
 * or {@code bookmark.write}; the user id is the authenticated user's own ({@code x.users().me()}).
 */
public final class BookmarksService {

  private final CallExecutor calls;

  /**
   * Creates the service; {@code XClient} does this, and the call path it takes is internal to the SDK.
   *
   * @param calls the client's call path
   */
  public BookmarksService(CallExecutor calls) {
    this.calls = calls;
  }

  /**
   * Walks the posts the user bookmarked, newest bookmark first.
   *
   * @param userId the authenticated user's id
   * @param request page size, fields and start position
   * @return the posts, fetched page by page as they are consumed
   */
  public Paginator<Post> list(String userId, PageRequest request) {
    return calls.pages(BookmarksOperations.GET_BOOKMARKS, CallArguments.create().put("id", "userId", userId)
        .fields(request.fields().values()), request.maxResults(), request.paginationToken());
  }

  /**
   * Walks the posts the user bookmarked, with X's default page size and fields.
   *
   * @param userId the authenticated user's id
   * @return the posts
   */
  public Paginator<Post> list(String userId) {
    return list(userId, PageRequest.defaults());
  }

  /**
   * Bookmarks a post. Bookmarking a post twice changes nothing, so the request is repeated after a failure like a
   * read.
   *
   * @param userId the authenticated user's id
   * @param postId the post
   * @return whether the post is now bookmarked
   */
  public BookmarkMutationResponse add(String userId, String postId) {
    return calls.call(BookmarksOperations.ADD_BOOKMARK, CallArguments.create().put("id", "userId", userId)
        .body(new BookmarkAddRequest().tweetId(postId)));
  }

  /**
   * Removes a post from the bookmarks.
   *
   * @param userId the authenticated user's id
   * @param postId the post
   * @return whether the post is still bookmarked
   */
  public BookmarkMutationResponse remove(String userId, String postId) {
    return calls.call(BookmarksOperations.REMOVE_BOOKMARK, CallArguments.create().put("id", "userId", userId)
        .put("tweet_id", "postId", postId));
  }
}
