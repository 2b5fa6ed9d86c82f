package io.github.xconnector.streams;

import io.github.xconnector.generated.model.StreamProblem;
import java.util.Objects;
import java.util.Optional;

/**
 * X's message that something is wrong with the connection itself, most often that the app already holds as many
 * connections to the stream as it may ({@code TooManyConnections}). X closes the connection after it; the stream
 * waits by the schedule of a 429 answer before it connects again, so that it does not take the place of the other
 * connection at once.
 */
public final class ConnectionIssueEvent implements StreamEvent {

  private final StreamProblem problem;

  ConnectionIssueEvent(StreamProblem problem) {
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  /** @return X's message as it sent it */
  public StreamProblem problem() {
    return problem;
  }

  /** @return the issue as X names it, such as {@code TooManyConnections} */
  public Optional<String> issue() {
    return Optional.ofNullable(problem.getConnectionIssue());
  }

  /** @return X's explanation, when it gave one */
  public Optional<String> detail() {
    return Optional.ofNullable(problem.getDetail());
  }

  @Override
  public String toString() {
    return "ConnectionIssueEvent{" + problem.getConnectionIssue() + ": " + problem.getDetail() + "}";
  }
}
