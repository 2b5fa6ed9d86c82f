package io.github.xconnector;

import io.github.xconnector.generated.api.UsersApi;
import io.github.xconnector.generated.model.UserResponse;
import io.github.xconnector.generated.model.UsersResponse;
import io.github.xconnector.internal.QueryParameters;
import io.github.xconnector.internal.Validate;
import java.util.ArrayList;
import java.util.List;

/**
 * Looks up users: the authenticated user, by id, by username. Lookups of several users return the users found and
 * report the others as partial errors ({@code getErrors()}) instead of failing. So does a lookup of one user who does
 * not exist or is suspended: X answers 200, {@code getData()} is {@code null} and {@code getErrors()} says why.
 */
public final class UsersService {

  private final UsersApi api;
  private final String postFieldsParameter;

  UsersService(UsersApi api, String postFieldsParameter) {
    this.api = api;
    this.postFieldsParameter = postFieldsParameter;
  }

  /**
   * Returns the user the access token belongs to. Needs an OAuth 2.0 user token.
   *
   * @param fields the fields and expansions to return
   * @return the user
   */
  public UserResponse me(Fields fields) {
    UsersApi.GetMeQueryParams query = new UsersApi.GetMeQueryParams();
    new QueryParameters(query, postFieldsParameter).fields(fields);
    return api.getMe(query);
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
    UsersApi.GetUserQueryParams query = new UsersApi.GetUserQueryParams();
    new QueryParameters(query, postFieldsParameter).fields(fields);
    return api.getUser(Validate.id("userId", userId), query);
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
    UsersApi.GetUsersQueryParams query = new UsersApi.GetUsersQueryParams();
    new QueryParameters(query, postFieldsParameter).put("ids", Validate.ids("userIds", userIds, 100)).fields(fields);
    return api.getUsers(query);
  }

  /**
   * Looks up a user by username.
   *
   * @param username the username, with or without the leading {@code @}
   * @param fields the fields and expansions to return
   * @return the user
   */
  public UserResponse byUsername(String username, Fields fields) {
    UsersApi.GetUserByUsernameQueryParams query = new UsersApi.GetUserByUsernameQueryParams();
    new QueryParameters(query, postFieldsParameter).fields(fields);
    return api.getUserByUsername(Validate.username(username), query);
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
    if (usernames == null || usernames.isEmpty() || usernames.size() > 100) {
      throw new io.github.xconnector.errors.XValidationException("usernames must hold 1 to 100 usernames, had "
          + (usernames == null ? 0 : usernames.size()) + ".");
    }
    List<String> names = new ArrayList<>();
    usernames.forEach(name -> names.add(Validate.username(name)));
    UsersApi.GetUsersByUsernamesQueryParams query = new UsersApi.GetUsersByUsernamesQueryParams();
    new QueryParameters(query, postFieldsParameter).put("usernames", names).fields(fields);
    return api.getUsersByUsernames(query);
  }
}
