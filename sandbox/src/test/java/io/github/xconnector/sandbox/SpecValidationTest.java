package io.github.xconnector.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SpecValidationTest {

  private XSandbox sandbox;
  private SandboxHttp http;
  private String token;

  @BeforeEach
  void start() {
    sandbox = XSandbox.builder().start();
    http = new SandboxHttp(sandbox);
    token = sandbox.issueUserToken(sandbox.authorizingUser().id());
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  @Test
  void search_maxResultsAboveSpecMaximum_answers400NamingParameterAndBounds() {
    SandboxHttp.Reply reply = http.get("/2/tweets/search/recent?query=java&max_results=1000", token);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().path("type").asText()).isEqualTo("https://api.twitter.com/2/problems/invalid-request");
    assertThat(reply.json().path("title").asText()).isEqualTo("Invalid Request");
    JsonNode error = reply.json().path("errors").get(0);
    assertThat(error.path("parameters").path("max_results").get(0).asText()).isEqualTo("1000");
    assertThat(error.path("message").asText()).contains("`max_results`").contains("between 10 and 100");
    assertThat(reply.json().path("detail").asText()).contains("max_results");
  }

  @Test
  void search_maxResultsBelowSpecMinimum_answers400() {
    assertThat(http.get("/2/tweets/search/recent?query=java&max_results=9", token).status()).isEqualTo(400);
  }

  @Test
  void getPost_unknownTweetFieldsValue_answers400NamingTheValue() {
    SandboxHttp.Reply reply = http.get("/2/users/me?tweet.fields=created_at,bogus_field", token);

    assertThat(reply.status()).isEqualTo(400);
    JsonNode error = reply.json().path("errors").get(0);
    assertThat(error.path("parameters").path("tweet.fields").get(0).asText()).isEqualTo("bogus_field");
    assertThat(error.path("message").asText()).contains("`tweet.fields`").contains("[bogus_field]")
        .contains("is not one of");
  }

  @Test
  void search_unknownQueryParameter_answers400() {
    SandboxHttp.Reply reply = http.get("/2/tweets/search/recent?query=java&post.fields=id", token);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().path("errors").get(0).path("message").asText()).contains("post.fields");
  }

  @Test
  void search_missingRequiredQuery_answers400() {
    assertThat(http.get("/2/tweets/search/recent", token).status()).isEqualTo(400);
  }

  @Test
  void getPost_idNotNumeric_answers400() {
    assertThat(http.get("/2/tweets/abc", token).status()).isEqualTo(400);
  }

  @Test
  void createPost_unknownBodyProperty_answers400NamingIt() {
    SandboxHttp.Reply reply = http.postJson("/2/tweets", token, "{\"text\":\"hi\",\"reply\":{\"tweet\":\"1\"}}");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.raw().body()).contains("in_reply_to_tweet_id");
  }

  @Test
  void createPost_bodyNotJson_answers400AsX() {
    SandboxHttp.Reply reply = http.postJson("/2/tweets", token, "{not json");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().path("errors").get(0).path("message").asText())
        .isEqualTo("Request body is not valid JSON.");
  }

  @Test
  void createPost_bodyWithoutJsonContentType_answers400AsX() throws Exception {
    var response = http.sendRaw(http.request("/2/tweets", token).header("content-type", "text/plain")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"text\":\"hi\"}")).build());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("Requests with bodies must have content-type of application/json.");
  }

  @Test
  void search_malformedQuery_answers400NamingTheQuery() {
    SandboxHttp.Reply reply = http.get("/2/tweets/search/recent?query=%28java", token);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().path("errors").get(0).path("parameters").path("query").get(0).asText())
        .isEqualTo("(java");
  }
}
