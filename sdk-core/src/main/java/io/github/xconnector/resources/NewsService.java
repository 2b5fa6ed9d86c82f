package io.github.xconnector.resources;

import io.github.xconnector.generated.model.NewsResponse;
import io.github.xconnector.generated.model.NewsSearchResponse;
import io.github.xconnector.generated.operations.NewsOperations;
import io.github.xconnector.internal.CallArguments;
import io.github.xconnector.internal.CallExecutor;
import io.github.xconnector.internal.Validate;

/** The news stories X writes from posts about an event: look one up, or search recent ones. */
public final class NewsService {

  private final CallExecutor calls;

  /**
   * Creates the service; {@code XClient} does this, and the call path it takes is internal to the SDK.
   *
   * @param calls the client's call path
   */
  public NewsService(CallExecutor calls) {
    this.calls = calls;
  }

  /**
   * Looks up a news story by id.
   *
   * @param newsId the id
   * @param fields the news fields to return
   * @return the story
   */
  public NewsResponse get(String newsId, Fields fields) {
    return calls.call(NewsOperations.GET_NEWS, CallArguments.create().put("id", "newsId", newsId)
        .fields(fields.values()));
  }

  /**
   * Looks up a news story by id, with X's default fields.
   *
   * @param newsId the id
   * @return the story
   */
  public NewsResponse get(String newsId) {
    return get(newsId, Fields.none());
  }

  /**
   * Searches recent news stories.
   *
   * @param query the words to look for
   * @param maxResults the most stories to return, or {@code null} for X's default
   * @param maxAgeHours only stories updated within this many hours, or {@code null} for X's default
   * @param fields the news fields to return
   * @return the matching stories
   */
  public NewsSearchResponse search(String query, Integer maxResults, Integer maxAgeHours, Fields fields) {
    Validate.notBlank("query", query);
    return calls.call(NewsOperations.SEARCH_NEWS, CallArguments.create().put("query", query)
        .put("max_results", "maxResults", maxResults).put("max_age_hours", "maxAgeHours", maxAgeHours)
        .fields(fields.values()));
  }

  /**
   * Searches recent news stories, with X's defaults.
   *
   * @param query the words to look for
   * @return the matching stories
   */
  public NewsSearchResponse search(String query) {
    return search(query, null, null, Fields.none());
  }
}
