package io.github.xconnector.sandbox;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The sandbox's Communities and news stories. Both are seeded and fixed; a story's posts are the sandbox's posts with
 * one of its hashtags, so they follow what is posted.
 */
final class DirectoryStore {

  /** A Community. */
  record Community(String id, String name, String description, String access, String joinPolicy, int memberCount,
      Instant createdAt) {}

  /** A news story and the hashtags that gather its posts. */
  record Story(String id, String name, String hook, String summary, String category, List<String> hashtags,
      List<String> people, List<String> tickers) {}

  private final List<Community> communities = List.of(
      new Community("1760000000000000001", "Java developers", "Records, streams and the JVM, discussed kindly.",
          "Public", "Open", 5400, Instant.parse("2019-07-04T06:00:00Z")),
      new Community("1760000000000000002", "Launch watchers", "Rocket launches, countdowns and space news.",
          "Public", "Open", 12800, Instant.parse("2020-05-30T19:22:00Z")),
      new Community("1760000000000000003", "Sandbox builders", "People testing their apps against a local X.",
          "Closed", "RestrictedJoinRequestsRequireAdminApproval", 42, Instant.parse("2025-01-15T09:00:00Z")));

  private final List<Story> stories = List.of(
      new Story("1870000000000000001", "Launch window opens at dawn", "The crew is ready; the weather looks good.",
          "A launch is planned for tomorrow at dawn and forecasters expect clear skies.", "Science",
          List.of("space", "launch"), List.of("The crew"), List.of()),
      new Story("1870000000000000002", "Developers embrace Java records", "Value objects get shorter.",
          "Engineers report cleaner value objects after moving to Java records.", "Technology",
          List.of("java"), List.of(), List.of("ORCL")));

  Optional<Community> community(String id) {
    return communities.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** Communities whose name or description has every word of the query. */
  List<Community> searchCommunities(String query) {
    List<String> words = words(query);
    return communities.stream().filter(c -> words.stream().allMatch(w -> (c.name() + " " + c.description())
        .toLowerCase(Locale.ROOT).contains(w))).toList();
  }

  Optional<Story> story(String id) {
    return stories.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** Stories whose headline, summary or hashtags have every word of the query. */
  List<Story> searchStories(String query) {
    List<String> words = words(query);
    return stories.stream().filter(s -> words.stream().allMatch(w -> (s.name() + " " + s.summary() + " "
        + String.join(" ", s.hashtags())).toLowerCase(Locale.ROOT).contains(w))).toList();
  }

  private static List<String> words(String query) {
    return Arrays.asList(query.toLowerCase(Locale.ROOT).trim().split("\\s+"));
  }
}
