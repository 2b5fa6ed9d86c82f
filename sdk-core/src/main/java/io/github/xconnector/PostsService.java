package io.github.xconnector;

import io.github.xconnector.generated.api.PostsApi;
import io.github.xconnector.generated.model.CreatePostResponse;
import io.github.xconnector.generated.model.DeletePostResponse;
import io.github.xconnector.generated.model.PostResponse;
import io.github.xconnector.generated.model.PostsResponse;
import io.github.xconnector.internal.PostValidator;
import io.github.xconnector.internal.QueryParameters;
import io.github.xconnector.internal.Validate;
import java.util.List;

/** Publishes, deletes and looks up posts. */
public final class PostsService {

  private final PostsApi api;
  private final String postFieldsParameter;
  private final PostValidator validator;

  PostsService(PostsApi api, String postFieldsParameter, PostValidator validator) {
    this.api = api;
    this.postFieldsParameter = postFieldsParameter;
    this.validator = validator;
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
    return api.createPost(draft.toRequest());
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
    return api.deletePost(Validate.id("postId", postId));
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
    PostsApi.GetPostQueryParams query = new PostsApi.GetPostQueryParams();
    new QueryParameters(query, postFieldsParameter).fields(fields);
    return api.getPost(Validate.id("postId", postId), query);
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
    PostsApi.GetPostsQueryParams query = new PostsApi.GetPostsQueryParams();
    new QueryParameters(query, postFieldsParameter).put("ids", Validate.ids("postIds", postIds, 100)).fields(fields);
    return api.getPosts(query);
  }
}
