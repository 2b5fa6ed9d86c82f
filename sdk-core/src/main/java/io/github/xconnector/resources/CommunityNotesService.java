package io.github.xconnector.resources;

import io.github.xconnector.generated.model.Note;
import io.github.xconnector.generated.model.NoteCreateRequest;
import io.github.xconnector.generated.model.NoteCreateResponse;
import io.github.xconnector.generated.model.NoteDeleteResponse;
import io.github.xconnector.generated.model.NoteEvaluateRequest;
import io.github.xconnector.generated.model.NoteEvaluateResponse;
import io.github.xconnector.generated.model.NoteInfo;
import io.github.xconnector.generated.model.Post;
import io.github.xconnector.generated.operations.CommunityNotesOperations;
import io.github.xconnector.internal.CallArguments;
import io.github.xconnector.internal.CallExecutor;
import io.github.xconnector.paging.Paginator;

/**
 * Community Notes as an AI note writer sees them: find posts that may get a note, score a draft, write and delete
 * notes, and walk the notes written. Needs an OAuth 2.0 user token ({@code tweet.read} to read, {@code tweet.write}
 * to write). In test mode notes are only evaluated, never shown; X's writers start there.
 */
public final class CommunityNotesService {

  private final CallExecutor calls;

  /**
   * Creates the service; {@code XClient} does this, and the call path it takes is internal to the SDK.
   *
   * @param calls the client's call path
   */
  public CommunityNotesService(CallExecutor calls) {
    this.calls = calls;
  }

  /**
   * Walks the posts the authenticated user may write a note on.
   *
   * @param testMode {@code true} for the posts of the writer's test, {@code false} for posts on the product
   * @param request page size, post fields and expansions, and start position
   * @return the posts, fetched page by page as they are consumed
   */
  public Paginator<Post> eligiblePosts(boolean testMode, PageRequest request) {
    return eligiblePosts(testMode, null, request);
  }

  /**
   * Walks the posts the authenticated user may write a note on, from a chosen feed.
   *
   * @param testMode {@code true} for the posts of the writer's test, {@code false} for posts on the product
   * @param postSelection the feed, as X spells it (for example {@code feed_size: large, feed_lang: all}); {@code null}
   *     for X's default
   * @param request page size, post fields and expansions, and start position
   * @return the posts
   */
  public Paginator<Post> eligiblePosts(boolean testMode, String postSelection, PageRequest request) {
    return calls.pages(CommunityNotesOperations.SEARCH_POSTS_ELIGIBLE_FOR_NOTES, CallArguments.create()
        .put("test_mode", "testMode", testMode).put("post_selection", "postSelection", postSelection)
        .fields(request.fields().values()), request.maxResults(), request.paginationToken());
  }

  /**
   * Walks the notes the authenticated user wrote.
   *
   * @param testMode {@code true} for the notes written in test mode, {@code false} for those on the product
   * @param request page size, note fields ({@link Fields.Builder#note}) and start position
   * @return the notes
   */
  public Paginator<Note> written(boolean testMode, PageRequest request) {
    return calls.pages(CommunityNotesOperations.SEARCH_NOTES_WRITTEN, CallArguments.create()
        .put("test_mode", "testMode", testMode).fields(request.fields().values()), request.maxResults(),
        request.paginationToken());
  }

  /**
   * Scores the text of a draft note on a post; nothing is published, so the request is repeated after a failure
   * like a read.
   *
   * @param postId the post
   * @param noteText the draft's text
   * @return X's score of the draft
   */
  public NoteEvaluateResponse evaluate(String postId, String noteText) {
    return calls.call(CommunityNotesOperations.EVALUATE_NOTE, CallArguments.create()
        .body(new NoteEvaluateRequest().postId(postId).noteText(noteText)));
  }

  /**
   * Writes a note on a post. Not repeated after a failure that may have reached X: that could write it twice.
   *
   * @param postId the post
   * @param info the note: its text (with at least one link), classification, misleading tags and whether the
   *     sources are trustworthy
   * @param testMode {@code true} to submit it for the writer's test only
   * @return the new note's id
   */
  public NoteCreateResponse create(String postId, NoteInfo info, boolean testMode) {
    return calls.call(CommunityNotesOperations.CREATE_NOTE, CallArguments.create()
        .body(new NoteCreateRequest().postId(postId).info(info).testMode(testMode)));
  }

  /**
   * Deletes a note the authenticated user wrote.
   *
   * @param noteId the note
   * @return whether it was deleted
   */
  public NoteDeleteResponse delete(String noteId) {
    return calls.call(CommunityNotesOperations.DELETE_NOTE, CallArguments.create().put("id", "noteId", noteId));
  }
}
