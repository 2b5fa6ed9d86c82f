package io.github.xconnector.resources;

import io.github.xconnector.generated.model.PersonalizedTrendsResponse;
import io.github.xconnector.generated.model.TrendsResponse;
import io.github.xconnector.generated.operations.TrendsOperations;
import io.github.xconnector.internal.CallArguments;
import io.github.xconnector.internal.CallExecutor;

/**
 * What is trending: in a place (app-only Bearer token), or for the authenticated user (user token).
 */
public final class TrendsService {

  private final CallExecutor calls;

  /**
   * Creates the service; {@code XClient} does this, and the call path it takes is internal to the SDK.
   *
   * @param calls the client's call path
   */
  public TrendsService(CallExecutor calls) {
    this.calls = calls;
  }

  /**
   * Returns the trends of a place. X accepts only an app-only Bearer token here.
   *
   * @param woeid the place's Yahoo! Where On Earth id; 1 is the whole world
   * @param maxTrends the most trends to return, or {@code null} for X's default
   * @param fields the trend fields to return
   * @return the trends, most popular first
   */
  public TrendsResponse byPlace(int woeid, Integer maxTrends, Fields fields) {
    return calls.call(TrendsOperations.GET_TRENDS_BY_PLACE, CallArguments.create().put("woeid", woeid)
        .put("max_trends", "maxTrends", maxTrends).fields(fields.values()));
  }

  /**
   * Returns the trends of a place, with X's default count and fields.
   *
   * @param woeid the place's Where On Earth id
   * @return the trends
   */
  public TrendsResponse byPlace(int woeid) {
    return byPlace(woeid, null, Fields.none());
  }

  /**
   * Returns the trends X picks for the authenticated user. Needs a user token.
   *
   * @param fields the personalized trend fields to return
   * @return the trends
   */
  public PersonalizedTrendsResponse personalized(Fields fields) {
    return calls.call(TrendsOperations.GET_PERSONALIZED_TRENDS, CallArguments.create().fields(fields.values()));
  }

  /**
   * Returns the trends X picks for the authenticated user, with X's default fields.
   *
   * @return the trends
   */
  public PersonalizedTrendsResponse personalized() {
    return personalized(Fields.none());
  }
}
