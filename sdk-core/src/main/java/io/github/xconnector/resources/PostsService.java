package io.github.xconnector.resources;

import io.github.xconnector.generated.model.CreatePostResponse;
import io.github.xconnector.generated.model.DeletePostResponse;
import io.github.xconnector.generated.model.PostResponse;
import io.github.xconnector.generated.model.PostsResponse;
import io.github.xconnector.generated.operations.PostsOperations;
import io.github.xconnector.internal.CallArguments;
import io.github.xconnector.internal.CallExecutor;
import java.util.List;

/** Publishes, deletes and looks up posts. */
public final class PostsService {

  private final CallExecutor calls;
  private final PostValidator validator;

  /**
   * Creates the service; {@code XClient} does this, and the call path it takes is internal to the SDK.
   *
   * @param calls the client's call path
   * @param maxPostLength the longest post text by X's weighted count
   */
  public PostsService(CallExecutor calls, int maxPostLength) {
    this.calls = calls;
    this.validator = new PostValidator(maxPostLength);
  }

  /**
   * Publishes a post as the authenticated user. The draft is checked first (length by X's weighted count, media,
   * poll, reply and quote rules). The request is never repeated after it may have reached X, so a post is never
   * published twice; a failure that leaves this uncertain is an {@code XIoException} with
   * {@code possiblyDelivered()}.
   *
   * @param draft what to publish
   * @return the new post's id and text
   * @throws io.github.xconnector.errors.XValidationException when the draft breaks a rule
   */
  public CreatePostResponse create(PostDraft draft) {
    validator.check(draft);
    return calls.call(PostsOperations.CREATE_POST, CallArguments.create().body(draft.toRequest()));
  }

  /**
   * Publishes a post with text only.
   *
   * @param text the text
   * @return the new post's id and text
   */
  public CreatePostResponse create(String text) {
    return create(PostDraft.text(text).build());
  }

  /**
   * Deletes one of the authenticated user's posts.
   *
   * @param postId the post
   * @return whether it was deleted
   */
  public DeletePostResponse delete(String postId) {
    return calls.call(PostsOperations.DELETE_POST, CallArguments.create().put("id", "postId", postId));
  }

  /**
   * Looks up a post. A post that does not exist, was deleted or is protected is not an exception: X answers 200, and
   * the response's {@code getData()} is {@code null} with the reason in {@code getErrors()} (for example
   * {@code resource-not-found}).
   *
   * @param postId the post
   * @param fields the fields and expansions to return
   * @return the post with its includes, or no data and the partial error
   */
  public PostResponse get(String postId, Fields fields) {
    return calls.call(PostsOperations.GET_POST, CallArguments.create().put("id", "postId", postId)
        .fields(fields.values()));
  }

  /**
   * Looks up a post with X's default fields ({@code id}, {@code text}); see {@link #get(String, Fields)} for a post
   * that is gone.
   *
   * @param postId the post
   * @return the post, or no data and the partial error
   */
  public PostResponse get(String postId) {
    return get(postId, Fields.none());
  }

  /**
   * Looks up to 100 posts. Posts that cannot be returned (deleted, protected) come back as partial errors in
   * {@code getErrors()}, not as an exception.
   *
   * @param postIds the posts
   * @param fields the fields and expansions to return
   * @return the posts found and the partial errors
   */
  public PostsResponse get(List<String> postIds, Fields fields) {
    return calls.call(PostsOperations.GET_POSTS, CallArguments.create()
        .put("ids", "postIds", postIds == null ? List.of() : postIds).fields(fields.values()));
  }
}
