package io.github.xconnector.resources;

import io.github.xconnector.generated.model.UserResponse;
import io.github.xconnector.generated.model.UsersResponse;
import io.github.xconnector.generated.operations.UsersOperations;
import io.github.xconnector.internal.CallArguments;
import io.github.xconnector.internal.CallExecutor;
import java.util.ArrayList;
import java.util.List;

/**
 * Looks up users: the authenticated user, by id, by username. Lookups of several users return the users found and
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

  private static String withoutAt(String username) {
    return username != null && username.startsWith("@") ? username.substring(1) : username;
  }

  private static List<String> list(List<String> values) {
    return values == null ? List.of() : values;
  }
}
