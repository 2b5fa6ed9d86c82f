package io.github.xconnector.resources;

import io.github.xconnector.generated.model.ListAddMemberRequest;
import io.github.xconnector.generated.model.ListCreateResponse;
import io.github.xconnector.generated.model.ListDeleteResponse;
import io.github.xconnector.generated.model.ListFollowRequest;
import io.github.xconnector.generated.model.ListFollowResponse;
import io.github.xconnector.generated.model.ListMemberResponse;
import io.github.xconnector.generated.model.ListPinRequest;
import io.github.xconnector.generated.model.ListPinResponse;
import io.github.xconnector.generated.model.ListResponse;
import io.github.xconnector.generated.model.ListUpdateResponse;
import io.github.xconnector.generated.model.PinnedListsResponse;
import io.github.xconnector.generated.model.Post;
import io.github.xconnector.generated.model.User;
import io.github.xconnector.generated.model.XList;
import io.github.xconnector.generated.operations.ListsOperations;
import io.github.xconnector.internal.CallArguments;
import io.github.xconnector.internal.CallExecutor;
import io.github.xconnector.paging.Paginator;
import java.util.Objects;

/**
 * Lists: curated groups of accounts. Create, change and delete them, manage their members, read their members,
 * followers and posts, and the lists a user owns, follows, pinned or belongs to; follow and pin lists.
 *
 * <p>Reads need {@code list.read} (or an app-only token, except for pinned lists), changes {@code list.write}. The
 * {@code userId} of {@link #follow}, {@link #unfollow}, {@link #pinned}, {@link #pin} and {@link #unpin} is the
 * authenticated user's own ({@code x.users().me()}). A private list is visible only to its owner.
 */
public final class ListsService {

  private final CallExecutor calls;

  /**
   * Creates the service; {@code XClient} does this, and the call path it takes is internal to the SDK.
   *
   * @param calls the client's call path
   */
  public ListsService(CallExecutor calls) {
    this.calls = calls;
  }

  /**
   * Creates a list owned by the authenticated user. Each call makes a new list, so a failed attempt is not repeated
   * (it may have created one).
   *
   * @param draft the name, description and visibility
   * @return the new list's id and name
   */
  public ListCreateResponse create(ListDraft draft) {
    return calls.call(ListsOperations.CREATE_LIST, CallArguments.create()
        .body(Objects.requireNonNull(draft, "draft").toRequest()));
  }

  /**
   * Changes the name, description or visibility of a list the authenticated user owns.
   *
   * @param listId the list
   * @param changes what to change; what it does not set stays as it is
   * @return whether the list was updated
   */
  public ListUpdateResponse update(String listId, ListUpdate changes) {
    return calls.call(ListsOperations.UPDATE_LIST, CallArguments.create().put("id", "listId", listId)
        .body(Objects.requireNonNull(changes, "changes").toRequest()));
  }

  /**
   * Deletes a list the authenticated user owns.
   *
   * @param listId the list
   * @return whether the list was deleted
   */
  public ListDeleteResponse delete(String listId) {
    return calls.call(ListsOperations.DELETE_LIST, CallArguments.create().put("id", "listId", listId));
  }

  /**
   * Looks up a list. A list that does not exist, or is private and not the caller's, comes back with {@code getData()}
   * {@code null} and a partial error in {@code getErrors()}.
   *
   * @param listId the list
   * @param fields list fields, the {@code owner_id} expansion and the owner's user fields
   * @return the list
   */
  public ListResponse get(String listId, Fields fields) {
    return calls.call(ListsOperations.GET_LIST, CallArguments.create().put("id", "listId", listId)
        .fields(fields.values()));
  }

  /**
   * Looks up a list, with X's default fields.
   *
   * @param listId the list
   * @return the list
   */
  public ListResponse get(String listId) {
    return get(listId, Fields.none());
  }

  /**
   * Walks the members of a list.
   *
   * @param listId the list
   * @param request page size, user fields and expansions, start position
   * @return the members, fetched page by page as they are consumed
   */
  public Paginator<User> members(String listId, PageRequest request) {
    return calls.pages(ListsOperations.GET_LIST_MEMBERS, CallArguments.create().put("id", "listId", listId)
        .fields(request.fields().values()), request.maxResults(), request.paginationToken());
  }

  /**
   * Walks the members of a list, with X's default options.
   *
   * @param listId the list
   * @return the members
   */
  public Paginator<User> members(String listId) {
    return members(listId, PageRequest.defaults());
  }

  /**
   * Adds a user to a list the authenticated user owns. Adding a member twice changes nothing, so the request is
   * repeated after a failure like a read.
   *
   * @param listId the list
   * @param userId the user to add
   * @return whether the user is now a member
   */
  public ListMemberResponse addMember(String listId, String userId) {
    return calls.call(ListsOperations.ADD_LIST_MEMBER, CallArguments.create().put("id", "listId", listId)
        .body(new ListAddMemberRequest().userId(userId)));
  }

  /**
   * Removes a user from a list the authenticated user owns.
   *
   * @param listId the list
   * @param userId the member to remove
   * @return whether the user is still a member
   */
  public ListMemberResponse removeMember(String listId, String userId) {
    return calls.call(ListsOperations.REMOVE_LIST_MEMBER, CallArguments.create().put("id", "listId", listId)
        .put("user_id", "userId", userId));
  }

  /**
   * Walks the users who follow a list.
   *
   * @param listId the list
   * @param request page size, user fields and expansions, start position
   * @return the followers, fetched page by page as they are consumed
   */
  public Paginator<User> followers(String listId, PageRequest request) {
    return calls.pages(ListsOperations.GET_LIST_FOLLOWERS, CallArguments.create().put("id", "listId", listId)
        .fields(request.fields().values()), request.maxResults(), request.paginationToken());
  }

  /**
   * Walks the users who follow a list, with X's default options.
   *
   * @param listId the list
   * @return the followers
   */
  public Paginator<User> followers(String listId) {
    return followers(listId, PageRequest.defaults());
  }

  /**
   * Walks the posts of a list's members, newest first.
   *
   * @param listId the list
   * @param request page size, post fields and expansions, start position
   * @return the posts, fetched page by page as they are consumed
   */
  public Paginator<Post> posts(String listId, PageRequest request) {
    return calls.pages(ListsOperations.GET_LIST_POSTS, CallArguments.create().put("id", "listId", listId)
        .fields(request.fields().values()), request.maxResults(), request.paginationToken());
  }

  /**
   * Walks the posts of a list's members, newest first, with X's default options.
   *
   * @param listId the list
   * @return the posts
   */
  public Paginator<Post> posts(String listId) {
    return posts(listId, PageRequest.defaults());
  }

  /**
   * Walks the lists a user owns.
   *
   * @param userId the user
   * @param request page size, list fields and expansions, start position
   * @return the lists, fetched page by page as they are consumed
   */
  public Paginator<XList> owned(String userId, PageRequest request) {
    return calls.pages(ListsOperations.GET_OWNED_LISTS, CallArguments.create().put("id", "userId", userId)
        .fields(request.fields().values()), request.maxResults(), request.paginationToken());
  }

  /**
   * Walks the lists a user owns, with X's default options.
   *
   * @param userId the user
   * @return the lists
   */
  public Paginator<XList> owned(String userId) {
    return owned(userId, PageRequest.defaults());
  }

  /**
   * Walks the lists a user follows.
   *
   * @param userId the user
   * @param request page size, list fields and expansions, start position
   * @return the lists, fetched page by page as they are consumed
   */
  public Paginator<XList> followed(String userId, PageRequest request) {
    return calls.pages(ListsOperations.GET_FOLLOWED_LISTS, CallArguments.create().put("id", "userId", userId)
        .fields(request.fields().values()), request.maxResults(), request.paginationToken());
  }

  /**
   * Walks the lists a user follows, with X's default options.
   *
   * @param userId the user
   * @return the lists
   */
  public Paginator<XList> followed(String userId) {
    return followed(userId, PageRequest.defaults());
  }

  /**
   * Makes the authenticated user follow a list. Following a list twice changes nothing, so the request is repeated
   * after a failure like a read.
   *
   * @param userId the authenticated user's id
   * @param listId the list to follow
   * @return whether the list is now followed
   */
  public ListFollowResponse follow(String userId, String listId) {
    return calls.call(ListsOperations.FOLLOW_LIST, CallArguments.create().put("id", "userId", userId)
        .body(new ListFollowRequest().listId(listId)));
  }

  /**
   * Makes the authenticated user stop following a list.
   *
   * @param userId the authenticated user's id
   * @param listId the list to unfollow
   * @return whether the list is still followed
   */
  public ListFollowResponse unfollow(String userId, String listId) {
    return calls.call(ListsOperations.UNFOLLOW_LIST, CallArguments.create().put("id", "userId", userId)
        .put("list_id", "listId", listId));
  }

  /**
   * Returns the lists the authenticated user pinned, all in one answer.
   *
   * @param userId the authenticated user's id
   * @param fields list fields, the {@code owner_id} expansion and the owners' user fields
   * @return the pinned lists
   */
  public PinnedListsResponse pinned(String userId, Fields fields) {
    return calls.call(ListsOperations.GET_PINNED_LISTS, CallArguments.create().put("id", "userId", userId)
        .fields(fields.values()));
  }

  /**
   * Returns the lists the authenticated user pinned, with X's default fields.
   *
   * @param userId the authenticated user's id
   * @return the pinned lists
   */
  public PinnedListsResponse pinned(String userId) {
    return pinned(userId, Fields.none());
  }

  /**
   * Pins a list for the authenticated user. Pinning a list twice changes nothing, so the request is repeated after a
   * failure like a read.
   *
   * @param userId the authenticated user's id
   * @param listId the list to pin
   * @return whether the list is now pinned
   */
  public ListPinResponse pin(String userId, String listId) {
    return calls.call(ListsOperations.PIN_LIST, CallArguments.create().put("id", "userId", userId)
        .body(new ListPinRequest().listId(listId)));
  }

  /**
   * Unpins a list for the authenticated user.
   *
   * @param userId the authenticated user's id
   * @param listId the list to unpin
   * @return whether the list is still pinned
   */
  public ListPinResponse unpin(String userId, String listId) {
    return calls.call(ListsOperations.UNPIN_LIST, CallArguments.create().put("id", "userId", userId)
        .put("list_id", "listId", listId));
  }

  /**
   * Walks the lists that have a user as a member.
   *
   * @param userId the user
   * @param request page size, list fields and expansions, start position
   * @return the lists, fetched page by page as they are consumed
   */
  public Paginator<XList> memberships(String userId, PageRequest request) {
    return calls.pages(ListsOperations.GET_LIST_MEMBERSHIPS, CallArguments.create().put("id", "userId", userId)
        .fields(request.fields().values()), request.maxResults(), request.paginationToken());
  }

  /**
   * Walks the lists that have a user as a member, with X's default options.
   *
   * @param userId the user
   * @return the lists
   */
  public Paginator<XList> memberships(String userId) {
    return memberships(userId, PageRequest.defaults());
  }
}
