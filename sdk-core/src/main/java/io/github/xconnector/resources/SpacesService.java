package io.github.xconnector.resources;

import io.github.xconnector.generated.model.Post;
import io.github.xconnector.generated.model.SpaceResponse;
import io.github.xconnector.generated.model.SpaceSearchState;
import io.github.xconnector.generated.model.SpacesResponse;
import io.github.xconnector.generated.model.User;
import io.github.xconnector.generated.operations.SpacesOperations;
import io.github.xconnector.internal.CallArguments;
import io.github.xconnector.internal.CallExecutor;
import io.github.xconnector.internal.Validate;
import io.github.xconnector.paging.Paginator;
import java.util.List;

/**
 * Spaces, X's live audio conversations: look them up by id or creator, search them by title, and read the buyers of a
 * ticketed Space and the posts shared in one. A user token needs {@code space.read}; ids that match no Space come back
 * as partial errors ({@code getErrors()}).
 */
public final class SpacesService {

  private final CallExecutor calls;

  /**
   * Creates the service; {@code XClient} does this, and the call path it takes is internal to the SDK.
   *
   * @param calls the client's call path
   */
  public SpacesService(CallExecutor calls) {
    this.calls = calls;
  }

  /**
   * Looks up a Space by id.
   *
   * @param spaceId the id
   * @param fields the Space, user and topic fields and the expansions to return
   * @return the Space
   */
  public SpaceResponse get(String spaceId, Fields fields) {
    return calls.call(SpacesOperations.GET_SPACE, CallArguments.create().put("id", "spaceId", spaceId)
        .fields(fields.values()));
  }

  /**
   * Looks up a Space by id, with X's default fields.
   *
   * @param spaceId the id
   * @return the Space
   */
  public SpaceResponse get(String spaceId) {
    return get(spaceId, Fields.none());
  }

  /**
   * Looks up to 100 Spaces by id.
   *
   * @param spaceIds the ids
   * @param fields the fields and expansions to return
   * @return the Spaces found, and partial errors for the others
   */
  public SpacesResponse get(List<String> spaceIds, Fields fields) {
    return calls.call(SpacesOperations.GET_SPACES, CallArguments.create().put("ids", "spaceIds", spaceIds)
        .fields(fields.values()));
  }

  /**
   * Returns the live and scheduled Spaces that any of up to 100 users created.
   *
   * @param userIds the creators' ids
   * @param fields the fields and expansions to return
   * @return their Spaces
   */
  public SpacesResponse byCreators(List<String> userIds, Fields fields) {
    return calls.call(SpacesOperations.GET_SPACES_BY_CREATORS, CallArguments.create()
        .put("user_ids", "userIds", userIds).fields(fields.values()));
  }

  /**
   * Searches Spaces by title.
   *
   * @param query the words to look for
   * @param state live or scheduled Spaces only, or {@code null} (or {@code ALL}) for both
   * @param maxResults the most Spaces to return, or {@code null} for X's default
   * @param fields the fields and expansions to return
   * @return the matching Spaces
   */
  public SpacesResponse search(String query, SpaceSearchState state, Integer maxResults, Fields fields) {
    Validate.notBlank("query", query);
    return calls.call(SpacesOperations.SEARCH_SPACES, CallArguments.create().put("query", query)
        .put("state", state).put("max_results", "maxResults", maxResults)
        .fields(fields.values()));
  }

  /**
   * Searches live and scheduled Spaces by title, with X's defaults.
   *
   * @param query the words to look for
   * @return the matching Spaces
   */
  public SpacesResponse search(String query) {
    return search(query, null, null, Fields.none());
  }

  /**
   * Walks the users who bought a ticket to a Space the authenticated user created. Needs a user token.
   *
   * @param spaceId the ticketed Space
   * @param request page size, user fields and start position
   * @return the buyers, fetched page by page as they are consumed
   */
  public Paginator<User> buyers(String spaceId, PageRequest request) {
    return calls.pages(SpacesOperations.GET_SPACE_BUYERS, CallArguments.create().put("id", "spaceId", spaceId)
        .fields(request.fields().values()), request.maxResults(), request.paginationToken());
  }

  /**
   * Walks the buyers of a ticketed Space, with X's default page size and fields.
   *
   * @param spaceId the ticketed Space
   * @return the buyers
   */
  public Paginator<User> buyers(String spaceId) {
    return buyers(spaceId, PageRequest.defaults());
  }

  /**
   * Walks the posts shared in a Space.
   *
   * @param spaceId the Space
   * @param request page size, post fields and expansions, and start position
   * @return the posts, fetched page by page as they are consumed
   */
  public Paginator<Post> posts(String spaceId, PageRequest request) {
    return calls.pages(SpacesOperations.GET_SPACE_POSTS, CallArguments.create().put("id", "spaceId", spaceId)
        .fields(request.fields().values()), request.maxResults(), request.paginationToken());
  }

  /**
   * Walks the posts shared in a Space, with X's default page size and fields.
   *
   * @param spaceId the Space
   * @return the posts
   */
  public Paginator<Post> posts(String spaceId) {
    return posts(spaceId, PageRequest.defaults());
  }
}
