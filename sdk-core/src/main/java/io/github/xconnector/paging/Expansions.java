package io.github.xconnector.paging;

import io.github.xconnector.generated.model.Includes;
import io.github.xconnector.generated.model.Media;
import io.github.xconnector.generated.model.Post;
import io.github.xconnector.generated.model.PostReferencedTweetsInner;
import io.github.xconnector.generated.model.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Resolves a post's expansions from the {@code includes} of the response it came with: its author, its media, and the
 * posts it replies to, quotes or reposts. An expansion that was not requested resolves to nothing.
 */
public final class Expansions {

  private final Includes includes;

  /**
   * Wraps the includes of one response.
   *
   * @param includes the includes; may be {@code null}
   */
  public Expansions(Includes includes) {
    this.includes = includes == null ? new Includes() : includes;
  }

  /**
   * Finds a post's author (needs the {@code author_id} expansion).
   *
   * @param post the post
   * @return the author, if included
   */
  public Optional<User> author(Post post) {
    return user(post.getAuthorId());
  }

  /**
   * Finds a user by id among the included users.
   *
   * @param userId the id
   * @return the user, if included
   */
  public Optional<User> user(String userId) {
    if (userId == null || includes.getUsers() == null) {
      return Optional.empty();
    }
    return includes.getUsers().stream().filter(u -> userId.equals(u.getId())).findFirst();
  }

  /**
   * Finds a post's media (needs the {@code attachments.media_keys} expansion).
   *
   * @param post the post
   * @return the media in attachment order; those not included are skipped
   */
  public List<Media> media(Post post) {
    List<Media> found = new ArrayList<>();
    if (post.getAttachments() == null || post.getAttachments().getMediaKeys() == null
        || includes.getMedia() == null) {
      return found;
    }
    for (String key : post.getAttachments().getMediaKeys()) {
      includes.getMedia().stream().filter(m -> key.equals(m.getMediaKey())).findFirst().ifPresent(found::add);
    }
    return found;
  }

  /**
   * Finds the posts a post replies to, quotes or reposts (needs the {@code referenced_tweets.id} expansion).
   *
   * @param post the post
   * @return the referenced posts that were included
   */
  public List<Post> referencedPosts(Post post) {
    List<Post> found = new ArrayList<>();
    if (post.getReferencedTweets() == null) {
      return found;
    }
    for (PostReferencedTweetsInner reference : post.getReferencedTweets()) {
      post(reference.getId()).ifPresent(found::add);
    }
    return found;
  }

  /**
   * Finds an included post by id.
   *
   * @param postId the id
   * @return the post, if included
   */
  public Optional<Post> post(String postId) {
    if (postId == null || includes.getTweets() == null) {
      return Optional.empty();
    }
    return includes.getTweets().stream().filter(p -> Objects.equals(postId, p.getId())).findFirst();
  }
}
