package io.github.xconnector.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** User lookups: the authenticated user, by id, by ids, by username and by usernames. */
final class UserEndpoints {

  private final Services services;

  UserEndpoints(Services services) {
    this.services = services;
  }

  void registerInto(Map<String, Endpoint> endpoints) {
    endpoints.put("getMe", this::me);
    endpoints.put("getUser", call -> one(call, "id", call.path("id"), services.state()::user));
    endpoints.put("getUserByUsername",
        call -> one(call, "username", call.path("username"), services.state()::userByUsername));
    endpoints.put("getUsers", call -> many(call, "ids", services.state()::user));
    endpoints.put("getUsersByUsernames", call -> many(call, "usernames", services.state()::userByUsername));
  }

  private SandboxResponse me(Call call) {
    SandboxUser me = services.state().user(call.userId()).orElseThrow(() -> new ApiProblem(Problems.unauthorized()));
    return services.responses().users(call, List.of(me), List.of(), true);
  }

  private SandboxResponse one(Call call, String parameter, String value,
      Function<String, Optional<SandboxUser>> lookup) {
    return lookup.apply(value)
        .map(u -> services.responses().users(call, List.of(u), List.of(), true))
        .orElseGet(() -> Responses.onlyErrors(notFound(parameter, value)));
  }

  private SandboxResponse many(Call call, String parameter, Function<String, Optional<SandboxUser>> lookup) {
    List<SandboxUser> found = new ArrayList<>();
    List<ObjectNode> errors = new ArrayList<>();
    for (String value : call.query(parameter).split(",")) {
      lookup.apply(value.trim()).ifPresentOrElse(found::add, () -> errors.add(notFound(parameter, value.trim())));
    }
    return services.responses().users(call, found, errors, false);
  }

  private static ObjectNode notFound(String parameter, String value) {
    return Problems.resourceNotFound("user", parameter, value);
  }
}
