package io.github.xconnector.resources;

import io.github.xconnector.generated.model.Community;
import io.github.xconnector.generated.model.CommunityResponse;
import io.github.xconnector.generated.operations.CommunitiesOperations;
import io.github.xconnector.internal.CallArguments;
import io.github.xconnector.internal.CallExecutor;
import io.github.xconnector.internal.Validate;
import io.github.xconnector.paging.Paginator;

/** Communities: look one up by id, or search them (search needs a user token). */
public final class CommunitiesService {

  private final CallExecutor calls;

  /**
   * Creates the service; {@code XClient} does this, and the call path it takes is internal to the SDK.
   *
   * @param calls the client's call path
   */
  public CommunitiesService(CallExecutor calls) {
    this.calls = calls;
  }

  /**
   * Looks up a Community by id. A user token needs {@code list.read}.
   *
   * @param communityId the id
   * @param fields the community fields to return
   * @return the Community
   */
  public CommunityResponse get(String communityId, Fields fields) {
    return calls.call(CommunitiesOperations.GET_COMMUNITY, CallArguments.create()
        .put("id", "communityId", communityId).fields(fields.values()));
  }

  /**
   * Looks up a Community by id, with X's default fields.
   *
   * @param communityId the id
   * @return the Community
   */
  public CommunityResponse get(String communityId) {
    return get(communityId, Fields.none());
  }

  /**
   * Walks the Communities that match a query. Needs a user token.
   *
   * @param query the words to look for
   * @param request page size, community fields and start position
   * @return the Communities, fetched page by page as they are consumed
   */
  public Paginator<Community> search(String query, PageRequest request) {
    Validate.notBlank("query", query);
    return calls.pages(CommunitiesOperations.SEARCH_COMMUNITIES, CallArguments.create().put("query", query)
        .fields(request.fields().values()), request.maxResults(), request.paginationToken());
  }

  /**
   * Walks the Communities that match a query, with X's default page size and fields.
   *
   * @param query the words to look for
   * @return the Communities
   */
  public Paginator<Community> search(String query) {
    return search(query, PageRequest.defaults());
  }
}
