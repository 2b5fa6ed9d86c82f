package io.github.xconnector.resources;

import io.github.xconnector.generated.model.CreatePostResponse;
import io.github.xconnector.errors.XValidationException;
import io.github.xconnector.generated.model.DeletePostResponse;
import io.github.xconnector.generated.model.HideReplyRequest;
import io.github.xconnector.generated.model.HideReplyResponse;
import io.github.xconnector.generated.model.Post;
import io.github.xconnector.generated.model.PostAnalyticsResponse;
import io.github.xconnector.generated.model.PostResponse;
import io.github.xconnector.generated.model.PostsResponse;
import io.github.xconnector.generated.operations.PostsOperations;
import io.github.xconnector.generated.operations.RepostsOperations;
import io.github.xconnector.internal.CallArguments;
import io.github.xconnector.internal.CallExecutor;
import io.github.xconnector.internal.Validate;
import io.github.xconnector.paging.Paginator;
import java.util.ArrayList;
import java.util.List;

/**
 * Publishes, edits, deletes and looks up posts; walks the posts that quote or repost a post; hides replies; reads
 * the analytics of one's own posts.
 */
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
    validator.check(Validate.present("draft", draft));
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

  /**
   * Walks the posts that quote a post, newest first.
   *
   * @param postId the quoted post
   * @param request page size, exclusions ({@code excludeReplies}, {@code excludeReposts}), fields and start
   *     position; X offers no time window or id range here
   * @return the quoting posts, fetched page by page as they are consumed
   * @throws XValidationException when the request sets a time window or id range
   */
  public Paginator<Post> quotes(String postId, TimelineRequest request) {
    if (request.sinceId() != null || request.untilId() != null || request.startTime() != null
        || request.endTime() != null) {
      throw new XValidationException("quotes cannot be limited by time or id (sinceId, untilId, startTime,"
          + " endTime); X offers no such filter there.");
    }
    List<String> exclude = new ArrayList<>();
    if (request.excludeReplies()) {
      exclude.add("replies");
    }
    if (request.excludeReposts()) {
      exclude.add("retweets");
    }
    return calls.pages(PostsOperations.GET_QUOTE_POSTS, CallArguments.create().put("id", "postId", postId)
        .put("exclude", exclude).fields(request.fields().values()), request.maxResults(), request.paginationToken());
  }

  /**
   * Walks the posts that quote a post, with X's default options.
   *
   * @param postId the quoted post
   * @return the quoting posts
   */
  public Paginator<Post> quotes(String postId) {
    return quotes(postId, TimelineRequest.defaults());
  }

  /**
   * Walks the reposts of a post: each is a post of its own, with its author. For the reposting users alone, see
   * {@code x.reposts().repostedBy(...)}.
   *
   * @param postId the reposted post
   * @param request page size, fields and start position
   * @return the reposts, fetched page by page as they are consumed
   */
  public Paginator<Post> reposts(String postId, PageRequest request) {
    return calls.pages(RepostsOperations.GET_REPOSTS, CallArguments.create().put("id", "postId", postId)
        .fields(request.fields().values()), request.maxResults(), request.paginationToken());
  }

  /**
   * Walks the reposts of a post, with X's default options.
   *
   * @param postId the reposted post
   * @return the reposts
   */
  public Paginator<Post> reposts(String postId) {
    return reposts(postId, PageRequest.defaults());
  }

  /**
   * Hides a reply to a conversation the authenticated user started. Hiding a hidden reply changes nothing, so a
   * failed attempt is repeated.
   *
   * @param replyId the reply
   * @return whether the reply is now hidden
   */
  public HideReplyResponse hideReply(String replyId) {
    return setHidden(replyId, true);
  }

  /**
   * Shows a reply that the authenticated user hid again.
   *
   * @param replyId the reply
   * @return whether the reply is still hidden
   */
  public HideReplyResponse unhideReply(String replyId) {
    return setHidden(replyId, false);
  }

  /**
   * Reads the engagement metrics (impressions, likes, clicks, ...) of some of the authenticated user's own posts over
   * a time range, as one total per post or per hour, day or week.
   *
   * @param request the posts, the range, the bucket size and the metrics
   * @return the metrics per post, and partial errors for posts X could not report on
   */
  public PostAnalyticsResponse analytics(PostAnalyticsRequest request) {
    return calls.call(PostsOperations.GET_POST_ANALYTICS, CallArguments.create()
        .put("ids", "postIds", request.postIds())
        .put("start_time", "startTime", request.startTime())
        .put("end_time", "endTime", request.endTime())
        .put("granularity", request.granularity())
        .fields(request.fields().values()));
  }

  private HideReplyResponse setHidden(String replyId, boolean hidden) {
    return calls.call(PostsOperations.HIDE_REPLY, CallArguments.create().put("tweet_id", "replyId", replyId)
        .body(new HideReplyRequest().hidden(hidden)));
  }
}
