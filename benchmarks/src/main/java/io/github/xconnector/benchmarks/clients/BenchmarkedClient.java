package io.github.xconnector.benchmarks.clients;

/**
 * One way of calling the X API, reduced to the three benchmarked calls. Each call sends the request, reads the whole
 * answer into typed objects and returns them.
 *
 * <p>Implementations are thread-safe: one instance serves all benchmark threads, as one client serves a service.
 */
public interface BenchmarkedClient extends AutoCloseable {

  /**
   * Calls {@code GET /2/users/me}.
   *
   * @return the parsed answer
   */
  Object usersMe() throws Exception;

  /**
   * Calls {@code GET /2/tweets/search/recent} for {@code java}, ten results, and reads the first page.
   *
   * @return the parsed answer
   */
  Object searchRecent() throws Exception;

  /**
   * Calls {@code POST /2/tweets} with the text {@code hello}.
   *
   * @return the parsed answer
   */
  Object createPost() throws Exception;

  /**
   * Returns how many posts a parsed search answer holds, to check that the client read it.
   *
   * @param searchAnswer what {@link #searchRecent()} returned
   * @return the number of posts
   */
  int postCount(Object searchAnswer);

  /**
   * Returns the username of the author of the first post, looked up in the answer's includes, to check that the
   * client read the includes.
   *
   * @param searchAnswer what {@link #searchRecent()} returned
   * @return the username
   */
  String firstAuthorUsername(Object searchAnswer);

  @Override
  void close();
}
