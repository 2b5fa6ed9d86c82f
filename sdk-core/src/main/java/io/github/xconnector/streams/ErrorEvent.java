package io.github.xconnector.streams;

import io.github.xconnector.generated.model.StreamProblem;
import java.util.Objects;
import java.util.Optional;

/**
 * An error X sent in the stream in place of a post, about that one post or another single resource (withheld, not
 * found, not authorized). The stream goes on.
 */
public final class ErrorEvent implements StreamEvent {

  private final StreamProblem problem;

  ErrorEvent(StreamProblem problem) {
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  /** @return X's error as it sent it */
  public StreamProblem problem() {
    return problem;
  }

  /** @return the id of the resource the error is about, when X named one */
  public Optional<String> resourceId() {
    return Optional.ofNullable(problem.getResourceId());
  }

  /** @return X's explanation, or its title when it gave no explanation */
  public Optional<String> detail() {
    return Optional.ofNullable(problem.getDetail() != null ? problem.getDetail() : problem.getTitle());
  }

  @Override
  public String toString() {
    return "ErrorEvent{" + problem.getTitle() + ": " + problem.getDetail() + "}";
  }
}
