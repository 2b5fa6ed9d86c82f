package io.github.xconnector.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collection;

/** JSON helpers shared by the endpoints: one mapper, tree builders and X's timestamp format. */
final class Json {

  static final ObjectMapper MAPPER = new ObjectMapper();

  /** X writes timestamps with exactly three fraction digits: 2024-01-15T10:30:00.000Z. */
  private static final DateTimeFormatter X_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
      .withZone(java.time.ZoneOffset.UTC);

  private Json() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  static ArrayNode strings(Collection<String> values) {
    ArrayNode array = array();
    values.forEach(array::add);
    return array;
  }

  static String time(Instant instant) {
    return X_TIME.format(instant.truncatedTo(ChronoUnit.MILLIS));
  }

  static byte[] bytes(JsonNode node) {
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses a request body; the caller turns the exception into X's "not valid JSON" problem. */
  static JsonNode parse(byte[] body) throws IOException {
    return MAPPER.readTree(body);
  }
}
