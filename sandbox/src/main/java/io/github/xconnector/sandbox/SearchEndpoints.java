package io.github.xconnector.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/** Search and counts: recent over the last seven days of posts, full archive over all of them. */
final class SearchEndpoints {

  static final Duration RECENT = Duration.ofDays(7);
  /** The window full-archive counts cover when the request names no start, as X's. */
  static final Duration ARCHIVE_COUNTS_DEFAULT = Duration.ofDays(30);
  private static final int DEFAULT_MAX_RESULTS = 10;

  private final Services services;

  SearchEndpoints(Services services) {
    this.services = services;
  }

  void registerInto(Map<String, Endpoint> endpoints) {
    endpoints.put("searchRecentPosts", this::search);
    endpoints.put("countRecentPosts", call -> counts(call, true));
    endpoints.put("searchAllPosts", call -> services.responses().postPage(call,
        services.state().posts(matching(call, false)), DEFAULT_MAX_RESULTS));
    endpoints.put("countAllPosts", call -> counts(call, false));
  }

  private SandboxResponse search(Call call) {
    return services.responses().postPage(call, services.state().posts(matching(call, true)), DEFAULT_MAX_RESULTS);
  }

  private SandboxResponse counts(Call call, boolean recent) {
    Instant now = services.now();
    Instant start = PostFilters.time(call, "start_time");
    Instant end = PostFilters.time(call, "end_time");
    String granularity = call.query("granularity") == null ? "hour" : call.query("granularity");
    ChronoUnit unit = switch (granularity) {
      case "minute" -> ChronoUnit.MINUTES;
      case "day" -> ChronoUnit.DAYS;
      default -> ChronoUnit.HOURS;
    };
    Instant from = (start == null ? now.minus(recent ? RECENT : ARCHIVE_COUNTS_DEFAULT) : start).truncatedTo(unit);
    Instant to = end == null ? now : end;
    Map<Instant, Integer> perBucket = new HashMap<>();
    for (Post post : services.state().posts(matching(call, recent))) {
      perBucket.merge(post.createdAt().truncatedTo(unit), 1, Integer::sum);
    }
    FieldSelector fields = FieldSelector.from(call.request());
    ObjectNode body = Json.object();
    ArrayNode data = body.putArray("data");
    int total = 0;
    for (Instant bucket = from; bucket.isBefore(to); bucket = bucket.plus(1, unit)) {
      Instant bucketStart = bucket;
      Instant bucketEnd = bucket.plus(1, unit);
      int count = perBucket.getOrDefault(bucketStart, 0);
      total += count;
      ObjectNode entry = data.addObject();
      if (fields.countFields().contains("end")) {
        entry.put("end", Json.time(bucketEnd));
      }
      if (fields.countFields().contains("start")) {
        entry.put("start", Json.time(bucketStart));
      }
      if (fields.countFields().contains("tweet_count")) {
        entry.put("tweet_count", count);
      }
    }
    body.putObject("meta").put("total_tweet_count", total);
    return SandboxResponse.json(200, body);
  }

  /** The query, the seven-day window of recent search and the id and time filters as one test. */
  private Predicate<Post> matching(Call call, boolean recent) {
    String text = call.query("query");
    SearchQuery query;
    try {
      query = SearchQuery.parse(text);
    } catch (IllegalArgumentException e) {
      throw Problems.invalidParameter("query", text, e.getMessage());
    }
    Instant oldest = recent ? services.now().minus(RECENT) : Instant.EPOCH;
    Instant start = PostFilters.time(call, "start_time");
    if (recent && start != null && start.isBefore(oldest.minusSeconds(60))) {
      throw Problems.invalidParameter("start_time", call.query("start_time"), "Invalid 'start_time':'"
          + call.query("start_time") + "'. 'start_time' must be on or after " + Json.time(oldest));
    }
    return PostFilters.from(call).and(p -> !p.createdAt().isBefore(oldest)).and(p -> query.matches(subject(p)));
  }

  private SearchQuery.Subject subject(Post post) {
    String author = services.state().user(post.authorId()).map(SandboxUser::username).orElse("");
    String repliedTo = post.inReplyToUserId() == null ? null
        : services.state().user(post.inReplyToUserId()).map(SandboxUser::username).orElse(null);
    return new SearchQuery.Subject(post, author, repliedTo, TextEntities.of(post.text()));
  }
}
