package io.github.xconnector.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** Following and unfollowing, and the followers and following lists. */
final class FollowEndpoints {

  private static final int DEFAULT_MAX_RESULTS = 100;

  private final Services services;

  FollowEndpoints(Services services) {
    this.services = services;
  }

  void registerInto(Map<String, Endpoint> endpoints) {
    endpoints.put("followUser", this::follow);
    endpoints.put("unfollowUser", this::unfollow);
    endpoints.put("getFollowers", call -> services.responses().userPage(call,
        services.state().followers(services.requireUser(call, "id").id()), DEFAULT_MAX_RESULTS));
    endpoints.put("getFollowing", call -> services.responses().userPage(call,
        services.state().following(services.requireUser(call, "id").id()), DEFAULT_MAX_RESULTS));
  }

  private SandboxResponse follow(Call call) {
    String target = call.jsonBody().path("target_user_id").asText();
    if (services.state().user(target).isEmpty()) {
      throw Problems.invalidParameter("target_user_id", target, "The user [" + target + "] does not exist.");
    }
    if (target.equals(call.userId())) {
      throw Problems.invalidParameter("target_user_id", target, "You cannot follow yourself.");
    }
    boolean following = services.state().follow(call.userId(), target);
    ObjectNode data = Json.object().put("following", following).put("pending_follow", !following);
    return Responses.data(200, data);
  }

  private SandboxResponse unfollow(Call call) {
    services.state().unfollow(call.userId(), call.path("target_user_id"));
    return Responses.data(200, Json.object().put("following", false));
  }
}
