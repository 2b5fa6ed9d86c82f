package io.github.xconnector.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class XSandboxTest {

  @Test
  void start_bindsLoopbackOnAFreePort() {
    try (XSandbox sandbox = XSandbox.builder().start()) {
      assertThat(sandbox.baseUrl()).isEqualTo("http://127.0.0.1:" + sandbox.port());
      assertThat(sandbox.port()).isPositive();
    }
  }

  @Test
  void close_stopsServing() {
    XSandbox sandbox = XSandbox.builder().start();
    SandboxHttp http = new SandboxHttp(sandbox);
    sandbox.close();

    assertThatThrownBy(() -> http.get("/2/users/me", null)).isInstanceOf(java.io.UncheckedIOException.class);
  }

  @Test
  void apiSpec_everyOperationOfTheSpecIsServed() throws java.io.IOException {
    String spec;
    try (java.io.InputStream in = ApiSpec.class.getResourceAsStream("x-api.yaml")) {
      spec = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    long declared = spec.lines().filter(line -> line.trim().startsWith("operationId:")).count();
    assertThat(declared).isGreaterThan(30);
    assertThat(ApiSpec.shared().operations()).hasSize((int) declared);
    try (XSandbox sandbox = XSandbox.builder().start()) {
      SandboxHttp http = new SandboxHttp(sandbox);
      for (SpecOperation operation : ApiSpec.shared().operations()) {
        String path = operation.pathTemplate().replaceAll("\\{[^}]+}", "1");
        var request = http.request(path, null).method(operation.method(),
            java.net.http.HttpRequest.BodyPublishers.noBody());
        int status = send(http, request);
        assertThat(status).as(operation.key()).isEqualTo(401);
      }
    }
  }

  @Test
  void builder_withoutSeedData_startsEmptyWithGivenUsers() {
    SandboxUser alice = SandboxUser.of("42", "alice", "Alice", "Only user");
    try (XSandbox sandbox = XSandbox.builder().seedData(false).addUser(alice).start()) {
      SandboxHttp http = new SandboxHttp(sandbox);
      String token = sandbox.issueUserToken("42");

      assertThat(sandbox.users()).containsExactly(alice);
      assertThat(sandbox.authorizingUser()).isEqualTo(alice);
      assertThat(http.get("/2/tweets/search/recent?query=the", token).json().path("meta").path("result_count")
          .asInt()).isZero();
    }
  }

  @Test
  void builder_unknownAuthorizingUser_failsEarly() {
    assertThatThrownBy(() -> XSandbox.builder().authorizingUser("777").start())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("777");
  }

  @Test
  void issueUserToken_unknownUserOrScope_failsEarly() {
    try (XSandbox sandbox = XSandbox.builder().start()) {
      assertThatThrownBy(() -> sandbox.issueUserToken("777")).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> sandbox.issueUserToken(sandbox.authorizingUser().id(), "tweets.read"))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tweets.read");
    }
  }

  @Test
  void sandboxUser_invalidUsername_isRefused() {
    assertThatThrownBy(() -> SandboxUser.of("1", "has space", "x", ""))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has space");
  }

  @Test
  void sandboxClient_toString_hidesTheSecret() {
    assertThat(SandboxClient.confidentialClient("id", "s3cr3t-value").toString()).doesNotContain("s3cr3t-value");
  }

  @Test
  void createPost_fromManyThreadsAtOnce_keepsEveryPostAndCount() throws Exception {
    try (XSandbox sandbox = XSandbox.builder().start()) {
      SandboxHttp http = new SandboxHttp(sandbox);
      String token = sandbox.issueUserToken(sandbox.authorizingUser().id());
      ExecutorService pool = Executors.newFixedThreadPool(8);
      List<Future<Integer>> results = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        String text = "Concurrent post " + i + " #concurrency";
        results.add(pool.submit(() -> http.postJson("/2/tweets", token, "{\"text\":\"" + text + "\"}").status()));
      }
      for (Future<Integer> result : results) {
        assertThat(result.get()).isEqualTo(201);
      }
      pool.shutdown();

      assertThat(http.get("/2/tweets/counts/recent?query=%23concurrency", sandbox.issueAppToken()).json()
          .path("meta").path("total_tweet_count").asInt()).isEqualTo(40);
    }
  }

  @Test
  void describe_printsBaseUrlAndPublicClient() {
    try (XSandbox sandbox = XSandbox.builder().start()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();

      XSandboxMain.describe(sandbox, new PrintStream(out, true, StandardCharsets.UTF_8));

      assertThat(out.toString(StandardCharsets.UTF_8)).contains(sandbox.baseUrl())
          .contains(XSandbox.Builder.DEFAULT_PUBLIC_CLIENT_ID).doesNotContain(XSandbox.Builder.DEFAULT_CLIENT_SECRET);
    }
  }

  private static int send(SandboxHttp http, java.net.http.HttpRequest.Builder request) {
    try {
      return http.sendRaw(request.build()).statusCode();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
