package io.github.xconnector.sandbox;

import java.util.Map;

/** Liking and unliking, and the liking-users and liked-posts lists. */
final class LikeEndpoints {

  private static final int DEFAULT_USERS = 100;
  private static final int DEFAULT_POSTS = 100;

  private final Services services;

  LikeEndpoints(Services services) {
    this.services = services;
  }

  void registerInto(Map<String, Endpoint> endpoints) {
    endpoints.put("likePost", this::like);
    endpoints.put("unlikePost", call -> {
      services.state().unlike(call.userId(), call.path("tweet_id"));
      return Responses.data(200, Json.object().put("liked", false));
    });
    endpoints.put("getLikingUsers", call -> services.responses().userPage(call,
        services.state().likingUsers(services.requirePost(call, "id").id()), DEFAULT_USERS));
    endpoints.put("getLikedPosts", call -> services.responses().postPage(call,
        services.state().likedPosts(services.requireUser(call, "id").id()), DEFAULT_POSTS));
  }

  private SandboxResponse like(Call call) {
    String postId = call.jsonBody().path("tweet_id").asText();
    if (services.state().post(postId).isEmpty()) {
      throw Problems.invalidParameter("tweet_id", postId, "The post [" + postId + "] does not exist.");
    }
    services.state().like(call.userId(), postId);
    return Responses.data(200, Json.object().put("liked", true));
  }
}
