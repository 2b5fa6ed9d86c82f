package io.github.xconnector;

import io.github.xconnector.errors.XValidationException;
import io.github.xconnector.generated.api.TimelinesApi;
import io.github.xconnector.generated.model.Post;
import io.github.xconnector.internal.Pages;
import io.github.xconnector.internal.QueryParameters;
import io.github.xconnector.internal.Validate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads timelines: a user's posts, the posts that mention a user, and the authenticated user's home timeline. */
public final class TimelinesService {

  private final TimelinesApi api;
  private final String postFieldsParameter;

  TimelinesService(TimelinesApi api, String postFieldsParameter) {
    this.api = api;
    this.postFieldsParameter = postFieldsParameter;
  }

  /**
   * Walks the posts a user wrote, newest first.
   *
   * @param userId the user's id
   * @param request page size, window, exclusions, fields and start position
   * @return the posts, fetched page by page as they are consumed
   */
  public Paginator<Post> userPosts(String userId, TimelineRequest request) {
    String id = Validate.id("userId", userId);
    Validate.maxResults("userPosts", request.maxResults(), 5, 100);
    return new Paginator<>(token -> {
      TimelinesApi.GetUserPostsQueryParams query = new TimelinesApi.GetUserPostsQueryParams();
      fill(query, request, token, true);
      return Pages.posts(api.getUserPostsWithHttpInfo(id, query));
    }, request.paginationToken());
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
    String id = Validate.id("userId", userId);
    Validate.maxResults("mentions", request.maxResults(), 5, 100);
    if (request.excludeReplies() || request.excludeReposts()) {
      throw new XValidationException("mentions cannot exclude replies or reposts; X offers no such filter there.");
    }
    return new Paginator<>(token -> {
      TimelinesApi.GetUserMentionsQueryParams query = new TimelinesApi.GetUserMentionsQueryParams();
      fill(query, request, token, false);
      return Pages.posts(api.getUserMentionsWithHttpInfo(id, query));
    }, request.paginationToken());
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
    String id = Validate.id("userId", userId);
    Validate.maxResults("home", request.maxResults(), 1, 100);
    return new Paginator<>(token -> {
      TimelinesApi.GetHomeTimelineQueryParams query = new TimelinesApi.GetHomeTimelineQueryParams();
      fill(query, request, token, true);
      return Pages.posts(api.getHomeTimelineWithHttpInfo(id, query));
    }, request.paginationToken());
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

  private void fill(Map<String, Object> target, TimelineRequest request, String token, boolean exclusions) {
    QueryParameters query = new QueryParameters(target, postFieldsParameter)
        .put("max_results", request.maxResults())
        .put("since_id", request.sinceId())
        .put("until_id", request.untilId())
        .put("start_time", request.startTime())
        .put("end_time", request.endTime())
        .put("pagination_token", token)
        .fields(request.fields());
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
  }
}
