package io.github.xconnector.sandbox;

import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** The user, mentions and home (reverse chronological) timelines. */
final class TimelineEndpoints {

  private static final int DEFAULT_MAX_RESULTS = 10;
  /** X serves at most the 3,200 newest posts of a user timeline. */
  private static final int USER_TIMELINE_DEPTH = 3200;

  private final Services services;

  TimelineEndpoints(Services services) {
    this.services = services;
  }

  void registerInto(Map<String, Endpoint> endpoints) {
    endpoints.put("getUserPosts", this::userPosts);
    endpoints.put("getUserMentions", this::mentions);
    endpoints.put("getHomeTimeline", this::home);
  }

  private SandboxResponse userPosts(Call call) {
    SandboxUser user = services.requireUser(call, "id");
    Predicate<Post> filter = PostFilters.from(call).and(p -> p.authorId().equals(user.id()));
    var posts = services.state().posts(filter);
    return services.responses().postPage(call, posts.subList(0, Math.min(posts.size(), USER_TIMELINE_DEPTH)),
        DEFAULT_MAX_RESULTS);
  }

  private SandboxResponse mentions(Call call) {
    SandboxUser user = services.requireUser(call, "id");
    Predicate<Post> filter = PostFilters.from(call)
        .and(p -> !p.isRepost() && TextEntities.of(p.text()).mentions(user.username()));
    return services.responses().postPage(call, services.state().posts(filter), DEFAULT_MAX_RESULTS);
  }

  private SandboxResponse home(Call call) {
    SandboxUser user = services.requireUser(call, "id");
    if (!user.id().equals(call.userId())) {
      return Problems.forbidden("You can only read the home timeline of the authenticated user.");
    }
    Set<String> authors = new java.util.HashSet<>(services.state().followingIds(user.id()));
    authors.add(user.id());
    Predicate<Post> filter = PostFilters.from(call).and(p -> authors.contains(p.authorId()));
    filter = filter.and(p -> !services.state().relations().hides(user.id(), p.authorId()));
    return services.responses().postPage(call, services.state().posts(filter), DEFAULT_MAX_RESULTS);
  }
}
