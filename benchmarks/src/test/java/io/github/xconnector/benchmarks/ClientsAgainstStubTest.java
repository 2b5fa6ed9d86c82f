package io.github.xconnector.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import io.github.xconnector.benchmarks.clients.BenchmarkedClient;
import io.github.xconnector.benchmarks.clients.BenchmarkedClients;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

class ClientsAgainstStubTest {

  static final List<String> CLIENTS = BenchmarkedClients.DEFAULT_RUN;

  // feign-java11 closes the JDK client's body stream as soon as the decoder has its value; when the end of the body
  // has not been read by then, the JDK client drops the connection. That reconnecting is part of what the benchmark
  // measures for this transport, so only the other clients must keep one connection.
  static final List<String> REUSING_CLIENTS = CLIENTS.stream()
      .filter(name -> !name.equals(BenchmarkedClients.SDK_JAVA11)).toList();

  private static StubServer stub;

  @BeforeAll
  static void startStub() {
    stub = StubServer.start();
  }

  @AfterAll
  static void stopStub() {
    stub.close();
  }

  @ParameterizedTest
  @FieldSource("CLIENTS")
  void check_eachClient_readsCompleteAnswers(String name) {
    try (BenchmarkedClient client = BenchmarkedClients.create(name, stub.baseUrl())) {
      assertThatNoException().isThrownBy(() -> AnswerCheck.check(client));
    }
  }

  @ParameterizedTest
  @FieldSource("REUSING_CLIENTS")
  void calls_manyInARow_reuseConnections(String name) throws Exception {
    try (BenchmarkedClient client = BenchmarkedClients.create(name, stub.baseUrl())) {
      client.usersMe();
      long connectionsBefore = stub.connections();
      for (int i = 0; i < 50; i++) {
        client.usersMe();
        client.searchRecent();
        client.createPost();
      }
      assertThat(stub.connections() - connectionsBefore).isLessThanOrEqualTo(1);
    }
  }
}
