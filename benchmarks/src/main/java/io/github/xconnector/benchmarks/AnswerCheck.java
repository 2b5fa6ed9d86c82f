package io.github.xconnector.benchmarks;

import io.github.xconnector.benchmarks.clients.BenchmarkedClient;

/** Checks that a client reads the stub's answers completely, so that no client is timed on half the work. */
final class AnswerCheck {

  private AnswerCheck() {
  }

  /**
   * Makes each call once and checks the answers.
   *
   * @param client the client
   * @throws IllegalStateException when an answer is missing or incomplete
   */
  static void check(BenchmarkedClient client) throws Exception {
    require(client.usersMe() != null, "users/me returned nothing");
    Object page = client.searchRecent();
    require(client.postCount(page) == 10, "search/recent read " + client.postCount(page) + " posts, not 10");
    require("XDevelopers".equals(client.firstAuthorUsername(page)),
        "search/recent did not resolve the first author from includes: " + client.firstAuthorUsername(page));
    require(client.createPost() != null, "create post returned nothing");
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalStateException(message);
    }
  }
}
