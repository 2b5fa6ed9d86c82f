package io.github.xconnector.resources;

import io.github.xconnector.errors.XValidationException;
import io.github.xconnector.generated.model.Post;
import io.github.xconnector.generated.operations.TimelinesOperations;
import io.github.xconnector.internal.CallArguments;
import io.github.xconnector.internal.CallExecutor;
import io.github.xconnector.paging.Paginator;
import java.util.ArrayList;
import java.util.List;

/** Reads timelines: a user's posts, the posts that mention a user, and the authenticated user's home timeline. */
public final class TimelinesService {

  private final CallExecutor calls;

  /**
   * Creates the service; {@code XClient} does this, and the call path it takes is internal to the SDK.
   *
   * @param calls the client's call path
   */
  public TimelinesService(CallExecutor calls) {
    this.calls = calls;
  }

  /**
   * Walks the posts a user wrote, newest first.
   *
   * @param userId the user's id
   * @param request page size, window, exclusions, fields and start position
   * @return the posts, fetched page by page as they are consumed
   */
  public Paginator<Post> userPosts(String userId, TimelineRequest request) {
    return calls.pages(TimelinesOperations.GET_USER_POSTS, arguments(userId, request, true), request.maxResults(),
        request.paginationToken());
  }

  /**
   * Walks the posts a user wrote, newest first, with X's default options.
   *
   * @param userId the user's id
   * @return the posts
   */
  public Paginator<Post> userPosts(String userId) {
    return userPosts(userId, TimelineRequest.defaults());
  }

  /**
   * Walks the posts that mention a user, newest first.
   *
   * @param userId the user's id
   * @param request page size, window, fields and start position (exclusions are not available here)
   * @return the posts
   */
  public Paginator<Post> mentions(String userId, TimelineRequest request) {
    if (request.excludeReplies() || request.excludeReposts()) {
      throw new XValidationException("mentions cannot exclude replies or reposts; X offers no such filter there.");
    }
    return calls.pages(TimelinesOperations.GET_USER_MENTIONS, arguments(userId, request, false),
        request.maxResults(), request.paginationToken());
  }

  /**
   * Walks the posts that mention a user with X's default options.
   *
   * @param userId the user's id
   * @return the posts
   */
  public Paginator<Post> mentions(String userId) {
    return mentions(userId, TimelineRequest.defaults());
  }

  /**
   * Walks the authenticated user's home timeline, newest first. Needs an OAuth 2.0 user token.
   *
   * @param userId the authenticated user's id ({@code x.users().me()})
   * @param request page size, window, exclusions, fields and start position
   * @return the posts
   */
  public Paginator<Post> home(String userId, TimelineRequest request) {
    return calls.pages(TimelinesOperations.GET_HOME_TIMELINE, arguments(userId, request, true), request.maxResults(),
        request.paginationToken());
  }

  /**
   * Walks the authenticated user's home timeline with X's default options.
   *
   * @param userId the authenticated user's id
   * @return the posts
   */
  public Paginator<Post> home(String userId) {
    return home(userId, TimelineRequest.defaults());
  }

  private static CallArguments arguments(String userId, TimelineRequest request, boolean exclusions) {
    CallArguments query = CallArguments.create()
        .put("id", "userId", userId)
        .put("since_id", "sinceId", request.sinceId())
        .put("until_id", "untilId", request.untilId())
        .put("start_time", "startTime", request.startTime())
        .put("end_time", "endTime", request.endTime())
        .fields(request.fields().values());
    if (exclusions) {
      List<String> exclude = new ArrayList<>();
      if (request.excludeReplies()) {
        exclude.add("replies");
      }
      if (request.excludeReposts()) {
        exclude.add("retweets");
      }
      query.put("exclude", exclude);
    }
    return query;
  }
}
