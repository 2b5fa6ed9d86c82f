package io.github.xconnector;

import io.github.xconnector.generated.api.SearchApi;
import io.github.xconnector.generated.model.ApiResponse;
import io.github.xconnector.generated.model.Post;
import io.github.xconnector.generated.model.PostCountsResponse;
import io.github.xconnector.internal.Pages;
import io.github.xconnector.internal.QueryParameters;
import io.github.xconnector.internal.Validate;

/** Searches posts of the last seven days and counts matches. */
public final class SearchService {

  private final SearchApi api;
  private final String postFieldsParameter;

  SearchService(SearchApi api, String postFieldsParameter) {
    this.api = api;
    this.postFieldsParameter = postFieldsParameter;
  }

  /**
   * Walks the posts of the last seven days that match a query.
   *
   * @param request the query and its options; {@link SearchRequest#startingAt(String)} resumes a saved walk
   * @return the posts, fetched page by page as they are consumed
   */
  public Paginator<Post> recent(SearchRequest request) {
    Validate.notBlank("query", request.query());
    Validate.maxResults("search recent", request.maxResults(), 10, 100);
    return new Paginator<>(token -> {
      SearchApi.SearchRecentPostsQueryParams query = new SearchApi.SearchRecentPostsQueryParams();
      new QueryParameters(query, postFieldsParameter)
          .put("query", request.query())
          .put("max_results", request.maxResults())
          .put("since_id", request.sinceId())
          .put("until_id", request.untilId())
          .put("start_time", request.startTime())
          .put("end_time", request.endTime())
          .put("sort_order", request.sortOrderValue())
          .put("next_token", token)
          .fields(request.fields());
      return Pages.posts(api.searchRecentPostsWithHttpInfo(query));
    }, request.nextToken());
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
    SearchApi.CountRecentPostsQueryParams query = new SearchApi.CountRecentPostsQueryParams();
    new QueryParameters(query, postFieldsParameter)
        .put("query", request.query())
        .put("since_id", request.sinceId())
        .put("until_id", request.untilId())
        .put("start_time", request.startTime())
        .put("end_time", request.endTime())
        .put("granularity", request.granularityValue())
        .put("next_token", request.nextToken())
        .fields(request.fields());
    ApiResponse<PostCountsResponse> response = api.countRecentPostsWithHttpInfo(query);
    return response.getData();
  }
}
