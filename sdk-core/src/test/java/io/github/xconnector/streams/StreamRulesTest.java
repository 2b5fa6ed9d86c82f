package io.github.xconnector.streams;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.xconnector.testing.XTest.APP_TOKEN;
import static io.github.xconnector.testing.XTest.assertBearer;
import static io.github.xconnector.testing.XTest.assertNoRequest;
import static io.github.xconnector.testing.XTest.onlyRequest;
import static io.github.xconnector.testing.XTest.query;
import static io.github.xconnector.testing.XTest.requests;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.xconnector.XClient;
import io.github.xconnector.errors.ServerException;
import io.github.xconnector.errors.XAuthenticationException;
import io.github.xconnector.errors.XValidationException;
import io.github.xconnector.generated.model.Rule;
import io.github.xconnector.generated.model.RuleCountField;
import io.github.xconnector.generated.model.RuleCountsResponse;
import io.github.xconnector.generated.model.RuleDraft;
import io.github.xconnector.generated.model.RuleProblem;
import io.github.xconnector.generated.model.RulesUpdateResponse;
import io.github.xconnector.testing.RecordingSleeper;
import io.github.xconnector.testing.TestTokenProvider;
import io.github.xconnector.testing.XTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The filtered stream's rules against a stub of X: requests, X's per-rule errors as data, the spec's limits. */
class StreamRulesTest {

  @RegisterExtension
  static WireMockExtension x = XTest.wireMock();

  private static XClient client() {
    return XTest.client(x, new RecordingSleeper()).credentials(TestTokenProvider.appOnly(APP_TOKEN)).build();
  }

  private static final String FIRST_PAGE = "{\"data\":[{\"id\":\"1700000000000000001\",\"value\":\"#java"
      + " -is:retweet\",\"tag\":\"java\"}],\"meta\":{\"sent\":\"2026-01-15T12:00:00.000Z\",\"result_count\":1,"
      + "\"next_token\":\"a1b2c3d4e5f6g7h8\"}}";
  private static final String LAST_PAGE = "{\"data\":[{\"id\":\"1700000000000000002\",\"value\":\"from:XDevelopers\"}],"
      + "\"meta\":{\"sent\":\"2026-01-15T12:00:00.000Z\",\"result_count\":1}}";

  @Test
  void list_walksEveryPage_withPaginationToken_asAnAppOnlyCall() {
    x.stubFor(get(urlPathEqualTo("/2/tweets/search/stream/rules")).withQueryParam("pagination_token",
        equalTo("a1b2c3d4e5f6g7h8")).willReturn(okJson(LAST_PAGE)));
    x.stubFor(get(urlEqualTo("/2/tweets/search/stream/rules?max_results=100")).willReturn(okJson(FIRST_PAGE)));

    List<Rule> rules = client().streams().rules().list(null, 100).stream().collect(Collectors.toList());

    assertThat(rules).extracting(Rule::getValue).containsExactly("#java -is:retweet", "from:XDevelopers");
    assertThat(rules.get(0).getTag()).isEqualTo("java");
    assertThat(requests(x)).hasSize(2);
    assertThat(query(requests(x).get(1))).isEqualTo(Map.of("max_results", List.of("100"),
        "pagination_token", List.of("a1b2c3d4e5f6g7h8")));
    assertBearer(requests(x).get(0), APP_TOKEN);
  }

  @Test
  void list_byIds_sendsThemCommaSeparated() {
    x.stubFor(get(urlPathEqualTo("/2/tweets/search/stream/rules")).willReturn(okJson(LAST_PAGE)));

    client().streams().rules().list(List.of("1700000000000000001", "1700000000000000002"), null).firstPage();

    assertThat(query(onlyRequest(x))).isEqualTo(Map.of("ids",
        List.of("1700000000000000001,1700000000000000002")));
  }

  @Test
  void add_sendsTheRules_andReturnsXsPerRuleErrorsAsData() {
    x.stubFor(post(urlPathEqualTo("/2/tweets/search/stream/rules")).willReturn(okJson("{\"data\":[{\"id\":"
        + "\"1700000000000000003\",\"value\":\"cats has:images\",\"tag\":\"cats\"}],\"errors\":[{\"value\":"
        + "\"#java -is:retweet\",\"id\":\"1700000000000000001\",\"title\":\"DuplicateRule\",\"type\":"
        + "\"https://api.twitter.com/2/problems/duplicate-rules\"}],\"meta\":{\"sent\":\"2026-01-15T12:00:00.000Z\","
        + "\"summary\":{\"created\":1,\"not_created\":1,\"valid\":1,\"invalid\":1}}}")));

    RulesUpdateResponse answer = client().streams().rules().add(new RuleDraft().value("cats has:images").tag("cats"),
        new RuleDraft().value("#java -is:retweet"));

    x.verify(postRequestedFor(urlEqualTo("/2/tweets/search/stream/rules"))
        .withHeader("Content-Type", equalTo("application/json"))
        .withRequestBody(equalToJson("{\"add\":[{\"value\":\"cats has:images\",\"tag\":\"cats\"},"
            + "{\"value\":\"#java -is:retweet\"}]}")));
    assertThat(answer.getData()).extracting(Rule::getId).containsExactly("1700000000000000003");
    assertThat(answer.getErrors()).singleElement().satisfies(error -> {
      assertThat(error.getTitle()).isEqualTo("DuplicateRule");
      assertThat(error.getValue()).isEqualTo("#java -is:retweet");
      assertThat(error.getId()).isEqualTo("1700000000000000001");
    });
    assertThat(answer.getMeta().getSummary().getNotCreated()).isEqualTo(1);
  }

  @Test
  void add_dryRun_asksXOnlyToCheck() {
    x.stubFor(post(urlPathEqualTo("/2/tweets/search/stream/rules")).willReturn(okJson("{\"errors\":[{\"value\":"
        + "\"from:\",\"details\":[\"Reference to invalid field 'from'\"],\"title\":\"UnprocessableEntity\"}],"
        + "\"meta\":{\"sent\":\"2026-01-15T12:00:00.000Z\",\"summary\":{\"created\":0,\"not_created\":1,"
        + "\"valid\":0,\"invalid\":1}}}")));

    RulesUpdateResponse answer = client().streams().rules().add(List.of(new RuleDraft().value("from:")), true);

    assertThat(query(onlyRequest(x))).isEqualTo(Map.of("dry_run", List.of("true")));
    assertThat(answer.getErrors()).extracting(RuleProblem::getDetails)
        .containsExactly(List.of("Reference to invalid field 'from'"));
  }

  @Test
  void deleteByIds_deleteByValues_andDeleteAll_sendTheirBodies() {
    x.stubFor(post(urlPathEqualTo("/2/tweets/search/stream/rules")).willReturn(okJson("{\"meta\":{\"sent\":"
        + "\"2026-01-15T12:00:00.000Z\",\"summary\":{\"deleted\":1,\"not_deleted\":0}}}")));

    RulesUpdateResponse byId = client().streams().rules().deleteByIds(List.of("1700000000000000001"), false);
    client().streams().rules().deleteByValues(List.of("from:XDevelopers"), true);
    client().streams().rules().deleteAll(false);

    assertThat(byId.getMeta().getSummary().getDeleted()).isEqualTo(1);
    assertThat(requests(x).get(0).getBodyAsString()).isEqualTo("{\"delete\":{\"ids\":[\"1700000000000000001\"]}}");
    assertThat(requests(x).get(1).getBodyAsString()).isEqualTo("{\"delete\":{\"values\":[\"from:XDevelopers\"]}}");
    assertThat(query(requests(x).get(1))).isEqualTo(Map.of("dry_run", List.of("true")));
    assertThat(requests(x).get(2).getBodyAsString()).isEqualTo("{}");
    assertThat(query(requests(x).get(2))).isEqualTo(Map.of("delete_all", List.of("true")));
  }

  @Test
  void counts_sendsTheFields_andDecodesTheCaps() {
    x.stubFor(get(urlPathEqualTo("/2/tweets/search/stream/rules/counts")).willReturn(okJson("{\"data\":{"
        + "\"cap_per_client_app\":1000,\"cap_per_project\":1000,\"client_app_rules_count\":{\"client_app_id\":"
        + "\"29371425\",\"rule_count\":2},\"project_rules_count\":2}}")));

    RuleCountsResponse counts = client().streams().rules().counts(RuleCountField.CAP_PER_CLIENT_APP,
        RuleCountField.CLIENT_APP_RULES_COUNT);

    assertThat(query(onlyRequest(x))).isEqualTo(Map.of("rules_count.fields",
        List.of("cap_per_client_app,client_app_rules_count")));
    assertThat(counts.getData().getCapPerClientApp()).isEqualTo(1000);
    assertThat(counts.getData().getClientAppRulesCount().getRuleCount()).isEqualTo(2);
  }

  @Test
  void add_ruleLongerThanTheSpecAllows_isRefusedBeforeSending_namingTheRule() {
    String tooLong = "a".repeat(2049);

    assertThatThrownBy(() -> client().streams().rules().add(new RuleDraft().value("ok"), new RuleDraft().value(tooLong)))
        .isInstanceOf(XValidationException.class)
        .hasMessageContaining("add[1].value").hasMessageContaining("2049 characters");
    assertNoRequest(x);
  }

  @Test
  void add_moreRulesThanOneRequestMayHold_isRefusedBeforeSending() {
    List<RuleDraft> rules = IntStream.rangeClosed(1, 1001).mapToObj(i -> new RuleDraft().value("rule " + i))
        .collect(Collectors.toList());

    assertThatThrownBy(() -> client().streams().rules().add(rules, false)).isInstanceOf(XValidationException.class)
        .hasMessageContaining("add").hasMessageContaining("1001 items");
    assertThatThrownBy(() -> client().streams().rules().deleteByIds(Collections.nCopies(1001, "1"), false))
        .isInstanceOf(XValidationException.class).hasMessageContaining("delete.ids");
    assertThatThrownBy(() -> client().streams().rules().deleteByIds(List.of("not-a-rule-id"), false))
        .isInstanceOf(XValidationException.class).hasMessageContaining("delete.ids[0]");
    assertThatThrownBy(() -> client().streams().rules().add(new ArrayList<>(), false))
        .isInstanceOf(XValidationException.class).hasMessageContaining("add");
    assertNoRequest(x);
  }

  @Test
  void rules_withAUserToken_areRefusedBeforeSending() {
    XClient user = XTest.client(x, new RecordingSleeper()).credentials(TestTokenProvider.user("user")).build();

    assertThatThrownBy(() -> user.streams().rules().counts()).isInstanceOf(XAuthenticationException.class)
        .hasMessageContaining("app-only Bearer token");
    assertNoRequest(x);
  }

  @Test
  void add_after503_isNotSentAgain_asTheSpecDoesNotMarkItRetrySafe() {
    x.stubFor(post(urlPathEqualTo("/2/tweets/search/stream/rules")).willReturn(aResponse().withStatus(503)));

    assertThatThrownBy(() -> client().streams().rules().add(new RuleDraft().value("cats"))).isInstanceOf(ServerException.class);
    assertThat(requests(x)).hasSize(1);
  }
}
