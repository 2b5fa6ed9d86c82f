package io.github.xconnector.examples;

import io.github.xconnector.XClient;
import io.github.xconnector.generated.model.PostExpansion;
import io.github.xconnector.generated.model.PostField;
import io.github.xconnector.generated.model.RuleDraft;
import io.github.xconnector.generated.model.User;
import io.github.xconnector.generated.model.UserField;
import io.github.xconnector.resources.Fields;
import io.github.xconnector.streams.PostEvent;
import io.github.xconnector.streams.PostStream;
import io.github.xconnector.streams.StreamEvent;
import io.github.xconnector.streams.StreamListener;
import io.github.xconnector.streams.StreamRequest;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Listens to a filtered-stream rule while another thread posts: adds a rule for a hashtag of its own, opens the
 * filtered stream, posts a matching post as the signed-in user once the stream is connected, prints the post as it
 * arrives with the rule it matched and its author, then closes the stream and deletes the rule.
 *
 * <p>Against the sandbox: {@code mvn -q -B -pl examples -am -Ptour verify -DskipTests -Dexample=ListenToARule}.
 * Against the real X API it needs both an app-only token (streams are app-only) and a signed-in user (to post):
 * {@code X_AUTHENTICATION=OAuth} with {@code X_BEARER_TOKEN}, or {@code X_CONSUMER_KEY} and {@code X_CONSUMER_SECRET}.
 */
public final class ListenToARule {

  private ListenToARule() {
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
   * Adds a rule, listens, posts from another thread, and reads the post from the stream.
   *
   * @param session the connection
   * @param out where to report
   */
  public static void run(ExampleSession session, PrintStream out) {
    if (!session.hasAppOnlyCredentials() || !session.actsForUser()) {
      out.println("Skipped: streams need an app-only token and posting needs a signed-in user");
      return;
    }
    XClient app = session.appOnly();
    String tag = "#xconnector" + session.stamp().replaceAll("[^A-Za-z0-9]", "");
    String ruleId = app.streams().rules().add(new RuleDraft().value(tag).tag("example")).getData().get(0).getId();
    out.println("Rule " + ruleId + " added: " + tag);

    CountDownLatch connected = new CountDownLatch(1);
    ExecutorService poster = Executors.newSingleThreadExecutor();
    ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor();
    try (PostStream stream = app.streams().filtered(StreamRequest.builder()
        .fields(Fields.builder().post(PostField.AUTHOR_ID).expand(PostExpansion.AUTHOR_ID)
            .user(UserField.USERNAME).build())
        .listener(new StreamListener() {
          @Override
          public void connected() {
            connected.countDown();
          }
        })
        .build())) {
      // However long X takes, the example ends: closing the stream from another thread ends the loop below.
      watchdog.schedule(stream::close, 60, TimeUnit.SECONDS);
      Future<String> posted = poster.submit(() -> {
        connected.await(30, TimeUnit.SECONDS);
        String id = session.x().posts().create("Listening with X Connector for Java " + tag).getData().getId();
        session.published(id);
        return id;
      });
      boolean arrived = false;
      for (StreamEvent event : stream) {
        if (event instanceof PostEvent) {
          arrived = true;
          PostEvent post = (PostEvent) event;
          String author = post.expansions().author(post.post()).map(User::getUsername).orElse("?");
          out.println("Streamed from @" + author + ": \"" + post.post().getText() + "\", matching "
              + post.matchingRules().get(0).getTag());
          break;
        }
        out.println("Stream event: " + event);
      }
      if (!arrived) {
        throw new IllegalStateException("The post did not arrive through the stream within a minute");
      }
      out.println("Post " + posted.get(30, TimeUnit.SECONDS) + " arrived through the stream; closing it");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while listening to the rule", e);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("Posting to the rule failed: " + e.getMessage(), e);
    } finally {
      watchdog.shutdownNow();
      poster.shutdownNow();
      app.streams().rules().deleteByIds(List.of(ruleId), false);
      out.println("Rule " + ruleId + " deleted");
    }
  }
}
