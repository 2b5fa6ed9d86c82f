package io.github.xconnector.examples;

import io.github.xconnector.XClient;
import io.github.xconnector.errors.XAuthenticationException;
import io.github.xconnector.generated.model.Post;
import io.github.xconnector.generated.model.User;
import io.github.xconnector.paging.Page;
import io.github.xconnector.resources.TimelineRequest;
import java.io.PrintStream;

/**
 * Reads public data with an app-only Bearer token, which acts for the app rather than a user.
 *
 * <p>The token is the configured Bearer token, or one obtained from the consumer key and secret on first use. It
 * looks up a user and reads their posts; asking who "me" is fails before any request is sent, since an app-only
 * token has no user.
 *
 * <p>Against the sandbox: {@code mvn -q -B -pl examples -am -Ptour verify -DskipTests -Dexample=AppOnlyBearer}.
 * Against the real X API set {@code X_AUTHENTICATION=Bearer}, {@code X_CONNECTION_NAME} and {@code X_BEARER_TOKEN}
 * (or {@code X_CONSUMER_KEY} and {@code X_CONSUMER_SECRET}); with OAuth settings, add those to them.
 */
public final class AppOnlyBearer {

  /** Whose posts to read when no user is signed in. */
  private static final String PUBLIC_ACCOUNT = "XDevelopers";

  private AppOnlyBearer() {
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
   * Looks up a user and reads their latest posts with an app-only token.
   *
   * @param session the connection
   * @param out where to report
   */
  public static void run(ExampleSession session, PrintStream out) {
    if (!session.hasAppOnlyCredentials()) {
      out.println("Skipped: set X_BEARER_TOKEN, or X_CONSUMER_KEY and X_CONSUMER_SECRET, for app-only access");
      return;
    }
    XClient app = session.appOnly();
    String username = session.actsForUser() ? session.username() : PUBLIC_ACCOUNT;

    User user = app.users().byUsername(username).getData();
    out.println("App-only lookup of @" + user.getUsername() + ": user id " + user.getId() + ", name " + user.getName());

    Page<Post> posts = app.timelines().userPosts(user.getId(), TimelineRequest.builder().maxResults(5).build())
        .firstPage();
    out.println("App-only read of @" + user.getUsername() + "'s posts: " + posts.items().size() + " on the first page"
        + posts.items().stream().findFirst().map(p -> ", newest \"" + p.getText() + "\"").orElse(""));

    try {
      app.users().me();
    } catch (XAuthenticationException e) {
      out.println("users/me refused before sending: " + e.getMessage());
    }
  }
}
