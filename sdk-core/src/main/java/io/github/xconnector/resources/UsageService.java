package io.github.xconnector.resources;

import io.github.xconnector.generated.model.UsageResponse;
import io.github.xconnector.generated.operations.UsageOperations;
import io.github.xconnector.internal.CallArguments;
import io.github.xconnector.internal.CallExecutor;

/** How many posts the app's project has read against its monthly cap. X accepts only an app-only Bearer token. */
public final class UsageService {

  private final CallExecutor calls;

  /**
   * Creates the service; {@code XClient} does this, and the call path it takes is internal to the SDK.
   *
   * @param calls the client's call path
   */
  public UsageService(CallExecutor calls) {
    this.calls = calls;
  }

  /**
   * Returns the project's post consumption: this month's total and cap, and figures per day and per client app.
   *
   * @param days how many days back the daily figures go, or {@code null} for X's default
   * @param fields the usage fields to return
   * @return the usage
   */
  public UsageResponse posts(Integer days, Fields fields) {
    return calls.call(UsageOperations.GET_USAGE, CallArguments.create().put("days", days).fields(fields.values()));
  }

  /**
   * Returns the project's post consumption, with X's default days and fields.
   *
   * @return the usage
   */
  public UsageResponse posts() {
    return posts(null, Fields.none());
  }
}
