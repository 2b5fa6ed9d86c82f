package io.github.xconnector.sandbox;

import java.util.Map;

/** Reposting and undoing it, and the reposted-by list. A repost is a post of its own, as on X. */
final class RepostEndpoints {

  private static final int DEFAULT_MAX_RESULTS = 100;

  private final Services services;

  RepostEndpoints(Services services) {
    this.services = services;
  }

  void registerInto(Map<String, Endpoint> endpoints) {
    endpoints.put("repostPost", this::repost);
    endpoints.put("undoRepost", call -> {
      services.state().undoRepost(call.userId(), call.path("source_tweet_id"));
      return Responses.data(200, Json.object().put("retweeted", false));
    });
    endpoints.put("getRepostedBy", call -> services.responses().userPage(call,
        services.state().repostedBy(services.requirePost(call, "id").id()), DEFAULT_MAX_RESULTS));
  }

  private SandboxResponse repost(Call call) {
    String postId = call.jsonBody().path("tweet_id").asText();
    Post source = services.state().post(postId).filter(p -> !p.isRepost()).orElseThrow(() ->
        Problems.invalidParameter("tweet_id", postId, "The post [" + postId + "] does not exist or is a repost."));
    String author = services.state().user(source.authorId()).map(SandboxUser::username).orElse("");
    Post repost = services.state().repost(call.userId(), source, "RT @" + author + ": " + source.text());
    return Responses.data(200, Json.object().put("id", repost.id()).put("retweeted", true));
  }
}
