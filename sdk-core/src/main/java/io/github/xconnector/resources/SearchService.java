package io.github.xconnector.resources;

import io.github.xconnector.generated.model.Post;
import io.github.xconnector.generated.model.PostCountsBucket;
import io.github.xconnector.generated.model.PostCountsResponse;
import io.github.xconnector.generated.operations.SearchOperations;
import io.github.xconnector.internal.CallArguments;
import io.github.xconnector.internal.CallExecutor;
import io.github.xconnector.internal.Operation;
import io.github.xconnector.internal.Validate;
import io.github.xconnector.paging.Paginator;

/** Searches posts, of the last seven days or of the full archive, and counts matches. */
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
    return search(SearchOperations.SEARCH_RECENT_POSTS, request);
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
    return calls.call(SearchOperations.COUNT_RECENT_POSTS, countArguments(request)
        .put("next_token", "nextToken", request.nextToken()));
  }

  /**
   * Walks the posts of the full archive, back to the first post, that match a query. X accepts only an app-only
   * Bearer token here, and pages may be larger than on recent search.
   *
   * @param request the query and its options; {@link SearchRequest#startingAt(String)} resumes a saved walk
   * @return the posts, fetched page by page as they are consumed
   */
  public Paginator<Post> all(SearchRequest request) {
    return search(SearchOperations.SEARCH_ALL_POSTS, request);
  }

  /**
   * Walks the posts of the full archive that match a query, with X's default options.
   *
   * @param query a query in X's search language
   * @return the posts
   */
  public Paginator<Post> all(String query) {
    return all(SearchRequest.builder(query).build());
  }

  /**
   * Counts the posts of the full archive that match a query, per bucket, walking X's pages of buckets (a long range
   * comes back over several pages). X accepts only an app-only Bearer token here.
   *
   * @param request the query, window, granularity and fields (page size and order are ignored);
   *     {@link SearchRequest#startingAt(String)} resumes a saved walk
   * @return the buckets, oldest first, fetched page by page as they are consumed
   */
  public Paginator<PostCountsBucket> countsAll(SearchRequest request) {
    return calls.pages(SearchOperations.COUNT_ALL_POSTS, countArguments(request), null, request.nextToken());
  }

  private Paginator<Post> search(Operation operation, SearchRequest request) {
    Validate.notBlank("query", request.query());
    CallArguments arguments = CallArguments.create()
        .put("query", request.query())
        .put("since_id", "sinceId", request.sinceId())
        .put("until_id", "untilId", request.untilId())
        .put("start_time", "startTime", request.startTime())
        .put("end_time", "endTime", request.endTime())
        .put("sort_order", "sortOrder", request.sortOrderValue())
        .fields(request.fields().values());
    return calls.pages(operation, arguments, request.maxResults(), request.nextToken());
  }

  private static CallArguments countArguments(SearchRequest request) {
    Validate.notBlank("query", request.query());
    return CallArguments.create()
        .put("query", request.query())
        .put("since_id", "sinceId", request.sinceId())
        .put("until_id", "untilId", request.untilId())
        .put("start_time", "startTime", request.startTime())
        .put("end_time", "endTime", request.endTime())
        .put("granularity", request.granularityValue())
        .fields(request.fields().values());
  }
}
