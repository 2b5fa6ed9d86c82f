package io.github.xconnector.streams;

import io.github.xconnector.generated.model.Includes;
import io.github.xconnector.generated.model.MatchingRule;
import io.github.xconnector.generated.model.Post;
import io.github.xconnector.generated.model.StreamMessage;
import io.github.xconnector.generated.model.StreamProblem;
import io.github.xconnector.paging.Expansions;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A post the stream delivered, with the objects its expansions name and, on the filtered stream, the rules it
 * matched. The models are this event's own, read from one line of the stream.
 */
public final class PostEvent implements StreamEvent {

  private final StreamMessage message;
  private final Includes includes;

  PostEvent(StreamMessage message) {
    this.message = Objects.requireNonNull(message, "message");
    this.includes = message.getIncludes() == null ? new Includes() : message.getIncludes();
  }

  /** @return the post */
  public Post post() {
    return message.getData();
  }

  /** @return the objects the expansions asked for (authors, media, referenced posts, ...); empty when none */
  public Includes includes() {
    return includes;
  }

  /** @return the includes resolved for this post: {@code expansions().author(post())} */
  public Expansions expansions() {
    return new Expansions(includes);
  }

  /** @return the rules of the filtered stream the post matched, with their tags; empty on the sample streams */
  public List<MatchingRule> matchingRules() {
    return message.getMatchingRules() == null ? List.of() : List.copyOf(message.getMatchingRules());
  }

  /** @return X's errors about parts of the post (an expanded object it could not return); usually empty */
  public List<StreamProblem> errors() {
    return message.getErrors() == null ? List.of() : List.copyOf(message.getErrors());
  }

  /** @return the whole line as X sent it, unknown members included */
  public StreamMessage message() {
    return message;
  }

  @Override
  public String toString() {
    return "PostEvent{id=" + (post() == null ? null : post().getId()) + ", rules=" + matchingRules().stream()
        .map(MatchingRule::getId).collect(Collectors.toList()) + "}";
  }
}
