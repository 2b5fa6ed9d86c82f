package io.github.xconnector.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.report.ValidationReport.Message;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The 400 answers are built from the validator's keys, levels and context, never from the wording of its messages. */
class SpecValidatorTest {

  private final SpecValidator validator = new SpecValidator(ApiSpec.shared().validator());

  @ParameterizedTest
  @ValueSource(strings = {"/2/tweets/search/recent?query=java&max_results=1000",
      "/2/tweets/search/recent?query=java&max_results=9", "/2/users/me?tweet.fields=created_at,bogus_field,other",
      "/2/tweets/search/recent?query=java&sort_order=bogus", "/2/tweets/search/recent?query=java&post.fields=id",
      "/2/users/me?expansions=pinned_tweet_id,bogus&user.fields=nope"})
  void answer_doesNotDependOnTheWordingOfTheValidatorsMessages(String pathAndQuery) throws Exception {
    SandboxRequest request = get(pathAndQuery);
    ValidationReport report = report(request);
    assertThat(report.hasErrors()).isTrue();
    List<Message> reworded = new ArrayList<>();
    for (Message message : report.getMessages()) {
      reworded.add(Message.create(message.getKey(), "worded differently").withContext(message.getContext()
          .orElseThrow()).build());
    }

    JsonNode original = Json.parse(validator.refusal(report, request).body());
    JsonNode rewordedAnswer = Json.parse(validator.refusal(ValidationReport.from(reworded), request).body());

    assertThat(rewordedAnswer).isEqualTo(original);
    assertThat(original.toString()).doesNotContain("worded differently");
  }

  @Test
  void enumValues_eachUnknownValueIsNamedWithTheAllowedOnes() throws Exception {
    SandboxRequest request = get("/2/users/me?tweet.fields=created_at,bogus_field,other");

    JsonNode errors = Json.parse(validator.refusal(report(request), request).body()).path("errors");

    assertThat(errors).hasSize(2);
    assertThat(errors.get(0).path("parameters").path("tweet.fields").get(0).asText()).isEqualTo("bogus_field");
    assertThat(errors.get(0).path("message").asText()).startsWith("The `tweet.fields` query parameter value"
        + " [bogus_field] is not one of [article, attachments, author_id,");
    assertThat(errors.get(1).path("parameters").path("tweet.fields").get(0).asText()).isEqualTo("other");
  }

  @Test
  void enumOfAPlainParameter_namesItsValues() throws Exception {
    SandboxRequest request = get("/2/tweets/search/recent?query=java&sort_order=bogus");

    JsonNode error = Json.parse(validator.refusal(report(request), request).body()).path("errors").get(0);

    assertThat(error.path("message").asText())
        .isEqualTo("The `sort_order` query parameter value [bogus] is not one of [recency, relevancy]");
  }

  @Test
  void unexpectedQueryParameter_isNamedWithTheParametersTheEndpointTakes() throws Exception {
    SandboxRequest request = get("/2/tweets/search/recent?query=java&post.fields=id");

    JsonNode error = Json.parse(validator.refusal(report(request), request).body()).path("errors").get(0);

    assertThat(error.path("parameters").path("post.fields").get(0).asText()).isEqualTo("id");
    assertThat(error.path("message").asText()).startsWith("The query parameter [post.fields] is not one of [")
        .contains("query").contains("tweet.fields").contains("max_results");
  }

  @Test
  void bounds_comeFromTheSchema() throws Exception {
    SandboxRequest request = get("/2/tweets/search/recent?query=java&max_results=1000");

    JsonNode error = Json.parse(validator.refusal(report(request), request).body()).path("errors").get(0);

    assertThat(error.path("message").asText())
        .isEqualTo("The `max_results` query parameter value [1000] is not between 10 and 100");
  }

  private static SandboxRequest get(String pathAndQuery) {
    int question = pathAndQuery.indexOf('?');
    return new SandboxRequest("GET", pathAndQuery.substring(0, question), pathAndQuery.substring(question + 1),
        name -> null, InputStream.nullInputStream(), "127.0.0.1");
  }

  private static ValidationReport report(SandboxRequest request) {
    SimpleRequest.Builder builder = new SimpleRequest.Builder(request.method(), request.path());
    for (Map.Entry<String, List<String>> param : request.queryParameters().entrySet()) {
      builder.withQueryParam(param.getKey(), param.getValue());
    }
    return ApiSpec.shared().validator().validateRequest(builder.build());
  }
}
