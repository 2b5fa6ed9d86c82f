package io.github.xconnector.resources;

import io.github.xconnector.generated.model.Post;
import io.github.xconnector.generated.model.PostCountsResponse;
import io.github.xconnector.generated.operations.SearchOperations;
import io.github.xconnector.internal.CallArguments;
import io.github.xconnector.internal.CallExecutor;
import io.github.xconnector.internal.Validate;
import io.github.xconnector.paging.Paginator;

/** Searches posts of the last seven days and counts matches. */
public final class SearchService {

  private final CallExecutor calls;

  /**
   * Creates the service; {@code XClient} does this, and the call path it takes is internal to the SDK.
   *
   * @param calls the client's call path
   */
  public SearchService(CallExecutor calls) {
    this.calls = calls;
  }

  /**
   * Walks the posts of the last seven days that match a query.
   *
   * @param request the query and its options; {@link SearchRequest#startingAt(String)} resumes a saved walk
   * @return the posts, fetched page by page as they are consumed
   */
  public Paginator<Post> recent(SearchRequest request) {
    Validate.notBlank("query", request.query());
    CallArguments arguments = CallArguments.create()
        .put("query", request.query())
        .put("since_id", "sinceId", request.sinceId())
        .put("until_id", "untilId", request.untilId())
        .put("start_time", "startTime", request.startTime())
        .put("end_time", "endTime", request.endTime())
        .put("sort_order", "sortOrder", request.sortOrderValue())
        .fields(request.fields().values());
    return calls.pages(SearchOperations.SEARCH_RECENT_POSTS, arguments, request.maxResults(), request.nextToken());
  }

  /**
   * Walks the posts of the last seven days that match a query, with X's default options.
   *
   * @param query a query in X's search language
   * @return the posts
   */
  public Paginator<Post> recent(String query) {
    return recent(SearchRequest.builder(query).build());
  }

  /**
   * Counts the posts of the last seven days that match a query, per bucket. X accepts only an app-only Bearer token
   * here.
   *
   * @param request the query, window, granularity and fields (page size and order are ignored)
   * @return the buckets and the total
   */
  public PostCountsResponse counts(SearchRequest request) {
    Validate.notBlank("query", request.query());
    return calls.call(SearchOperations.COUNT_RECENT_POSTS, CallArguments.create()
        .put("query", request.query())
        .put("since_id", "sinceId", request.sinceId())
        .put("until_id", "untilId", request.untilId())
        .put("start_time", "startTime", request.startTime())
        .put("end_time", "endTime", request.endTime())
        .put("granularity", request.granularityValue())
        .put("next_token", "nextToken", request.nextToken())
        .fields(request.fields().values()));
  }
}
