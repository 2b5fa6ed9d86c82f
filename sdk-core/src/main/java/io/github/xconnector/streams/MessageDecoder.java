package io.github.xconnector.streams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xconnector.generated.model.StreamMessage;
import io.github.xconnector.generated.model.StreamProblem;
import io.github.xconnector.internal.StreamProfile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one line of a stream into its events, by the shapes of the spec's {@code StreamMessage}: a post; errors alone,
 * each an operational disconnect, a connection issue or an error about one post, told apart by the names the
 * operation's {@code x-stream} lists; or a problem at the top level (X's too-many-connections message).
 */
final class MessageDecoder {

  private final ObjectMapper mapper;
  private final StreamProfile profile;

  MessageDecoder(ObjectMapper mapper, StreamProfile profile) {
    this.mapper = mapper;
    this.profile = profile;
  }

  /**
   * Decodes a line.
   *
   * @return the events, or {@code null} when the line is not a message of a known shape
   */
  List<StreamEvent> decode(byte[] bytes, int length) {
    JsonNode tree;
    StreamMessage message;
    try {
      tree = mapper.readTree(bytes, 0, length);
      if (tree == null || !tree.isObject()) {
        return null;
      }
      message = mapper.treeToValue(tree, StreamMessage.class);
    } catch (IOException | IllegalArgumentException unreadable) {
      return null;
    }
    if (message.getData() != null) {
      return List.of(new PostEvent(message));
    }
    List<StreamEvent> events = new ArrayList<>();
    if (message.getErrors() != null) {
      for (StreamProblem problem : message.getErrors()) {
        if (problem != null) {
          events.add(classify(problem));
        }
      }
    }
    if (events.isEmpty() && (message.getTitle() != null || message.getType() != null)) {
      try {
        events.add(classify(mapper.treeToValue(tree, StreamProblem.class)));
      } catch (IOException | IllegalArgumentException unreadable) {
        return null;
      }
    }
    return events.isEmpty() ? null : events;
  }

  private StreamEvent classify(StreamProblem problem) {
    if (profile.isDisconnect(problem.getType(), problem.getTitle())) {
      return new DisconnectEvent(problem);
    }
    if (profile.isConnectionProblem(problem.getType(), problem.getTitle())) {
      return new ConnectionIssueEvent(problem);
    }
    return new ErrorEvent(problem);
  }
}
