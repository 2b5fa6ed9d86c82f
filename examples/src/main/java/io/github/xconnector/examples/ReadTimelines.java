package io.github.xconnector.examples;

import io.github.xconnector.XClient;
import io.github.xconnector.generated.model.Post;
import io.github.xconnector.paging.Page;
import io.github.xconnector.resources.TimelineRequest;
import java.io.PrintStream;

/**
 * Reads the signed-in user's home timeline, their own posts and the posts that mention them, newest first.
 *
 * <p>Against the sandbox: {@code mvn -q -B -pl examples -am -Ptour verify -DskipTests -Dexample=ReadTimelines}.
 * Against the real X API set the OAuth settings (see {@link LogInWithOAuth}).
 */
public final class ReadTimelines {

  private ReadTimelines() {
  }

  /**
   * Runs the example alone.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    try (ExampleSession session = ExampleSession.open(System.out)) {
      run(session, System.out);
    }
  }

  /**
   * Reads the first page of each timeline.
   *
   * @param session the connection
   * @param out where to report
   */
  public static void run(ExampleSession session, PrintStream out) {
    XClient x = session.x();
    TimelineRequest tenPosts = TimelineRequest.builder().maxResults(10).build();

    report(out, "Home timeline", x.timelines().home(session.userId(), tenPosts).firstPage());
    report(out, "Posts by @" + session.username(), x.timelines().userPosts(session.userId(), tenPosts).firstPage());
    report(out, "Mentions of @" + session.username(), x.timelines().mentions(session.userId(), tenPosts).firstPage());
  }

  private static void report(PrintStream out, String timeline, Page<Post> page) {
    out.println(timeline + ": " + page.items().size() + " posts on the first page"
        + (page.hasNextPage() ? " (more on later pages)" : "")
        + page.items().stream().findFirst().map(p -> ", newest " + p.getId() + " \"" + p.getText() + "\"").orElse(""));
  }
}
