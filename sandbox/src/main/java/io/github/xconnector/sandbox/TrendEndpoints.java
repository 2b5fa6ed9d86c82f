package io.github.xconnector.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Trends computed from the hashtags of the sandbox's posts of the last seven days: a new post with a hashtag moves the
 * trends at once. Every place the sandbox knows shares the same posts.
 */
final class TrendEndpoints {

  /** The Where On Earth ids the sandbox answers for: the world and a few countries. */
  static final Set<Integer> PLACES = Set.of(1, 23424977, 23424975, 23424829, 23424856);

  private static final Duration WINDOW = Duration.ofDays(7);
  private static final int DEFAULT_TRENDS = 20;
  private static final Set<String> DEFAULT_TREND_FIELDS = Set.of("trend_name", "tweet_count");
  private static final Set<String> DEFAULT_PERSONALIZED_FIELDS = Set.of("trend_name", "post_count", "category",
      "trending_since");

  private final Services services;

  TrendEndpoints(Services services) {
    this.services = services;
  }

  void registerInto(Map<String, Endpoint> endpoints) {
    endpoints.put("getTrendsByPlace", this::byPlace);
    endpoints.put("getPersonalizedTrends", this::personalized);
  }

  private SandboxResponse byPlace(Call call) {
    String woeid = call.path("woeid");
    if (!woeid.matches("[0-9]{1,9}") || !PLACES.contains(Integer.parseInt(woeid))) {
      throw Problems.invalidParameter("woeid", woeid, "The sandbox has no trends for place [" + woeid + "]; it knows "
          + PLACES + ".");
    }
    String requested = call.query("trend.fields");
    Set<String> fields = requested == null ? DEFAULT_TREND_FIELDS : Set.copyOf(SpaceEndpoints.split(requested));
    String max = call.query("max_trends");
    List<Map.Entry<String, Integer>> trends = hashtags(post -> true);
    ObjectNode body = Json.object();
    ArrayNode data = Json.array();
    trends.stream().limit(max == null ? DEFAULT_TRENDS : Integer.parseInt(max)).forEach(trend -> {
      ObjectNode node = data.addObject();
      if (fields.contains("trend_name")) {
        node.put("trend_name", trend.getKey());
      }
      if (fields.contains("tweet_count")) {
        node.put("tweet_count", trend.getValue());
      }
    });
    if (!data.isEmpty()) {
      body.set("data", data);
    }
    return SandboxResponse.json(200, body);
  }

  /** The user's trends: hashtags of their own posts and of the users they follow. */
  private SandboxResponse personalized(Call call) {
    String userId = call.userId();
    Set<String> network = new java.util.HashSet<>(services.state().followingIds(userId));
    network.add(userId);
    String requested = call.query("personalized_trend.fields");
    Set<String> fields = requested == null ? DEFAULT_PERSONALIZED_FIELDS
        : Set.copyOf(SpaceEndpoints.split(requested));
    ObjectNode body = Json.object();
    ArrayNode data = Json.array();
    for (Map.Entry<String, Integer> trend : hashtags(post -> network.contains(post.authorId()))) {
      ObjectNode node = data.addObject();
      if (fields.contains("trend_name")) {
        node.put("trend_name", trend.getKey());
      }
      if (fields.contains("post_count")) {
        node.put("post_count", trend.getValue() + (trend.getValue() == 1 ? " post" : " posts"));
      }
      if (fields.contains("category")) {
        node.put("category", "Trending in your network");
      }
      if (fields.contains("trending_since")) {
        node.put("trending_since", "Trending now");
      }
    }
    if (!data.isEmpty()) {
      body.set("data", data);
    }
    return SandboxResponse.json(200, body);
  }

  /** Hashtags of recent matching posts, the most used first, ties by name; each post counts a tag once. */
  private List<Map.Entry<String, Integer>> hashtags(Predicate<Post> filter) {
    Instant since = services.now().minus(WINDOW);
    Map<String, Integer> counts = new LinkedHashMap<>();
    Map<String, String> spelling = new LinkedHashMap<>();
    for (Post post : services.state().posts(p -> !p.isRepost() && p.createdAt().isAfter(since) && filter.test(p))) {
      TextEntities.of(post.text()).hashtags().stream().map(TextEntities.Entity::value).distinct()
          .forEach(tag -> {
            String key = tag.toLowerCase(Locale.ROOT);
            spelling.putIfAbsent(key, "#" + tag);
            counts.merge(key, 1, Integer::sum);
          });
    }
    Map<String, Integer> named = new LinkedHashMap<>();
    counts.forEach((key, count) -> named.put(spelling.get(key), count));
    return named.entrySet().stream()
        .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue).reversed()
            .thenComparing(Map.Entry::getKey))
        .toList();
  }
}
