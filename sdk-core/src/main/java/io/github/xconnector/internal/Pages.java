package io.github.xconnector.internal;

import io.github.xconnector.Page;
import io.github.xconnector.RateLimit;
import io.github.xconnector.generated.model.ApiResponse;
import io.github.xconnector.generated.model.Post;
import io.github.xconnector.generated.model.PostPage;
import io.github.xconnector.generated.model.User;
import io.github.xconnector.generated.model.UserPage;

/** Turns the generated page models into {@link Page}s. */
public final class Pages {

  private Pages() {
  }

  /**
   * Wraps a page of posts.
   *
   * @param response the response with its headers
   * @return the page
   */
  public static Page<Post> posts(ApiResponse<PostPage> response) {
    PostPage page = response.getData() == null ? new PostPage() : response.getData();
    return new Page<>(page.getData(), page.getIncludes(), page.getErrors(),
        page.getMeta() == null ? null : page.getMeta().getNextToken(),
        page.getMeta() == null ? null : page.getMeta().getResultCount(),
        RateLimit.fromHeaders(response.getHeaders()));
  }

  /**
   * Wraps a page of users.
   *
   * @param response the response with its headers
   * @return the page
   */
  public static Page<User> users(ApiResponse<UserPage> response) {
    UserPage page = response.getData() == null ? new UserPage() : response.getData();
    return new Page<>(page.getData(), page.getIncludes(), page.getErrors(),
        page.getMeta() == null ? null : page.getMeta().getNextToken(),
        page.getMeta() == null ? null : page.getMeta().getResultCount(),
        RateLimit.fromHeaders(response.getHeaders()));
  }
}
