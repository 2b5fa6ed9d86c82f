package io.github.xconnector.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StreamRulesTest {

  private static final String RULES = "/2/tweets/search/stream/rules";

  private XSandbox sandbox;
  private SandboxHttp http;
  private String app;

  @AfterEach
  void stop() {
    if (sandbox != null) {
      sandbox.close();
    }
  }

  @Test
  void add_rulesWithAndWithoutTag_createdWithNumericIdsAndListedInOrder() {
    start(XSandbox.builder());

    SandboxHttp.Reply added = http.postJson(RULES, app, "{\"add\":[{\"value\":\"coffee -is:retweet\","
        + "\"tag\":\"coffee\"},{\"value\":\"#java\"}]}");

    assertThat(added.status()).isEqualTo(200);
    assertThat(added.json().path("data")).hasSize(2);
    assertThat(added.json().path("data").get(0).path("value").asText()).isEqualTo("coffee -is:retweet");
    assertThat(added.json().path("data").get(0).path("tag").asText()).isEqualTo("coffee");
    assertThat(added.json().path("data").get(1).has("tag")).isFalse();
    assertThat(added.json().path("data").findValuesAsText("id")).allMatch(id -> id.matches("[0-9]{1,19}"));
    assertThat(added.json().path("meta").path("sent").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*\\.\\d{3}Z");
    assertSummary(added, 2, 0, 2, 0);
    assertThat(added.json().has("errors")).isFalse();

    SandboxHttp.Reply listed = http.get(RULES, app);
    assertThat(listed.json().path("data").findValuesAsText("value")).containsExactly("coffee -is:retweet", "#java");
    assertThat(listed.json().path("data").findValuesAsText("id"))
        .isEqualTo(added.json().path("data").findValuesAsText("id"));
    assertThat(listed.json().path("meta").path("result_count").asInt()).isEqualTo(2);
    assertThat(listed.json().path("meta").has("next_token")).isFalse();
  }

  @Test
  void list_noRules_answersMetaOnly() {
    start(XSandbox.builder());

    SandboxHttp.Reply listed = http.get(RULES, app);

    assertThat(listed.status()).isEqualTo(200);
    assertThat(listed.json().has("data")).isFalse();
    assertThat(listed.json().path("meta").path("result_count").asInt()).isZero();
    assertThat(listed.json().path("meta").has("sent")).isTrue();
  }

  @Test
  void list_byIds_answersOnlyThoseRules() {
    start(XSandbox.builder());
    List<String> ids = add("one", "two", "three");

    SandboxHttp.Reply listed = http.get(RULES + "?ids=" + ids.get(0) + "," + ids.get(2), app);

    assertThat(listed.json().path("data").findValuesAsText("value")).containsExactly("one", "three");
  }

  @Test
  void list_pagedByMaxResults_walksWithSixteenCharacterTokensToTheEnd() {
    start(XSandbox.builder());
    add("one", "two", "three", "four", "five");

    List<String> seen = new ArrayList<>();
    String token = null;
    int pages = 0;
    do {
      SandboxHttp.Reply page = http.get(RULES + "?max_results=2" + (token == null ? "" : "&pagination_token="
          + token), app);
      assertThat(page.status()).isEqualTo(200);
      seen.addAll(page.json().path("data").findValuesAsText("value"));
      token = page.json().path("meta").path("next_token").asText(null);
      assertThat(token == null || token.length() == 16).isTrue();
      pages++;
    } while (token != null);

    assertThat(seen).containsExactly("one", "two", "three", "four", "five");
    assertThat(pages).isEqualTo(3);
  }

  @Test
  void list_foreignToken_isRefusedWith400() {
    start(XSandbox.builder());

    SandboxHttp.Reply refused = http.get(RULES + "?pagination_token=zzzzzzzzzzzzzzzz", app);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().path("errors").get(0).path("parameters").has("pagination_token")).isTrue();
  }

  @Test
  void add_dryRun_reportsTheRulesWithoutStoringThem() {
    start(XSandbox.builder());

    SandboxHttp.Reply dry = http.postJson(RULES + "?dry_run=true", app, "{\"add\":[{\"value\":\"coffee\"}]}");

    assertThat(dry.json().path("data").get(0).path("value").asText()).isEqualTo("coffee");
    assertSummary(dry, 1, 0, 1, 0);
    assertThat(http.get(RULES, app).json().has("data")).isFalse();
  }

  @Test
  void add_duplicateOfAStoredRule_refusedAsDataWithTheExistingId() {
    start(XSandbox.builder());
    String existing = add("from:kai_rivers").get(0);

    SandboxHttp.Reply duplicate = http.postJson(RULES, app, "{\"add\":[{\"value\":\"from:kai_rivers\"}]}");

    assertThat(duplicate.status()).isEqualTo(200);
    assertThat(duplicate.json().has("data")).isFalse();
    assertSummary(duplicate, 0, 1, 0, 1);
    JsonNode error = duplicate.json().path("errors").get(0);
    assertThat(error.path("value").asText()).isEqualTo("from:kai_rivers");
    assertThat(error.path("id").asText()).isEqualTo(existing);
    assertThat(error.path("title").asText()).isEqualTo("DuplicateRule");
    assertThat(error.path("type").asText()).isEqualTo("https://api.twitter.com/2/problems/duplicate-rules");
  }

  @Test
  void add_invalidSyntax_refusedWithTheReason_andTheValidRuleOfTheRequestIsNotCreatedEither() {
    start(XSandbox.builder());

    SandboxHttp.Reply refused = http.postJson(RULES, app, "{\"add\":[{\"value\":\"coffee\"},"
        + "{\"value\":\"(tea OR coffee\"},{\"value\":\"-coffee\"}]}");

    assertThat(refused.status()).isEqualTo(200);
    assertSummary(refused, 0, 3, 1, 2);
    assertThat(refused.json().path("errors")).hasSize(2);
    JsonNode unbalanced = refused.json().path("errors").get(0);
    assertThat(unbalanced.path("value").asText()).isEqualTo("(tea OR coffee");
    assertThat(unbalanced.path("title").asText()).isEqualTo("UnprocessableEntity");
    assertThat(unbalanced.path("type").asText()).isEqualTo("https://api.twitter.com/2/problems/invalid-rules");
    assertThat(unbalanced.path("details").get(0).asText()).contains("missing ')'");
    assertThat(refused.json().path("errors").get(1).path("details").get(0).asText())
        .isEqualTo("Rules must contain a non-negation term (at position 1)");
    assertThat(http.get(RULES, app).json().has("data")).isFalse();
  }

  @Test
  void add_ruleLongerThanTheLimit_refusedAsInvalidWithTheLimit() {
    start(XSandbox.builder().streamRuleLimits(20, 5));

    SandboxHttp.Reply refused = http.postJson(RULES, app, "{\"add\":[{\"value\":\"coffee OR tea OR cocoa\"}]}");

    assertSummary(refused, 0, 1, 0, 1);
    JsonNode error = refused.json().path("errors").get(0);
    assertThat(error.path("type").asText()).isEqualTo("https://api.twitter.com/2/problems/invalid-rules");
    assertThat(error.path("details").get(0).asText()).contains("22 characters").contains("at most 20");
  }

  @Test
  void add_overTheCap_refusedWithRuleCap_andNothingCreated() {
    start(XSandbox.builder().streamRuleLimits(100, 3));
    add("one", "two");

    SandboxHttp.Reply refused = http.postJson(RULES, app, "{\"add\":[{\"value\":\"three\"},{\"value\":\"four\"}]}");

    assertThat(refused.status()).isEqualTo(200);
    assertSummary(refused, 0, 2, 2, 0);
    JsonNode error = refused.json().path("errors").get(0);
    assertThat(error.path("title").asText()).isEqualTo("RulesCapExceeded");
    assertThat(error.path("type").asText()).isEqualTo("https://api.twitter.com/2/problems/rule-cap");
    assertThat(http.get(RULES, app).json().path("data").findValuesAsText("value")).containsExactly("one", "two");
  }

  @Test
  void delete_byIdsAndValues_removesThem_andReportsTheMissingOnes() {
    start(XSandbox.builder());
    List<String> ids = add("one", "two", "three");

    SandboxHttp.Reply deleted = http.postJson(RULES, app, "{\"delete\":{\"ids\":[\"" + ids.get(0) + "\","
        + "\"1234567890\"],\"values\":[\"three\",\"nothing\"]}}");

    assertThat(deleted.status()).isEqualTo(200);
    assertThat(deleted.json().path("meta").path("summary").path("deleted").asInt()).isEqualTo(2);
    assertThat(deleted.json().path("meta").path("summary").path("not_deleted").asInt()).isEqualTo(2);
    JsonNode errors = deleted.json().path("errors");
    assertThat(errors).hasSize(2);
    assertThat(errors.get(0).path("type").asText()).isEqualTo("https://api.twitter.com/2/problems/invalid-request");
    assertThat(errors.get(0).path("errors").get(0).path("parameters").path("ids").get(0).asText())
        .isEqualTo("1234567890");
    assertThat(errors.get(1).path("errors").get(0).path("parameters").path("values").get(0).asText())
        .isEqualTo("nothing");
    assertThat(http.get(RULES, app).json().path("data").findValuesAsText("value")).containsExactly("two");
  }

  @Test
  void delete_dryRun_reportsWithoutDeleting() {
    start(XSandbox.builder());
    List<String> ids = add("one");

    SandboxHttp.Reply dry = http.postJson(RULES + "?dry_run=true", app, "{\"delete\":{\"ids\":[\"" + ids.get(0)
        + "\"]}}");

    assertThat(dry.json().path("meta").path("summary").path("deleted").asInt()).isEqualTo(1);
    assertThat(http.get(RULES, app).json().path("data")).hasSize(1);
  }

  @Test
  void deleteAll_removesEveryRule() {
    start(XSandbox.builder());
    add("one", "two");

    SandboxHttp.Reply deleted = http.postJson(RULES + "?delete_all=true", app, "{}");

    assertThat(deleted.status()).isEqualTo(200);
    assertThat(deleted.json().path("meta").path("summary").path("deleted").asInt()).isEqualTo(2);
    assertThat(deleted.json().path("meta").path("summary").path("not_deleted").asInt()).isZero();
    assertThat(http.get(RULES, app).json().has("data")).isFalse();
  }

  @Test
  void deleteAll_withRulesNamedInTheBody_isRefusedWith400_andDeletesNothing() {
    start(XSandbox.builder());
    add("one", "two");

    SandboxHttp.Reply refused = http.postJson(RULES + "?delete_all=true", app, "{\"delete\":{\"values\":[\"one\"]}}");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(http.get(RULES, app).json().path("data")).hasSize(2);
  }

  @Test
  void update_bothAddAndDelete_isRefusedWith400() {
    start(XSandbox.builder());

    SandboxHttp.Reply refused = http.postJson(RULES, app, "{\"add\":[{\"value\":\"one\"}],"
        + "\"delete\":{\"values\":[\"one\"]}}");

    assertThat(refused.status()).isEqualTo(400);
  }

  @Test
  void counts_reportTheAppsRulesAndTheCaps() {
    start(XSandbox.builder().streamRuleLimits(100, 7));
    add("one", "two");

    JsonNode all = http.get(RULES + "/counts", app).json().path("data");
    JsonNode capOnly = http.get(RULES + "/counts?rules_count.fields=cap_per_client_app", app).json().path("data");

    assertThat(all.path("cap_per_client_app").asInt()).isEqualTo(7);
    assertThat(all.path("client_app_rules_count").path("rule_count").asInt()).isEqualTo(2);
    assertThat(all.path("client_app_rules_count").path("client_app_id").asText()).matches("[0-9]{1,19}");
    assertThat(all.path("project_rules_count").asInt()).isEqualTo(2);
    assertThat(all.path("all_project_client_apps")).hasSize(1);
    assertThat(capOnly.fieldNames()).toIterable().containsExactly("cap_per_client_app");
  }

  @Test
  void rules_withAUserToken_areRefusedAsUnsupportedAuthentication() {
    start(XSandbox.builder());
    String user = sandbox.issueUserToken(sandbox.authorizingUser().id());

    SandboxHttp.Reply refused = http.get(RULES, user);

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.json().path("type").asText())
        .isEqualTo("https://api.twitter.com/2/problems/unsupported-authentication");
    assertThat(refused.json().path("detail").asText()).contains("User Context is forbidden");
  }

  private void start(XSandbox.Builder builder) {
    sandbox = builder.start();
    http = new SandboxHttp(sandbox);
    app = sandbox.issueAppToken();
  }

  private List<String> add(String... values) {
    StringBuilder body = new StringBuilder("{\"add\":[");
    for (int i = 0; i < values.length; i++) {
      body.append(i == 0 ? "" : ",").append("{\"value\":\"").append(values[i]).append("\"}");
    }
    SandboxHttp.Reply added = http.postJson(RULES, app, body.append("]}").toString());
    assertThat(added.status()).isEqualTo(200);
    return added.json().path("data").findValuesAsText("id");
  }

  private static void assertSummary(SandboxHttp.Reply reply, int created, int notCreated, int valid, int invalid) {
    JsonNode summary = reply.json().path("meta").path("summary");
    assertThat(summary.path("created").asInt()).as("created").isEqualTo(created);
    assertThat(summary.path("not_created").asInt()).as("not_created").isEqualTo(notCreated);
    assertThat(summary.path("valid").asInt()).as("valid").isEqualTo(valid);
    assertThat(summary.path("invalid").asInt()).as("invalid").isEqualTo(invalid);
  }
}
