package io.github.xconnector.resources;

import io.github.xconnector.generated.model.BookmarkAddRequest;
import io.github.xconnector.generated.model.BookmarkFolder;
import io.github.xconnector.generated.model.BookmarkFolderPostsResponse;
import io.github.xconnector.generated.model.BookmarkMutationResponse;
import io.github.xconnector.generated.model.Post;
import io.github.xconnector.generated.operations.BookmarksOperations;
import io.github.xconnector.internal.CallArguments;
import io.github.xconnector.internal.CallExecutor;
import io.github.xconnector.paging.Paginator;

/**
 * The authenticated user's bookmarks: walk, add and remove, and walk the bookmark folders and the posts in each.
 * Needs an OAuth 2.0 user token with {@code bookmark.read} or {@code bookmark.write}; the user id is the authenticated
 * user's own ({@code x.users().me()}).
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

  /**
   * Walks the folders the user sorted bookmarks into: each with its id and name.
   *
   * @param userId the authenticated user's id
   * @param request page size and start position; folders take no fields
   * @return the folders, fetched page by page as they are consumed
   * @throws IllegalArgumentException if the request selects fields
   */
  public Paginator<BookmarkFolder> folders(String userId, PageRequest request) {
    if (!request.fields().values().isEmpty()) {
      throw new IllegalArgumentException("Bookmark folders take no fields or expansions; X returns each folder's id"
          + " and name. Remove the fields from the PageRequest.");
    }
    return calls.pages(BookmarksOperations.GET_BOOKMARK_FOLDERS, CallArguments.create().put("id", "userId", userId),
        request.maxResults(), request.paginationToken());
  }

  /**
   * Walks the folders the user sorted bookmarks into, with X's default page size.
   *
   * @param userId the authenticated user's id
   * @return the folders
   */
  public Paginator<BookmarkFolder> folders(String userId) {
    return folders(userId, PageRequest.defaults());
  }

  /**
   * Returns the posts in one bookmark folder, by id only; look the posts up with {@code x.posts().get(ids, fields)}
   * for their text and other fields.
   *
   * @param userId the authenticated user's id
   * @param folderId the folder, from {@link #folders(String)}
   * @return the ids of the posts in the folder
   */
  public BookmarkFolderPostsResponse inFolder(String userId, String folderId) {
    return calls.call(BookmarksOperations.GET_BOOKMARK_FOLDER_POSTS, CallArguments.create()
        .put("id", "userId", userId).put("folder_id", "folderId", folderId));
  }
}
