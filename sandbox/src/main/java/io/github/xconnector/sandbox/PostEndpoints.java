package io.github.xconnector.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Publishing, deleting and looking up posts: {@code /2/tweets} and {@code /2/tweets/{id}}. */
final class PostEndpoints {

  private final Services services;
  private final PostDrafts drafts;

  PostEndpoints(Services services) {
    this.services = services;
    this.drafts = new PostDrafts(services);
  }

  void registerInto(Map<String, Endpoint> endpoints) {
    endpoints.put("createPost", this::create);
    endpoints.put("deletePost", this::delete);
    endpoints.put("getPost", this::getOne);
    endpoints.put("getPosts", this::getMany);
  }

  private SandboxResponse create(Call call) {
    JsonNode body = call.jsonBody();
    Post post = services.state().publish(drafts.prepare(call.userId(), body));
    ObjectNode data = Json.object().put("id", post.id()).put("text", post.text());
    data.set("edit_history_tweet_ids", Json.strings(List.of(post.id())));
    return Responses.data(201, data);
  }

  private SandboxResponse delete(Call call) {
    String id = call.path("id");
    Post post = services.state().post(id).orElse(null);
    if (post == null) {
      return Responses.data(200, Json.object().put("deleted", false));
    }
    if (!post.authorId().equals(call.userId())) {
      return Problems.forbidden("You are not allowed to delete a Tweet that is not your own.");
    }
    return Responses.data(200, Json.object().put("deleted", services.state().delete(id)));
  }

  private SandboxResponse getOne(Call call) {
    String id = call.path("id");
    return services.state().post(id)
        .map(p -> services.responses().posts(call, List.of(p), List.of(), true))
        .orElseGet(() -> Responses.onlyErrors(Problems.resourceNotFound("tweet", "id", id)));
  }

  private SandboxResponse getMany(Call call) {
    List<Post> found = new ArrayList<>();
    List<ObjectNode> errors = new ArrayList<>();
    for (String id : call.query("ids").split(",")) {
      services.state().post(id.trim()).ifPresentOrElse(found::add,
          () -> errors.add(Problems.resourceNotFound("tweet", "ids", id.trim())));
    }
    return services.responses().posts(call, found, errors, false);
  }
}
