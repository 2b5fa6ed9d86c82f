package io.github.xconnector.resources;

import io.github.xconnector.generated.model.MuteRequest;
import io.github.xconnector.generated.model.MuteResponse;
import io.github.xconnector.generated.model.Post;
import io.github.xconnector.generated.model.User;
import io.github.xconnector.generated.model.UserResponse;
import io.github.xconnector.generated.model.UsersResponse;
import io.github.xconnector.generated.operations.UsersOperations;
import io.github.xconnector.internal.CallArguments;
import io.github.xconnector.internal.CallExecutor;
import io.github.xconnector.paging.Paginator;
import java.util.ArrayList;
import java.util.List;

/**
 * Looks up and finds users (the authenticated user, by id, by username, by a search query), walks the users the
 * authenticated user blocks or mutes and an organization's affiliates, mutes and unmutes, and walks the reposts of the
 * authenticated user's posts. Lookups of several users return the users found and
 * report the others as partial errors ({@code getErrors()}) instead of failing. So does a lookup of one user who does
 * not exist or is suspended: X answers 200, {@code getData()} is {@code null} and {@code getErrors()} says why.
 */
public final class UsersService {

  private final CallExecutor calls;

  /**
   * Creates the service; {@code XClient} does this, and the call path it takes is internal to the SDK.
   *
   * @param calls the client's call path
   */
  public UsersService(CallExecutor calls) {
    this.calls = calls;
  }

  /**
   * Returns the user the access token belongs to. Needs an OAuth 2.0 user token.
   *
   * @param fields the fields and expansions to return
   * @return the user
   */
  public UserResponse me(Fields fields) {
    return calls.call(UsersOperations.GET_ME, CallArguments.create().fields(fields.values()));
  }

  /**
   * Returns the user the access token belongs to, with X's default fields.
   *
   * @return the user
   */
  public UserResponse me() {
    return me(Fields.none());
  }

  /**
   * Looks up a user by id.
   *
   * @param userId the id
   * @param fields the fields and expansions to return
   * @return the user
   */
  public UserResponse get(String userId, Fields fields) {
    return calls.call(UsersOperations.GET_USER, CallArguments.create().put("id", "userId", userId)
        .fields(fields.values()));
  }

  /**
   * Looks up a user by id, with X's default fields.
   *
   * @param userId the id
   * @return the user
   */
  public UserResponse get(String userId) {
    return get(userId, Fields.none());
  }

  /**
   * Looks up to 100 users by id.
   *
   * @param userIds the ids
   * @param fields the fields and expansions to return
   * @return the users found, and partial errors for the others
   */
  public UsersResponse get(List<String> userIds, Fields fields) {
    return calls.call(UsersOperations.GET_USERS, CallArguments.create().put("ids", "userIds", list(userIds))
        .fields(fields.values()));
  }

  /**
   * Looks up a user by username.
   *
   * @param username the username, with or without the leading {@code @}
   * @param fields the fields and expansions to return
   * @return the user
   */
  public UserResponse byUsername(String username, Fields fields) {
    return calls.call(UsersOperations.GET_USER_BY_USERNAME, CallArguments.create()
        .put("username", "username", withoutAt(username)).fields(fields.values()));
  }

  /**
   * Looks up a user by username, with X's default fields.
   *
   * @param username the username
   * @return the user
   */
  public UserResponse byUsername(String username) {
    return byUsername(username, Fields.none());
  }

  /**
   * Looks up to 100 users by username.
   *
   * @param usernames the usernames, with or without {@code @}
   * @param fields the fields and expansions to return
   * @return the users found, and partial errors for the others
   */
  public UsersResponse byUsernames(List<String> usernames, Fields fields) {
    List<String> names = new ArrayList<>();
    list(usernames).forEach(name -> names.add(withoutAt(name)));
    return calls.call(UsersOperations.GET_USERS_BY_USERNAMES, CallArguments.create()
        .put("usernames", "usernames", names).fields(fields.values()));
  }

  /**
   * Walks the users whose names or usernames match a query. Needs an OAuth 2.0 user token.
   *
   * @param query the words to look for; checked against the spec's pattern before sending
   * @param request page size, fields and start position (a saved {@code next_token})
   * @return the users found, fetched page by page as they are consumed
   */
  public Paginator<User> search(String query, PageRequest request) {
    return calls.pages(UsersOperations.SEARCH_USERS, CallArguments.create().put("query", "query", query)
        .fields(request.fields().values()), request.maxResults(), request.paginationToken());
  }

  /**
   * Walks the users whose names or usernames match a query, with X's default page size and fields.
   *
   * @param query the words to look for
   * @return the users found
   */
  public Paginator<User> search(String query) {
    return search(query, PageRequest.defaults());
  }

  /**
   * Walks the users the authenticated user blocks. Needs the {@code block.read} scope.
   *
   * @param userId the authenticated user's id
   * @param request page size, fields and start position
   * @return the blocked users, fetched page by page as they are consumed
   */
  public Paginator<User> blocking(String userId, PageRequest request) {
    return calls.pages(UsersOperations.GET_BLOCKING, CallArguments.create().put("id", "userId", userId)
        .fields(request.fields().values()), request.maxResults(), request.paginationToken());
  }

  /**
   * Walks the users the authenticated user blocks, with X's default page size and fields.
   *
   * @param userId the authenticated user's id
   * @return the blocked users
   */
  public Paginator<User> blocking(String userId) {
    return blocking(userId, PageRequest.defaults());
  }

  /**
   * Walks the users the authenticated user mutes. Needs the {@code mute.read} scope.
   *
   * @param userId the authenticated user's id
   * @param request page size, fields and start position
   * @return the muted users, fetched page by page as they are consumed
   */
  public Paginator<User> muting(String userId, PageRequest request) {
    return calls.pages(UsersOperations.GET_MUTING, CallArguments.create().put("id", "userId", userId)
        .fields(request.fields().values()), request.maxResults(), request.paginationToken());
  }

  /**
   * Walks the users the authenticated user mutes, with X's default page size and fields.
   *
   * @param userId the authenticated user's id
   * @return the muted users
   */
  public Paginator<User> muting(String userId) {
    return muting(userId, PageRequest.defaults());
  }

  /**
   * Mutes a user: their posts leave the authenticated user's home timeline. Muting a muted user again changes
   * nothing, so the request is repeated after a failure like a read. Needs the {@code mute.write} scope.
   *
   * @param userId the authenticated user's id
   * @param targetUserId the user to mute
   * @return whether the user is now muted
   */
  public MuteResponse mute(String userId, String targetUserId) {
    return calls.call(UsersOperations.MUTE_USER, CallArguments.create().put("id", "userId", userId)
        .body(new MuteRequest().targetUserId(targetUserId)));
  }

  /**
   * Ends a mute. Needs the {@code mute.write} scope.
   *
   * @param userId the authenticated user's id
   * @param targetUserId the muted user
   * @return whether the user is still muted
   */
  public MuteResponse unmute(String userId, String targetUserId) {
    return calls.call(UsersOperations.UNMUTE_USER, CallArguments.create().put("source_user_id", "userId", userId)
        .put("target_user_id", "targetUserId", targetUserId));
  }

  /**
   * Walks the users an organization account lists as its affiliates.
   *
   * @param userId the organization's user id
   * @param request page size, fields and start position
   * @return the affiliated users, fetched page by page as they are consumed
   */
  public Paginator<User> affiliates(String userId, PageRequest request) {
    return calls.pages(UsersOperations.GET_AFFILIATES, CallArguments.create().put("id", "userId", userId)
        .fields(request.fields().values()), request.maxResults(), request.paginationToken());
  }

  /**
   * Walks the users an organization account lists as its affiliates, with X's default page size and fields.
   *
   * @param userId the organization's user id
   * @return the affiliated users
   */
  public Paginator<User> affiliates(String userId) {
    return affiliates(userId, PageRequest.defaults());
  }

  /**
   * Walks the reposts other users made of the authenticated user's posts, newest first. Needs the
   * {@code timeline.read} scope.
   *
   * @param request page size, fields and start position
   * @return the reposts, fetched page by page as they are consumed
   */
  public Paginator<Post> repostsOfMe(PageRequest request) {
    return calls.pages(UsersOperations.GET_REPOSTS_OF_ME, CallArguments.create().fields(request.fields().values()),
        request.maxResults(), request.paginationToken());
  }

  /**
   * Walks the reposts of the authenticated user's posts, with X's default page size and fields.
   *
   * @return the reposts
   */
  public Paginator<Post> repostsOfMe() {
    return repostsOfMe(PageRequest.defaults());
  }

  private static String withoutAt(String username) {
    return username != null && username.startsWith("@") ? username.substring(1) : username;
  }

  private static List<String> list(List<String> values) {
    return values == null ? List.of() : values;
  }
}
