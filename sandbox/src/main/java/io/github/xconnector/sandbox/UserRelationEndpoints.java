package io.github.xconnector.sandbox;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** User search, the blocked and muted users, muting and unmuting, affiliates and the reposts of the caller's posts. */
final class UserRelationEndpoints {

  private static final int DEFAULT_USERS = 100;
  private static final int DEFAULT_POSTS = 100;

  private final Services services;

  UserRelationEndpoints(Services services) {
    this.services = services;
  }

  void registerInto(Map<String, Endpoint> endpoints) {
    endpoints.put("searchUsers", this::search);
    endpoints.put("getBlocking", call -> services.responses().userPage(call,
        users(relations().blocked(services.requireUser(call, "id").id())), DEFAULT_USERS));
    endpoints.put("getMuting", call -> services.responses().userPage(call,
        users(relations().muted(services.requireUser(call, "id").id())), DEFAULT_USERS));
    endpoints.put("muteUser", this::mute);
    endpoints.put("unmuteUser", call -> {
      relations().unmute(call.userId(), call.path("target_user_id"));
      return Responses.data(200, Json.object().put("muting", false));
    });
    endpoints.put("getAffiliates", call -> services.responses().userPage(call,
        users(relations().affiliates(services.requireUser(call, "id").id())), DEFAULT_USERS));
    endpoints.put("getRepostsOfMe", this::repostsOfMe);
  }

  /** Every word of the query must occur in the user's name or username, ignoring case. */
  private SandboxResponse search(Call call) {
    List<String> words = Arrays.stream(call.query("query").toLowerCase(Locale.ROOT).split(" "))
        .filter(word -> !word.isEmpty()).toList();
    List<SandboxUser> found = services.state().users().stream().filter(user -> {
      String haystack = (user.name() + " " + user.username()).toLowerCase(Locale.ROOT);
      return words.stream().allMatch(haystack::contains);
    }).toList();
    return services.responses().userPage(call, found, DEFAULT_USERS);
  }

  private SandboxResponse mute(Call call) {
    String target = call.jsonBody().path("target_user_id").asText();
    if (services.state().user(target).isEmpty()) {
      throw Problems.invalidParameter("target_user_id", target, "The user [" + target + "] does not exist.");
    }
    if (target.equals(call.userId())) {
      throw Problems.invalidParameter("target_user_id", target, "You cannot mute yourself.");
    }
    relations().mute(call.userId(), target);
    return Responses.data(200, Json.object().put("muting", true));
  }

  /** Reposts other users made of the caller's posts, newest first. */
  private SandboxResponse repostsOfMe(Call call) {
    String me = call.userId();
    List<Post> reposts = services.state().posts(post -> post.isRepost() && !post.authorId().equals(me)
        && Optional.ofNullable(post.referencedId("retweeted")).flatMap(services.state()::post)
            .map(source -> source.authorId().equals(me)).orElse(false));
    return services.responses().postPage(call, reposts, DEFAULT_POSTS);
  }

  private UserRelations relations() {
    return services.state().relations();
  }

  private List<SandboxUser> users(List<String> ids) {
    List<SandboxUser> result = new ArrayList<>();
    ids.forEach(id -> services.state().user(id).ifPresent(result::add));
    return result;
  }
}
