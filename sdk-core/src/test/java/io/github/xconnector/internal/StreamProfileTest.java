package io.github.xconnector.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.xconnector.generated.operations.OperationTable;
import io.github.xconnector.generated.operations.StreamsOperations;
import java.io.File;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each streaming operation of the table carries its spec entry's {@code x-stream}, read independently here, and the
 * schedules give X's waits step by step up to their caps.
 */
class StreamProfileTest {

  private static JsonNode spec;

  @BeforeAll
  static void readSpec() throws Exception {
    spec = new YAMLMapper().readTree(new File("../spec/x-api.yaml"));
  }

  @Test
  void table_streamProfiles_areTheSpecsXStream_andOnlyStreamsHaveOne() {
    List<String> streaming = new ArrayList<>();
    spec.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
      JsonNode node = method.getValue();
      Operation operation = OperationTable.byId(node.get("operationId").asText());
      JsonNode extension = node.path("x-stream");
      if (extension.isMissingNode()) {
        assertThat(operation.stream()).as(operation.id()).isEmpty();
        return;
      }
      streaming.add(operation.id());
      StreamProfile profile = operation.stream().orElseThrow();
      assertThat(profile.keepAlive()).isEqualTo(Duration.ofSeconds(extension.get("keep-alive-seconds").asLong()));
      assertThat(profile.stallTimeout()).isEqualTo(Duration.ofSeconds(extension.get("keep-alive-seconds").asLong()
          + extension.get("stall-margin-seconds").asLong()));
      check(profile.networkErrors(), extension.at("/backoff/network"));
      check(profile.httpErrors(), extension.at("/backoff/http"));
      check(profile.rateLimited(), extension.at("/backoff/rate-limit"));
      extension.get("disconnect-problems").forEach(name -> assertThat(profile.isDisconnect(null, name.asText()))
          .isTrue());
      extension.get("connection-problems").forEach(name -> assertThat(profile.isConnectionProblem(
          "https://api.x.com/2/problems/" + name.asText(), null)).isTrue());
    }));
    assertThat(streaming).containsExactlyInAnyOrder("streamPosts", "streamPostsSample", "streamPostsSample10");
  }

  private static void check(StreamProfile.Backoff backoff, JsonNode spec) {
    assertThat(backoff.growth().name()).isEqualToIgnoringCase(spec.get("growth").asText());
    assertThat(backoff.first()).isEqualTo(Duration.ofMillis(spec.get("first-millis").asLong()));
    assertThat(backoff.max().map(Duration::toMillis).orElse(null))
        .isEqualTo(spec.has("max-millis") ? spec.get("max-millis").asLong() : null);
  }

  @Test
  void keepAliveAndStall_areXsTwentySecondsPlusTheMargin() {
    StreamProfile profile = StreamsOperations.STREAM_POSTS.stream().orElseThrow();

    assertThat(profile.keepAlive()).isEqualTo(Duration.ofSeconds(20));
    assertThat(profile.stallTimeout()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void networkErrors_growBy250msEachStep_upTo16s() {
    StreamProfile.Backoff network = StreamsOperations.STREAM_POSTS.stream().orElseThrow().networkErrors();

    for (int step = 1; step <= 64; step++) {
      assertThat(network.wait(step)).as("step %d", step).isEqualTo(Duration.ofMillis(250L * step));
    }
    assertThat(network.wait(65)).isEqualTo(Duration.ofSeconds(16));
    assertThat(network.wait(1000)).isEqualTo(Duration.ofSeconds(16));
  }

  @Test
  void httpErrors_doubleFrom5s_upTo320s() {
    StreamProfile.Backoff http = StreamsOperations.STREAM_POSTS.stream().orElseThrow().httpErrors();

    assertThat(List.of(http.wait(1), http.wait(2), http.wait(3), http.wait(4), http.wait(5), http.wait(6),
        http.wait(7), http.wait(8), http.wait(50))).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(10),
        Duration.ofSeconds(20), Duration.ofSeconds(40), Duration.ofSeconds(80), Duration.ofSeconds(160),
        Duration.ofSeconds(320), Duration.ofSeconds(320), Duration.ofSeconds(320));
  }

  @Test
  void rateLimited_doublesFromAMinute_withoutACapXDoesNotGive() {
    StreamProfile.Backoff limited = StreamsOperations.STREAM_POSTS_SAMPLE.stream().orElseThrow().rateLimited();

    for (int step = 1; step <= 10; step++) {
      assertThat(limited.wait(step)).as("step %d", step).isEqualTo(Duration.ofMinutes(1L << (step - 1)));
    }
    assertThat(limited.max()).isEmpty();
    assertThat(limited.wait(Integer.MAX_VALUE)).isPositive();
  }

  @Test
  void messageKinds_matchTheLastSegmentOfTheTypeOrTheTitle() {
    StreamProfile profile = StreamsOperations.STREAM_POSTS.stream().orElseThrow();

    assertThat(profile.isDisconnect("https://api.twitter.com/2/problems/operational-disconnect", null)).isTrue();
    assertThat(profile.isDisconnect(null, "operational-disconnect")).isTrue();
    assertThat(profile.isConnectionProblem(null, "ConnectionException")).isTrue();
    assertThat(profile.isConnectionProblem("https://api.twitter.com/2/problems/streaming-connection", "x")).isTrue();
    assertThat(profile.isDisconnect("https://api.twitter.com/2/problems/resource-not-found", "Not Found Error"))
        .isFalse();
    assertThat(profile.isConnectionProblem(null, null)).isFalse();
  }

  @Test
  void builder_malformedExtension_failsNamingTheMember() {
    assertThatThrownBy(() -> StreamProfile.builder().keepAliveSeconds(20).networkErrors("spiral", "250", "")
        .httpErrors("exponential", "5000", "").rateLimited("exponential", "60000", "").build())
        .hasMessageContaining("backoff.network.growth");
    assertThatThrownBy(() -> StreamProfile.builder().keepAliveSeconds(20).networkErrors("linear", "", "")
        .httpErrors("exponential", "5000", "").rateLimited("exponential", "60000", "").build())
        .hasMessageContaining("network.first-millis");
  }
}
