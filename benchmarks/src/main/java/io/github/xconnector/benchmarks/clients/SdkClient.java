package io.github.xconnector.benchmarks.clients;

import feign.Client;
import io.github.xconnector.XClient;
import io.github.xconnector.generated.model.Post;
import io.github.xconnector.generated.model.User;
import io.github.xconnector.paging.Page;
import io.github.xconnector.resources.SearchRequest;

/**
 * This SDK, configured as a user configures it: a base URL, credentials and, optionally, a transport. Every other
 * option keeps its default (retries, logging off, timeouts).
 */
final class SdkClient implements BenchmarkedClient {

  private final XClient x;

  /**
   * Builds the client.
   *
   * @param baseUrl the stub's URL
   * @param transport the Feign transport, or {@code null} for the SDK's default
   */
  SdkClient(String baseUrl, Client transport) {
    XClient.Builder builder = XClient.builder().baseUrl(baseUrl).credentials(new StaticUserToken("benchmark-token"));
    if (transport != null) {
      builder.transport(transport);
    }
    this.x = builder.build();
  }

  @Override
  public Object usersMe() {
    return x.users().me();
  }

  @Override
  public Object searchRecent() {
    return x.search().recent(SearchRequest.builder("java").maxResults(10).build()).firstPage();
  }

  @Override
  public Object createPost() {
    return x.posts().create("hello");
  }

  @Override
  public int postCount(Object searchAnswer) {
    return ((Page<?>) searchAnswer).items().size();
  }

  @Override
  public String firstAuthorUsername(Object searchAnswer) {
    @SuppressWarnings("unchecked")
    Page<Post> page = (Page<Post>) searchAnswer;
    String authorId = page.items().get(0).getAuthorId();
    return page.includes().getUsers().stream().filter(u -> u.getId().equals(authorId)).map(User::getUsername)
        .findFirst().orElse(null);
  }

  @Override
  public void close() {
    // The client holds no resources of its own; the transport is shared or collected with it.
  }
}
