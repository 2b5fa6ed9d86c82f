package io.github.xconnector.examples;

import io.github.xconnector.XClient;
import io.github.xconnector.generated.model.CreatePostResponseData;
import io.github.xconnector.resources.PostDraft;
import java.io.PrintStream;
import java.time.Duration;

/**
 * Publishes a post, a reply to it, a quote of it and a poll.
 *
 * <p>Each draft is checked against X's rules (length by X's count, poll options and duration) before it is sent.
 *
 * <p>Against the sandbox: {@code mvn -q -B -pl examples -am -Ptour verify -DskipTests -Dexample=PublishPosts}.
 * Against the real X API set the OAuth settings (see {@link LogInWithOAuth}): the posts appear on the signed-in
 * account, and the {@link Tour} deletes them at its end.
 */
public final class PublishPosts {

  private PublishPosts() {
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
   * Publishes the four kinds of post.
   *
   * @param session the connection
   * @param out where to report
   */
  public static void run(ExampleSession session, PrintStream out) {
    XClient x = session.x();
    String at = " (" + session.stamp() + ")";

    CreatePostResponseData post = x.posts().create("Hello from X Connector for Java" + at).getData();
    session.published(post.getId());
    out.println("Posted " + post.getId() + ": \"" + post.getText() + "\"");

    CreatePostResponseData reply = x.posts().create(PostDraft.text("A reply to my own post" + at)
        .replyTo(post.getId()).build()).getData();
    session.published(reply.getId());
    out.println("Replied " + reply.getId() + " to " + post.getId());

    CreatePostResponseData quote = x.posts().create(PostDraft.text("Quoting my own post" + at)
        .quote(post.getId()).build()).getData();
    session.published(quote.getId());
    out.println("Quoted " + post.getId() + " in " + quote.getId());

    CreatePostResponseData poll = x.posts().create(PostDraft.text("Records or classes for value objects?" + at)
        .poll(Duration.ofDays(1), "Records", "Classes").build()).getData();
    session.published(poll.getId());
    out.println("Posted poll " + poll.getId() + " with 2 options, open for 1 day");
  }
}
