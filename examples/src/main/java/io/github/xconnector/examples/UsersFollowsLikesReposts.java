package io.github.xconnector.examples;

import io.github.xconnector.XClient;
import io.github.xconnector.generated.model.Post;
import io.github.xconnector.generated.model.Problem;
import io.github.xconnector.generated.model.User;
import io.github.xconnector.generated.model.UserField;
import io.github.xconnector.generated.model.UsersResponse;
import io.github.xconnector.resources.Fields;
import io.github.xconnector.resources.TimelineRequest;
import java.io.PrintStream;
import java.util.List;

/**
 * Looks up users, then follows one, likes and reposts their latest post, and undoes all three.
 *
 * <p>Against the sandbox: {@code mvn -q -B -pl examples -am -Ptour verify -DskipTests
 * -Dexample=UsersFollowsLikesReposts} (it follows {@code @nora_quill}). Against the real X API set the OAuth settings
 * (see {@link LogInWithOAuth}) with the scopes {@code follows.write} and {@code like.write} in {@code X_SCOPES}; it
 * follows {@code @XDevelopers} (or the account named by {@code X_EXAMPLE_USERNAME}) for a moment, and leaves the
 * account as it was.
 */
public final class UsersFollowsLikesReposts {

  private UsersFollowsLikesReposts() {
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
   * Looks up users; follows, likes, reposts and undoes each.
   *
   * @param session the connection
   * @param out where to report
   */
  public static void run(ExampleSession session, PrintStream out) {
    XClient x = session.x();
    String me = session.userId();
    List<String> usernames = session.sandbox().isPresent() ? List.of("nora_quill", "kai_rivers")
        : List.of(session.environmentValue("X_EXAMPLE_USERNAME").orElse("XDevelopers"), "X");

    UsersResponse found = x.users().byUsernames(usernames, Fields.builder().user(UserField.PUBLIC_METRICS).build());
    // Usernames that do not exist come back in errors, next to the users that do.
    for (Problem problem : found.getErrors() == null ? List.<Problem>of() : found.getErrors()) {
      out.println("Not found: " + problem.getDetail());
    }
    List<User> users = found.getData() == null ? List.of() : found.getData();
    if (users.isEmpty() || !users.get(0).getUsername().equalsIgnoreCase(usernames.get(0))) {
      out.println("@" + usernames.get(0) + " was not found: nothing to follow");
      return;
    }
    for (User user : users) {
      out.println("Looked up @" + user.getUsername() + ": id " + user.getId() + ", "
          + user.getPublicMetrics().getFollowersCount() + " followers");
    }
    User target = users.get(0);

    boolean following = Boolean.TRUE.equals(x.follows().follow(me, target.getId()).getData().getFollowing());
    out.println("Followed @" + target.getUsername() + ": following " + following);

    List<Post> posts = x.timelines().userPosts(target.getId(), TimelineRequest.builder().maxResults(5).build())
        .firstPage().items();
    if (!posts.isEmpty()) {
      String postId = posts.get(0).getId();
      out.println("Liked post " + postId + ": " + x.likes().like(me, postId).getData().getLiked());
      out.println("Reposted post " + postId + ": " + x.reposts().repost(me, postId).getData().getRetweeted());
      out.println("Undid the repost: reposted " + x.reposts().undo(me, postId).getData().getRetweeted());
      out.println("Undid the like: liked " + x.likes().unlike(me, postId).getData().getLiked());
    }

    out.println("Unfollowed @" + target.getUsername() + ": following "
        + x.follows().unfollow(me, target.getId()).getData().getFollowing());
  }
}
