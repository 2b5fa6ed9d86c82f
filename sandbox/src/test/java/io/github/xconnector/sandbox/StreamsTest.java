package io.github.xconnector.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StreamsTest {

  private static final String FILTERED = "/2/tweets/search/stream";
  private static final String SAMPLE = "/2/tweets/sample/stream";
  private static final String SAMPLE10 = "/2/tweets/sample10/stream";
  private static final String RULES = "/2/tweets/search/stream/rules";
  private static final Duration WAIT = Duration.ofSeconds(10);

  private XSandbox sandbox;
  private SandboxHttp http;
  private String app;
  private String kai;

  @AfterEach
  void stop() {
    if (sandbox != null) {
      sandbox.close();
    }
  }

  @Test
  void filteredStream_sendsOnlyMatchingPosts_withTheRulesTheyMatchedAndTheirIncludes() {
    start(XSandbox.builder());
    String coffee = addRule("coffee", "drinks");
    String fromKai = addRule("from:kai_rivers", null);

    try (StreamLines stream = open(FILTERED + "?expansions=author_id&tweet.fields=created_at,author_id"
        + "&user.fields=username")) {
      assertThat(stream.status()).isEqualTo(200);
      assertThat(stream.header("content-type")).startsWith("application/json");
      String first = publish(kai, "Coffee first, then code");
      publish(sandbox.issueUserToken(SeedData.NORA.id()), "Tea for me");
      String third = publish(sandbox.issueUserToken(SeedData.NORA.id()), "More coffee please");

      JsonNode both = stream.nextMessage();
      assertThat(both.path("data").path("id").asText()).isEqualTo(first);
      assertThat(both.path("data").path("text").asText()).isEqualTo("Coffee first, then code");
      assertThat(both.path("data").path("author_id").asText()).isEqualTo(SeedData.KAI.id());
      assertThat(both.path("data").has("created_at")).isTrue();
      assertThat(both.path("includes").path("users").get(0).path("username").asText()).isEqualTo("kai_rivers");
      assertThat(both.path("matching_rules")).hasSize(2);
      assertThat(both.path("matching_rules").get(0).path("id").asText()).isEqualTo(coffee);
      assertThat(both.path("matching_rules").get(0).path("tag").asText()).isEqualTo("drinks");
      assertThat(both.path("matching_rules").get(1).path("id").asText()).isEqualTo(fromKai);
      assertThat(both.path("matching_rules").get(1).has("tag")).isFalse();

      JsonNode coffeeOnly = stream.nextMessage();
      assertThat(coffeeOnly.path("data").path("id").asText()).isEqualTo(third);
      assertThat(coffeeOnly.path("matching_rules").findValuesAsText("id")).containsExactly(coffee);
    }
  }

  @Test
  void filteredStream_defaultFields_asTheLookupsRenderThem() {
    start(XSandbox.builder());
    addRule("coffee", null);

    try (StreamLines stream = open(FILTERED)) {
      String id = publish(kai, "coffee");

      JsonNode message = stream.nextMessage();
      assertThat(message.path("data").fieldNames()).toIterable()
          .containsExactlyInAnyOrder("id", "text", "edit_history_tweet_ids");
      assertThat(message.has("includes")).isFalse();
      assertThat(message.path("data")).isEqualTo(http.get("/2/tweets/" + id, app).json().path("data"));
    }
  }

  @Test
  void filteredStream_appWithoutRules_isRefusedWithRuleConfigurationIssue() {
    start(XSandbox.builder());

    try (StreamLines stream = open(FILTERED)) {
      assertThat(stream.status()).isEqualTo(409);
      JsonNode problem = stream.errorBody();
      assertThat(problem.path("title").asText()).isEqualTo("ConnectionException");
      assertThat(problem.path("connection_issue").asText()).isEqualTo("RuleConfigurationIssue");
      assertThat(problem.path("type").asText()).isEqualTo("https://api.twitter.com/2/problems/streaming-connection");
    }
  }

  @Test
  void sampleStream_sendsEveryPublicPostPublishedAfterConnecting_reportsAndRepostsIncluded() {
    start(XSandbox.builder());

    try (StreamLines stream = open(SAMPLE)) {
      publish(sandbox.issueUserToken(SeedData.PAT.id()), "A protected post");
      String post = publish(kai, "Anything at all");
      http.postJson("/2/users/" + SeedData.NORA.id() + "/retweets", sandbox.issueUserToken(SeedData.NORA.id()),
          "{\"tweet_id\":\"" + post + "\"}");

      JsonNode first = stream.nextMessage();
      JsonNode repost = stream.nextMessage();
      assertThat(first.path("data").path("id").asText()).isEqualTo(post);
      assertThat(first.has("matching_rules")).isFalse();
      assertThat(repost.path("data").path("text").asText()).startsWith("RT @kai_rivers");
    }
  }

  @Test
  void sample10Stream_eachPartitionSendsEveryPost_andThePartitionIsRequired() {
    start(XSandbox.builder());

    try (StreamLines one = open(SAMPLE10 + "?partition=1"); StreamLines two = open(SAMPLE10 + "?partition=2");
        StreamLines none = open(SAMPLE10)) {
      assertThat(none.status()).isEqualTo(400);
      String post = publish(kai, "Both halves see me");

      assertThat(one.nextMessage().path("data").path("id").asText()).isEqualTo(post);
      assertThat(two.nextMessage().path("data").path("id").asText()).isEqualTo(post);
    }
  }

  @Test
  void stream_backfillMinutes_firstSendsTheRecentPostsOldestFirst() {
    start(XSandbox.builder());
    String older = publish(kai, "Sent before connecting");
    String newer = publish(kai, "Also sent before connecting");

    try (StreamLines stream = open(SAMPLE + "?backfill_minutes=5")) {
      String live = publish(kai, "Sent after connecting");

      assertThat(stream.nextMessage().path("data").path("id").asText()).isEqualTo(older);
      assertThat(stream.nextMessage().path("data").path("id").asText()).isEqualTo(newer);
      assertThat(stream.nextMessage().path("data").path("id").asText()).isEqualTo(live);
    }
  }

  @Test
  void stream_keepAlive_isAnEmptyLineWhenNothingElseIsSent() {
    start(XSandbox.builder().streamKeepAlive(Duration.ofMillis(20)));

    try (StreamLines stream = open(SAMPLE)) {
      assertThat(stream.nextLine()).isEmpty();
      assertThat(stream.nextLine()).isEmpty();
    }
  }

  @Test
  void stream_secondConnectionOfTheSameApp_getsTooManyConnections_andOneOpensAfterTheFirstCloses() {
    start(XSandbox.builder());

    try (StreamLines first = open(SAMPLE)) {
      assertThat(first.status()).isEqualTo(200);
      try (StreamLines second = open(SAMPLE)) {
        assertThat(second.status()).isEqualTo(429);
        JsonNode problem = second.errorBody();
        assertThat(problem.path("title").asText()).isEqualTo("ConnectionException");
        assertThat(problem.path("connection_issue").asText()).isEqualTo("TooManyConnections");
        assertThat(problem.path("type").asText())
            .isEqualTo("https://api.twitter.com/2/problems/streaming-connection");
      }
      try (StreamLines otherStream = open(SAMPLE10 + "?partition=1")) {
        assertThat(otherStream.status()).isEqualTo(200);
      }
    }
    assertThat(sandbox.streams().awaitOpenConnections(0, WAIT)).isTrue();
    try (StreamLines again = open(SAMPLE)) {
      assertThat(again.status()).isEqualTo(200);
    }
  }

  @Test
  void stream_clientCloses_theServerWriterEndsAtOnceWithoutWaitingForAKeepAlive() {
    start(XSandbox.builder());
    StreamLines stream = open(SAMPLE);
    assertThat(sandbox.streams().awaitOpenConnections(1, WAIT)).isTrue();

    stream.close();

    assertThat(sandbox.streams().awaitOpenConnections(0, WAIT)).isTrue();
  }

  @Test
  void stream_userToken_isRefusedAsUnsupportedAuthentication() {
    start(XSandbox.builder());

    try (StreamLines stream = StreamLines.open(sandbox, SAMPLE, kai)) {
      assertThat(stream.status()).isEqualTo(403);
      assertThat(stream.errorBody().path("type").asText())
          .isEqualTo("https://api.twitter.com/2/problems/unsupported-authentication");
    }
  }

  @Test
  void dropConnections_breaksTheStreamMidway_andTheClientCanReconnectAtOnce() {
    start(XSandbox.builder());
    try (StreamLines stream = open(SAMPLE)) {
      String before = publish(kai, "Written before the drop");
      assertThat(stream.nextMessage().path("data").path("id").asText()).isEqualTo(before);

      sandbox.streams().dropConnections();

      assertThat(stream.awaitEnd()).isEqualTo(StreamLines.Ending.BROKEN);
    }
    try (StreamLines again = open(SAMPLE)) {
      assertThat(again.status()).isEqualTo(200);
    }
  }

  @Test
  void operationalDisconnect_writesXsMessage_thenEndsTheStream() {
    start(XSandbox.builder());
    try (StreamLines stream = open(SAMPLE)) {
      assertThat(sandbox.streams().awaitOpenConnections(1, WAIT)).isTrue();

      sandbox.streams().operationalDisconnect("UpstreamOperationalDisconnect", "Closed upstream.");

      JsonNode error = stream.nextMessage().path("errors").get(0);
      assertThat(error.path("title").asText()).isEqualTo("operational-disconnect");
      assertThat(error.path("disconnect_type").asText()).isEqualTo("UpstreamOperationalDisconnect");
      assertThat(error.path("detail").asText()).isEqualTo("Closed upstream.");
      assertThat(error.path("type").asText())
          .isEqualTo("https://api.twitter.com/2/problems/operational-disconnect");
      assertThat(stream.awaitEnd()).isEqualTo(StreamLines.Ending.ORDERLY);
    }
    assertThat(sandbox.streams().openConnections()).isZero();
  }

  @Test
  void stall_stopsPostsWhileTheyWaitInTheBoundedBuffer_overflowDroppedAndCounted() {
    start(XSandbox.builder().streamBuffer(2));
    try (StreamLines stream = open(SAMPLE)) {
      String before = publish(kai, "Written before the stall");
      assertThat(stream.nextMessage().path("data").path("id").asText()).isEqualTo(before);

      sandbox.streams().stall();
      for (int i = 1; i <= 5; i++) {
        publish(kai, "Published while stalled " + i);
      }
      assertThat(sandbox.streams().droppedPosts()).isEqualTo(3);
      sandbox.streams().operationalDisconnect();

      JsonNode next = stream.nextMessage();
      assertThat(next.has("data")).as("no post is written while stalled").isFalse();
      assertThat(next.path("errors").get(0).path("title").asText()).isEqualTo("operational-disconnect");
      assertThat(stream.awaitEnd()).isEqualTo(StreamLines.Ending.ORDERLY);
    }
  }

  @Test
  void refuseNextConnections_answers429Then503_thenConnectsAgain() {
    start(XSandbox.builder());
    sandbox.streams().refuseNextConnections(1, 429).refuseNextConnections(1, 503);

    try (StreamLines tooMany = open(SAMPLE); StreamLines unavailable = open(SAMPLE)) {
      assertThat(tooMany.status()).isEqualTo(429);
      assertThat(tooMany.errorBody().path("connection_issue").asText()).isEqualTo("TooManyConnections");
      assertThat(unavailable.status()).isEqualTo(503);
    }
    try (StreamLines connected = open(SAMPLE)) {
      assertThat(connected.status()).isEqualTo(200);
    }
  }

  @Test
  void faultInjector_appliesToStreamConnectionsBeforeTheyOpen() {
    start(XSandbox.builder());
    sandbox.faults().failNext(1);

    try (StreamLines unavailable = open(SAMPLE)) {
      assertThat(unavailable.status()).isEqualTo(503);
    }
  }

  @Test
  void close_endsTheOpenStreams() {
    start(XSandbox.builder());
    StreamLines stream = open(SAMPLE);
    assertThat(sandbox.streams().awaitOpenConnections(1, WAIT)).isTrue();

    sandbox.close();

    assertThat(stream.awaitEnd()).isNotNull();
    assertThat(sandbox.streams().openConnections()).isZero();
    sandbox = null;
  }

  private void start(XSandbox.Builder builder) {
    sandbox = builder.start();
    http = new SandboxHttp(sandbox);
    app = sandbox.issueAppToken();
    kai = sandbox.issueUserToken(SeedData.KAI.id());
  }

  private StreamLines open(String pathAndQuery) {
    return StreamLines.open(sandbox, pathAndQuery, app);
  }

  private String addRule(String value, String tag) {
    SandboxHttp.Reply added = http.postJson(RULES, app, "{\"add\":[{\"value\":\"" + value + "\""
        + (tag == null ? "" : ",\"tag\":\"" + tag + "\"") + "}]}");
    assertThat(added.status()).isEqualTo(200);
    return added.json().path("data").get(0).path("id").asText();
  }

  private String publish(String userToken, String text) {
    SandboxHttp.Reply created = http.postJson("/2/tweets", userToken, "{\"text\":\"" + text + "\"}");
    assertThat(created.status()).isEqualTo(201);
    return created.json().path("data").path("id").asText();
  }
}
