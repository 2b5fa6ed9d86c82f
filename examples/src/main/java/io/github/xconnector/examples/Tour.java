package io.github.xconnector.examples;

import java.io.PrintStream;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Runs every example in order against one connection and reports what each did; the last line says whether all
 * succeeded.
 *
 * <p>Against the sandbox, from a fresh clone: {@code mvn -q -B -pl examples -am -Ptour verify -DskipTests}. Against
 * the real X API set the OAuth settings (see {@link LogInWithOAuth}) and, for the app-only example, a Bearer token or
 * consumer key and secret; the posts the tour publishes are deleted at its end.
 */
public final class Tour {

  /** One example: its name, the task it shows, and how to run it with a session. */
  private record Example(String name, String task, BiConsumer<ExampleSession, PrintStream> run) {
  }

  private static final List<Example> EXAMPLES = List.of(
      new Example("LogInWithOAuth", "log in with OAuth 2.0, keep the tokens in a file, refresh them",
          LogInWithOAuth::run),
      new Example("AppOnlyBearer", "read public data with an app-only Bearer token", AppOnlyBearer::run),
      new Example("PublishPosts", "publish a post, a reply, a quote and a poll", PublishPosts::run),
      new Example("PostWithVideo", "upload a video in segments and post it", PostWithVideo::run),
      new Example("ReadTimelines", "read the home, user and mentions timelines", ReadTimelines::run),
      new Example("SearchWithSavedPosition", "search page by page and resume from a saved position",
          SearchWithSavedPosition::run),
      new Example("UsersFollowsLikesReposts", "look up users; follow, like, repost and undo",
          UsersFollowsLikesReposts::run),
      new Example("CurateList", "create a list, add members, read its posts, pin it", CurateList::run),
      new Example("ExportBookmarks", "export all bookmarks and their folders as JSON lines and CSV",
          ExportBookmarks::run),
      new Example("SendDirectMessageWithImage", "send a direct message with an image, list it, download the image",
          SendDirectMessageWithImage::run),
      new Example("ListenToARule", "listen to a filtered-stream rule while another thread posts",
          ListenToARule::run),
      new Example("HandleErrorsAndRateLimits", "handle errors and rate limits", HandleErrorsAndRateLimits::run));

  private Tour() {
  }

  /**
   * Runs the tour.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    try (ExampleSession session = ExampleSession.open(System.out)) {
      if (!run(session, System.out)) {
        throw new IllegalStateException("Some examples of the tour failed; see above.");
      }
    }
  }

  /**
   * Runs every example with the session; an example that fails is reported and the tour goes on.
   *
   * @param session the connection
   * @param out where to report
   * @return {@code true} when every example succeeded
   */
  public static boolean run(ExampleSession session, PrintStream out) {
    int failed = 0;
    for (int i = 0; i < EXAMPLES.size(); i++) {
      Example example = EXAMPLES.get(i);
      out.println();
      out.println("[" + (i + 1) + "/" + EXAMPLES.size() + "] " + example.name() + ": " + example.task());
      try {
        example.run().accept(session, out);
      } catch (RuntimeException e) {
        failed++;
        out.println("FAILED: " + e);
      }
    }
    out.println();
    for (String postId : session.publishedPostIds()) {
      session.x().posts().delete(postId);
    }
    out.println("Deleted the " + session.publishedPostIds().size() + " posts the tour published");
    out.println("Tour finished: " + EXAMPLES.size() + " examples, "
        + (failed == 0 ? "success" : failed + " failed"));
    return failed == 0;
  }
}
