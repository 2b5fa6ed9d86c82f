package io.github.xconnector.streams;

import io.github.xconnector.generated.model.StreamProblem;
import java.util.Objects;
import java.util.Optional;

/**
 * X's message that it is closing the connection (an operational disconnect: maintenance, a restart, a reader too
 * slow). The stream reconnects at once after it, as after any established connection that ended.
 */
public final class DisconnectEvent implements StreamEvent {

  private final StreamProblem problem;

  DisconnectEvent(StreamProblem problem) {
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  /** @return X's message as it sent it */
  public StreamProblem problem() {
    return problem;
  }

  /** @return why X disconnected, as it names it ({@code UpstreamOperationalDisconnect}, {@code SlowReader}, ...) */
  public Optional<String> disconnectType() {
    return Optional.ofNullable(problem.getDisconnectType());
  }

  /** @return X's explanation, when it gave one */
  public Optional<String> detail() {
    return Optional.ofNullable(problem.getDetail());
  }

  @Override
  public String toString() {
    return "DisconnectEvent{" + problem.getDisconnectType() + ": " + problem.getDetail() + "}";
  }
}
