package io.github.xconnector.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Communities (lookup and search) and news stories (lookup and search) from a {@link DirectoryStore}. */
final class DirectoryEndpoints {

  private static final Set<String> DEFAULT_COMMUNITY_FIELDS = Set.of("id", "name");
  private static final Set<String> DEFAULT_NEWS_FIELDS = Set.of("id", "name");
  private static final int DEFAULT_COMMUNITIES = 10;
  private static final int DEFAULT_STORIES = 10;
  private static final int DEFAULT_MAX_AGE_HOURS = 168;

  private final Services services;
  private final DirectoryStore directory;

  DirectoryEndpoints(Services services, DirectoryStore directory) {
    this.services = services;
    this.directory = directory;
  }

  void registerInto(Map<String, Endpoint> endpoints) {
    endpoints.put("getCommunity", call -> {
      String id = call.path("id");
      return directory.community(id).map(community -> {
        ObjectNode body = Json.object();
        body.set("data", view(community, communityFields(call)));
        return SandboxResponse.json(200, body);
      }).orElseGet(() -> Responses.onlyErrors(Problems.resourceNotFound("community", "id", id)));
    });
    endpoints.put("searchCommunities", this::searchCommunities);
    endpoints.put("getNews", call -> {
      String id = call.path("id");
      return directory.story(id).map(story -> {
        ObjectNode body = Json.object();
        body.set("data", view(story, newsFields(call)));
        return SandboxResponse.json(200, body);
      }).orElseGet(() -> Responses.onlyErrors(Problems.resourceNotFound("news", "id", id)));
    });
    endpoints.put("searchNews", this::searchNews);
  }

  private SandboxResponse searchCommunities(Call call) {
    Pages.Slice<DirectoryStore.Community> page = Pages.slice(directory.searchCommunities(call.query("query")),
        call.maxResults(DEFAULT_COMMUNITIES), Pages.token(call), DirectoryStore.Community::id);
    Set<String> fields = communityFields(call);
    ObjectNode body = Json.object();
    if (!page.items().isEmpty()) {
      ArrayNode data = body.putArray("data");
      page.items().forEach(community -> data.add(view(community, fields)));
    }
    ObjectNode meta = body.putObject("meta");
    if (page.nextToken() != null) {
      meta.put("next_token", page.nextToken());
    }
    return SandboxResponse.json(200, body);
  }

  /** Stories that match and whose latest post is no older than {@code max_age_hours}. */
  private SandboxResponse searchNews(Call call) {
    String age = call.query("max_age_hours");
    Instant since = services.now().minus(Duration.ofHours(age == null ? DEFAULT_MAX_AGE_HOURS : Integer.parseInt(age)));
    Set<String> fields = newsFields(call);
    List<DirectoryStore.Story> found = directory.searchStories(call.query("query")).stream()
        .filter(story -> posts(story).stream().anyMatch(post -> post.createdAt().isAfter(since)))
        .limit(call.maxResults(DEFAULT_STORIES)).toList();
    ObjectNode body = Json.object();
    if (!found.isEmpty()) {
      ArrayNode data = body.putArray("data");
      found.forEach(story -> data.add(view(story, fields)));
    }
    body.putObject("meta").put("result_count", found.size());
    return SandboxResponse.json(200, body);
  }

  private ObjectNode view(DirectoryStore.Community community, Set<String> fields) {
    ObjectNode node = Json.object().put("id", community.id()).put("name", community.name());
    if (fields.contains("description")) {
      node.put("description", community.description());
    }
    if (fields.contains("access")) {
      node.put("access", community.access());
    }
    if (fields.contains("join_policy")) {
      node.put("join_policy", community.joinPolicy());
    }
    if (fields.contains("member_count")) {
      node.put("member_count", community.memberCount());
    }
    if (fields.contains("created_at")) {
      node.put("created_at", Json.time(community.createdAt()));
    }
    return node;
  }

  /** A story under the member names of the wire: {@code rest_id} and {@code last_updated_at_ms}. */
  private ObjectNode view(DirectoryStore.Story story, Set<String> fields) {
    ObjectNode node = Json.object().put("rest_id", story.id()).put("name", story.name());
    List<Post> posts = posts(story);
    if (fields.contains("hook")) {
      node.put("hook", story.hook());
    }
    if (fields.contains("summary")) {
      node.put("summary", story.summary());
    }
    if (fields.contains("category")) {
      node.put("category", story.category());
    }
    if (fields.contains("disclaimer")) {
      node.put("disclaimer", "This story is a summary of posts in the X sandbox and may be wrong.");
    }
    if (fields.contains("keywords")) {
      node.set("keywords", Json.strings(story.hashtags()));
    }
    if (fields.contains("updated_at") && !posts.isEmpty()) {
      node.put("last_updated_at_ms", String.valueOf(posts.get(0).createdAt().toEpochMilli()));
    }
    if (fields.contains("cluster_posts_results")) {
      ArrayNode cluster = node.putArray("cluster_posts_results");
      posts.forEach(post -> cluster.addObject().put("post_id", post.id()));
    }
    if (fields.contains("contexts")) {
      ObjectNode contexts = node.putObject("contexts");
      contexts.set("topics", Json.strings(List.of(story.category())));
      contexts.putObject("entities").set("people", Json.strings(story.people()));
      contexts.putObject("finance").set("tickers", Json.strings(story.tickers()));
    }
    return node;
  }

  /** The posts with one of the story's hashtags, newest first. */
  private List<Post> posts(DirectoryStore.Story story) {
    return services.state().posts(post -> !post.isRepost()
        && story.hashtags().stream().anyMatch(tag -> TextEntities.of(post.text()).hasHashtag(tag)));
  }

  private static Set<String> communityFields(Call call) {
    return SpaceEndpoints.withDefaults(call.query("community.fields"), DEFAULT_COMMUNITY_FIELDS);
  }

  private static Set<String> newsFields(Call call) {
    return SpaceEndpoints.withDefaults(call.query("news.fields"), DEFAULT_NEWS_FIELDS);
  }
}
