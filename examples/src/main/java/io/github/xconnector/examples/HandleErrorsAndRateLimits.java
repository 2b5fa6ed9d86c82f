package io.github.xconnector.examples;

import io.github.xconnector.XClient;
import io.github.xconnector.errors.RateLimitException;
import io.github.xconnector.errors.ServerException;
import io.github.xconnector.errors.XValidationException;
import io.github.xconnector.generated.model.PostResponse;
import io.github.xconnector.generated.model.Problem;
import io.github.xconnector.generated.model.User;
import io.github.xconnector.paging.Page;
import io.github.xconnector.resources.PageRequest;
import io.github.xconnector.sandbox.XSandbox;
import io.github.xconnector.transport.RateLimit;
import io.github.xconnector.transport.RetryPolicy;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/**
 * Shows the errors a program meets and what they carry: a draft refused before sending, a post that does not exist,
 * a failure X recovers from, and a rate limit with its reset time.
 *
 * <p>X reports a missing post as a successful answer with a "Not Found Error" in {@code errors}, not as HTTP 404; the
 * SDK keeps such partial errors as data. Errors with a status become exceptions under
 * {@code io.github.xconnector.errors.XException}: {@code RateLimitException} (429), {@code NotFoundException} (404),
 * {@code ServerException} (5xx), and so on.
 *
 * <p>Against the sandbox: {@code mvn -q -B -pl examples -am -Ptour verify -DskipTests
 * -Dexample=HandleErrorsAndRateLimits}; the sandbox fails one request on purpose and allows only 3 calls per 15
 * minutes to {@code GET /2/users/{id}/followers}, so the 4th gets a 429. Against the real X API set the OAuth settings
 * (see {@link LogInWithOAuth}); there it reads the rate-limit headers of one call and exhausts no limit.
 */
public final class HandleErrorsAndRateLimits {

  private HandleErrorsAndRateLimits() {
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
   * Meets each kind of error.
   *
   * @param session the connection
   * @param out where to report
   */
  public static void run(ExampleSession session, PrintStream out) {
    XClient x = session.x();

    try {
      x.posts().create("This post is far too long. ".repeat(12));
    } catch (XValidationException e) {
      out.println("Refused before sending: " + e.getMessage());
    }

    PostResponse missing = x.posts().get("1");
    for (Problem problem : missing.getErrors() == null ? List.<Problem>of() : missing.getErrors()) {
      out.println("Post 1 does not exist: " + problem.getTitle() + ": " + problem.getDetail());
    }

    Optional<XSandbox> sandbox = session.sandbox();
    // A client that neither retries nor waits for a rate limit to reset: errors reach the caller at once.
    XClient failFast = x.withOptions(options -> options.retryPolicy(RetryPolicy.none()));
    if (sandbox.isPresent()) {
      sandbox.get().faults().failNext(1);
      try {
        failFast.users().me();
      } catch (ServerException e) {
        out.println("Without retries: " + e.getMessage());
      }
      sandbox.get().faults().failNext(1);
      User me = x.users().me().getData();
      out.println("With the default retries the same failure goes unnoticed: signed in as @" + me.getUsername());
    }
    // A call that returns one result (not a page) leaves its rate-limit state on the client.
    x.users().me();
    out.println("users/me rate limit: "
        + x.rateLimits().latest("GET /2/users/me").map(HandleErrorsAndRateLimits::describe).orElse("not reported"));

    int calls = sandbox.isPresent() ? LocalSandbox.RATE_LIMIT + 1 : 1;
    try {
      for (int call = 1; call <= calls; call++) {
        Page<?> followers = failFast.follows().followers(session.userId(), PageRequest.builder().maxResults(5)
            .build()).firstPage();
        out.println("followers call " + call + ": rate limit " + describe(followers.rateLimit()));
      }
    } catch (RateLimitException e) {
      out.println("Rate limited (HTTP " + e.statusCode() + "): " + describe(e.rateLimit()) + "; retry at "
          + e.retryAt().map(Object::toString).orElse("an unknown time"));
    }
  }

  private static String describe(RateLimit rateLimit) {
    return rateLimit.endpoint()
        .map(window -> window.remaining() + " of " + window.limit() + " calls left, resets at "
            + window.resetAt().map(Object::toString).orElse("?"))
        .orElse("not reported");
  }
}
