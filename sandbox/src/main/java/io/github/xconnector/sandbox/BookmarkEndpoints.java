package io.github.xconnector.sandbox;

import java.util.Map;

/** The authenticated user's bookmarks: list, add and remove, kept in the sandbox's state. */
final class BookmarkEndpoints {

  private static final int DEFAULT_POSTS = 100;

  private final Services services;

  BookmarkEndpoints(Services services) {
    this.services = services;
  }

  void registerInto(Map<String, Endpoint> endpoints) {
    endpoints.put("getBookmarks", call -> services.responses().postPage(call,
        services.state().bookmarks(call.userId()), DEFAULT_POSTS));
    endpoints.put("addBookmark", this::add);
    endpoints.put("removeBookmark", call -> {
      services.state().removeBookmark(call.userId(), call.path("tweet_id"));
      return Responses.data(200, Json.object().put("bookmarked", false));
    });
  }

  private SandboxResponse add(Call call) {
    String postId = call.jsonBody().path("tweet_id").asText();
    if (services.state().post(postId).isEmpty()) {
      throw Problems.invalidParameter("tweet_id", postId, "The post [" + postId + "] does not exist.");
    }
    services.state().bookmark(call.userId(), postId);
    return Responses.data(200, Json.object().put("bookmarked", true));
  }
}
