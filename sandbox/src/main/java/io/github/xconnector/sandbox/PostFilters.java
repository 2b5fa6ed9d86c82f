package io.github.xconnector.sandbox;

import java.time.Instant;
import java.util.Set;
import java.util.function.Predicate;

/** The filters timelines and search share: {@code since_id}, {@code until_id}, times and {@code exclude}. */
final class PostFilters {

  private PostFilters() {}

  /** Builds the filter from the request; values were checked against the spec already. */
  static Predicate<Post> from(Call call) {
    Predicate<Post> filter = p -> true;
    String sinceId = call.query("since_id");
    if (sinceId != null) {
      long since = Long.parseLong(sinceId);
      filter = filter.and(p -> p.numericId() > since);
    }
    String untilId = call.query("until_id");
    if (untilId != null) {
      long until = Long.parseLong(untilId);
      filter = filter.and(p -> p.numericId() < until);
    }
    Instant start = time(call, "start_time");
    if (start != null) {
      filter = filter.and(p -> !p.createdAt().isBefore(start));
    }
    Instant end = time(call, "end_time");
    if (end != null) {
      filter = filter.and(p -> p.createdAt().isBefore(end));
    }
    String exclude = call.query("exclude");
    if (exclude != null) {
      Set<String> excluded = Set.of(exclude.split(","));
      if (excluded.contains("replies")) {
        filter = filter.and(p -> !p.isReply());
      }
      if (excluded.contains("retweets")) {
        filter = filter.and(p -> !p.isRepost());
      }
    }
    return filter;
  }

  static Instant time(Call call, String parameter) {
    String value = call.query(parameter);
    if (value == null) {
      return null;
    }
    try {
      return java.time.OffsetDateTime.parse(value).toInstant();
    } catch (java.time.format.DateTimeParseException e) {
      throw Problems.invalidParameter(parameter, value, "The `" + parameter + "` query parameter value [" + value
          + "] is not a valid RFC 3339 time.");
    }
  }
}
