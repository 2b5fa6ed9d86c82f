package io.github.xconnector.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TourTest {

  private static List<String> lines;
  private static boolean succeeded;

  @BeforeAll
  static void runTourAgainstSandbox() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
    try (ExampleSession session = ExampleSession.open(Map.of(), out)) {
      succeeded = Tour.run(session, out);
    }
    lines = List.of(buffer.toString(StandardCharsets.UTF_8).split("\\R"));
  }

  @Test
  void run_withoutSettings_firstLineSaysSandboxIsUsed() {
    assertThat(lines.get(0)).matches(
        "No X connection settings in the environment: using a local X sandbox at http://127\\.0\\.0\\.1:\\d+");
  }

  @Test
  void run_withoutSettings_logsInThroughLoopbackReceiverAndRefreshes() {
    assertThat(lines).anyMatch(line -> line.startsWith("Authorization URL: http://127.0.0.1:")
        && line.contains("/i/oauth2/authorize"));
    assertThat(lines).anyMatch(line -> line.matches("Loopback receiver at http://127\\.0\\.0\\.1:\\d+/callback got"
        + " the code; exchanged it for tokens"));
    assertThat(lines).contains("Signed in as @sandbox_dev (user id 1000000001)");
    assertThat(lines).anyMatch(line -> line.startsWith("Refreshed the tokens") && line.contains("rotated: yes"));
  }

  @Test
  void run_appOnly_readsUserAndRefusesUsersMeBeforeSending() {
    assertThat(lines).contains("App-only lookup of @sandbox_dev: user id 1000000001, name Sandbox Developer");
    assertThat(lines)
        .anyMatch(line -> line.startsWith("users/me refused before sending: [local sandbox] GET /2/users/me"));
  }

  @Test
  void run_publishPosts_printsIdsOfPostReplyQuoteAndPoll() {
    String postId = find("Posted (\\d+): \"Hello from X Connector for Java");
    assertThat(lines).anyMatch(line -> line.matches("Replied \\d+ to " + postId));
    assertThat(lines).anyMatch(line -> line.matches("Quoted " + postId + " in \\d+"));
    assertThat(lines).anyMatch(line -> line.matches("Posted poll \\d+ with 2 options, open for 1 day"));
  }

  @Test
  void run_postWithVideo_showsSegmentsUpTo100PercentAndHomeTimelineShowsTheVideoPost() {
    assertThat(lines.stream().filter(line -> line.startsWith("  upload progress:"))).hasSizeGreaterThan(1);
    assertThat(lines).contains("  upload progress: 40960 of 40960 bytes (100%)");
    assertThat(lines).anyMatch(line -> line.matches("Uploaded media \\d+ \\(MP4\\), processing succeeded"));
    String videoPostId = find("Posted video post (\\d+):");
    assertThat(lines).anyMatch(line -> line.startsWith("Home timeline: ") && line.contains("newest " + videoPostId));
    assertThat(lines).anyMatch(line -> line.startsWith("Mentions of @sandbox_dev: 3 posts"));
  }

  @Test
  void run_search_resumesFromSavedPositionWithoutRepeats() {
    assertThat(lines).contains("Search \"#java -is:retweet\", page 1: 10 posts");
    assertThat(lines).contains("Saved the position (next token) to search-position.txt");
    assertThat(lines).anyMatch(line -> line.matches("Resumed from the saved position: [1-9]\\d* more posts on \\d"
        + " page\\(s\\), none seen before.*"));
  }

  @Test
  void run_usersFollowsLikesReposts_doesAndUndoesEach() {
    assertThat(lines).contains("Followed @nora_quill: following true", "Unfollowed @nora_quill: following false",
        "Undid the repost: reposted false", "Undid the like: liked false");
    assertThat(lines).anyMatch(line -> line.matches("Liked post \\d+: true"));
    assertThat(lines).anyMatch(line -> line.matches("Reposted post \\d+: true"));
  }

  @Test
  void run_curateList_createsFillsReadsPinsAndDeletesTheList() {
    String listId = find("Created list (\\d+)");
    assertThat(lines).contains("Added @nora_quill: member true", "Added @kai_rivers: member true",
        "List \"X Connector tour\": 2 members, private false", "Pinned the list: true",
        "Pinned lists now: [X Connector tour]", "Unpinned it: pinned false", "Deleted the list: true");
    assertThat(lines).anyMatch(line -> line.matches("Posts of the list: [1-9]\\d* on the first page, by 2 members"));
    assertThat(listId).matches("\\d{1,19}");
  }

  @Test
  void run_errors_showsValidationNotFoundServerErrorAndRateLimitWithReset() {
    assertThat(lines).anyMatch(line -> line.startsWith("Refused before sending: The text is"));
    assertThat(lines).contains("Post 1 does not exist: Not Found Error: Could not find tweet with id: [1].");
    assertThat(lines).anyMatch(line -> line.startsWith("Without retries: ") && line.contains("HTTP 503"));
    assertThat(lines).contains("With the default retries the same failure goes unnoticed: signed in as @sandbox_dev");
    assertThat(lines).anyMatch(line -> line.matches("users/me rate limit: \\d+ of \\d+ calls left, resets at .*Z"));
    assertThat(lines).anyMatch(line -> line.matches("followers call 3: rate limit 0 of 3 calls left, resets at .*Z"));
    assertThat(lines).anyMatch(line -> line.matches("Rate limited \\(HTTP 429\\): 0 of 3 calls left, resets at \\S+Z;"
        + " retry at \\S+Z"));
  }

  @Test
  void run_exportBookmarks_writesTheSeededBookmarksWithTheirFolders() {
    assertThat(lines).contains("Folder \"Java reading\": 1 posts", "Folder \"Launches\": 2 posts",
        "Read 3 bookmarks, 3 of them in 2 folders");
    assertThat(lines).anyMatch(line -> line.matches(
        "Wrote 3 bookmarks as JSONL to bookmarks\\.jsonl \\(\\d+ bytes\\)"));
    assertThat(lines).anyMatch(line -> line.matches("Wrote 3 bookmarks as CSV to bookmarks\\.csv \\(\\d+ bytes\\)"));
  }

  void sendDirectMessageWithImage_sendsListsAndDownloadsTheImage_seenByTheRecipient() {
    assertThat(lines).anyMatch(line -> line.matches("Uploaded red-square\\.png for direct messages: media \\d+"));
    assertThat(lines).anyMatch(line -> line.matches("Sent direct message \\d+ in conversation 1000000001-1000000002"));
    assertThat(lines).contains("Conversation 1000000001-1000000002: 1 message(s), newest first");
    assertThat(lines).anyMatch(line -> line.matches("Downloaded \\d+\\.png from the message: 75 bytes, streamed to"
        + " received-\\d+\\.png"));
    assertThat(lines).contains("Kai sees 1 message(s) from @sandbox_dev in the same conversation");
  }


  @Test
  void run_allExamples_lastLineSaysSuccess() {
    assertThat(lines).noneMatch(line -> line.startsWith("FAILED"));
    assertThat(lines).contains("Deleted the 6 posts the tour published");
    assertThat(lines.get(lines.size() - 1)).isEqualTo("Tour finished: 12 examples, success");
    assertThat(succeeded).isTrue();
  }

  private static String find(String regex) {
    Pattern pattern = Pattern.compile(regex);
    for (String line : lines) {
      Matcher matcher = pattern.matcher(line);
      if (matcher.lookingAt()) {
        return matcher.group(1);
      }
    }
    throw new AssertionError("No line matches " + regex + " in:\n" + String.join("\n", lines));
  }
}
