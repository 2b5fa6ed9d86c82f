package io.github.xconnector.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Posts that quote or repost a post, hiding replies, post analytics, and editing a post (a create-post request with
 * {@code edit_options}, checked here before the post is published). State of its own is in
 * {@link PostEngagementStore}.
 */
final class PostEngagementEndpoints {

  /** X lets an author edit a post this long after publishing it, this many times. */
  static final Duration EDIT_WINDOW = Duration.ofHours(1);
  static final int MAX_EDITS = 5;
  private static final int DEFAULT_QUOTES = 10;
  private static final int DEFAULT_REPOSTS = 100;
  private static final int MAX_BUCKETS = 2000;

  private final Services services;
  private final PostEngagementStore store = new PostEngagementStore();

  PostEngagementEndpoints(Services services) {
    this.services = services;
  }

  /** Registers the endpoints; {@code createPost} must be registered already, it is wrapped to handle edits. */
  void registerInto(Map<String, Endpoint> endpoints) {
    endpoints.put("getQuotePosts", call -> {
      String id = services.requirePost(call, "id").id();
      return services.responses().postPage(call, services.state().posts(PostFilters.from(call)
          .and(p -> id.equals(p.referencedId("quoted")))), DEFAULT_QUOTES);
    });
    endpoints.put("getReposts", call -> {
      String id = services.requirePost(call, "id").id();
      return services.responses().postPage(call, services.state().posts(p -> id.equals(p.referencedId("retweeted"))),
          DEFAULT_REPOSTS);
    });
    endpoints.put("hideReply", this::hide);
    endpoints.put("getPostAnalytics", this::analytics);
    Endpoint create = endpoints.get("createPost");
    if (create != null) {
      endpoints.put("createPost", call -> edit(call, create));
    }
  }

  private SandboxResponse hide(Call call) {
    Post reply = services.requirePost(call, "tweet_id");
    if (!reply.isReply()) {
      return Problems.invalidRequest("The post [" + reply.id() + "] is not a reply; only replies can be hidden.");
    }
    String rootAuthor = services.state().post(reply.conversationId()).map(Post::authorId).orElse(null);
    if (!call.userId().equals(rootAuthor)) {
      return Problems.forbidden("You can only hide or unhide replies to conversations you started.");
    }
    boolean hidden = store.setHidden(reply.id(), call.jsonBody().path("hidden").asBoolean());
    return Responses.data(200, Json.object().put("hidden", hidden));
  }

  /** An edit publishes the new version as a new post, after X's checks, and links it to the earlier versions. */
  private SandboxResponse edit(Call call, Endpoint create) {
    JsonNode previousId = call.jsonBody().path("edit_options").path("previous_post_id");
    if (previousId.isMissingNode()) {
      return create.handle(call);
    }
    Post previous = services.state().post(previousId.asText()).orElseThrow(() -> Problems.invalidParameter(
        "edit_options.previous_post_id", previousId.asText(), "The post [" + previousId.asText()
            + "] does not exist or was deleted."));
    List<String> history = store.editHistory(previous.id());
    if (!previous.authorId().equals(call.userId())) {
      return Problems.forbidden("You can only edit your own posts.");
    }
    if (!history.get(history.size() - 1).equals(previous.id())) {
      return Problems.invalidRequest("The post [" + previous.id() + "] was edited already; edit its latest version.");
    }
    Instant first = services.state().post(history.get(0)).map(Post::createdAt).orElse(previous.createdAt());
    if (history.size() > MAX_EDITS || services.now().isAfter(first.plus(EDIT_WINDOW))) {
      return Problems.forbidden("The post [" + previous.id() + "] can no longer be edited: posts may be edited "
          + MAX_EDITS + " times within " + EDIT_WINDOW.toMinutes() + " minutes of publishing.");
    }
    if (call.jsonBody().has("poll") || previous.poll() != null) {
      return Problems.invalidRequest("Posts with a poll cannot be edited.");
    }
    SandboxResponse created = create.handle(call);
    if (created.status() != 201) {
      return created;
    }
    String newId;
    try {
      newId = Json.parse(created.body()).path("data").path("id").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> versions = store.recordEdit(previous.id(), newId);
    Post post = services.state().post(newId).orElseThrow();
    ObjectNode data = Json.object().put("id", post.id()).put("text", post.text());
    data.set("edit_history_tweet_ids", Json.strings(versions));
    return Responses.data(201, data);
  }

  /** Metrics derived from the state (likes, reposts, replies, quotes, bookmarks) plus steady made-up views. */
  private SandboxResponse analytics(Call call) {
    Instant start = PostFilters.time(call, "start_time");
    Instant end = PostFilters.time(call, "end_time");
    if (!start.isBefore(end)) {
      throw Problems.invalidParameter("end_time", call.query("end_time"), "end_time must be after start_time.");
    }
    String granularity = call.query("granularity") == null ? "total" : call.query("granularity");
    Duration step = switch (granularity) {
      case "hourly" -> Duration.ofHours(1);
      case "daily" -> Duration.ofDays(1);
      case "weekly" -> Duration.ofDays(7);
      default -> Duration.between(start, end);
    };
    if (Duration.between(start, end).dividedBy(step) > MAX_BUCKETS) {
      throw Problems.invalidParameter("granularity", granularity, "The range holds more than " + MAX_BUCKETS
          + " buckets of this granularity; shorten it or choose a coarser one.");
    }
    String requested = call.query("analytics.fields");
    Set<String> fields = requested == null ? null : Set.of(requested.split(","));
    ArrayNode data = Json.array();
    List<ObjectNode> errors = new ArrayList<>();
    for (String raw : call.query("ids").split(",")) {
      String id = raw.trim();
      Post post = services.state().post(id).filter(p -> p.authorId().equals(call.userId())).orElse(null);
      if (post == null) {
        errors.add(Problems.resourceNotFound("tweet", "ids", id));
        continue;
      }
      Map<String, Long> totals = metrics(post);
      ObjectNode entry = data.addObject().put("id", id);
      put(entry, totals, fields);
      ArrayNode buckets = entry.putArray("timestamped_metrics");
      Instant created = post.createdAt();
      for (Instant bucket = start; bucket.isBefore(end); bucket = bucket.plus(step)) {
        Instant bucketEnd = bucket.plus(step);
        boolean holdsPost = !created.isBefore(bucket) && created.isBefore(bucketEnd)
            || bucket.equals(start) && created.isBefore(start);
        ObjectNode item = buckets.addObject().put("timestamp", bucket.truncatedTo(ChronoUnit.SECONDS).toString());
        Map<String, Long> counts = new LinkedHashMap<>();
        totals.forEach((name, value) -> counts.put(name, holdsPost ? value : 0L));
        put(item.putObject("metrics"), counts, fields);
      }
    }
    ObjectNode body = Json.object();
    body.set("data", data);
    if (!errors.isEmpty()) {
      body.putArray("errors").addAll(errors);
    }
    return SandboxResponse.json(200, body);
  }

  private Map<String, Long> metrics(Post post) {
    SandboxState state = services.state();
    SandboxState.PostMetrics counts = state.postMetrics(post.id());
    long bookmarks = state.users().stream().filter(u -> state.bookmarks(u.id()).stream()
        .anyMatch(p -> p.id().equals(post.id()))).count();
    long seed = Math.floorMod(post.numericId(), 97);
    long detailExpands = seed % 13;
    long profileClicks = seed % 7;
    long engagements = counts.likeCount() + counts.retweetCount() + counts.replyCount() + counts.quoteCount()
        + bookmarks + detailExpands + profileClicks;
    Map<String, Long> metrics = new LinkedHashMap<>();
    metrics.put("impressions", 40 + seed + 25 * engagements);
    metrics.put("engagements", engagements);
    metrics.put("likes", (long) counts.likeCount());
    metrics.put("retweets", (long) counts.retweetCount());
    metrics.put("replies", (long) counts.replyCount());
    metrics.put("quote_tweets", (long) counts.quoteCount());
    metrics.put("bookmarks", bookmarks);
    metrics.put("detail_expands", detailExpands);
    metrics.put("user_profile_clicks", profileClicks);
    metrics.put("url_clicks", 0L);
    metrics.put("hashtag_clicks", 0L);
    return metrics;
  }

  private static void put(ObjectNode target, Map<String, Long> metrics, Set<String> fields) {
    metrics.forEach((name, value) -> {
      if (fields == null || fields.contains(name)) {
        target.put(name, value);
      }
    });
  }
}
