package io.github.xconnector.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.xconnector.errors.XIoException;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No secret reaches an exception message or the message of any cause, whatever a token endpoint echoes: the client
 * secret, the access and refresh tokens, the authorization code, the PKCE verifier, the consumer secret.
 */
class TokenSecretsTest {

  private static LeakScenarios.Outcome outcome;

  @BeforeAll
  static void runScenarios() throws Exception {
    outcome = LeakScenarios.run();
  }

  @Test
  void scenarios_everyRefusal_failedAndTheLoginAndApiCallSucceeded() {
    assertThat(outcome.failures()).hasSize(14);
    outcome.failures().forEach((scenario, failure) -> {
      if (scenario.startsWith("api call")) {
        assertThat(failure).as(scenario).isNull();
      } else {
        assertThat(failure).as(scenario).isNotNull();
      }
    });
  }

  @Test
  void failures_whateverTheEndpointEchoes_neverShowASecretOrAPartOfOne() {
    for (Map.Entry<String, Throwable> entry : outcome.failures().entrySet()) {
      if (entry.getValue() == null) {
        continue;
      }
      String trace = LeakScenarios.trace(entry.getValue());
      for (String secret : outcome.secrets()) {
        assertThat(trace).as(entry.getKey()).doesNotContain(LeakScenarios.fragments(secret));
      }
    }
  }

  @Test
  void failures_echoedSecrets_areShownAsRedactedAndTheRestStays() {
    assertThat(outcome.failures().get("refresh: error_description, cut where the secret is"))
        .hasMessageContaining("invalid_request: xxxx");
    assertThat(outcome.failures().get("refresh: the whole request echoed"))
        .hasMessageContaining("grant_type=refresh_token&refresh_token=" + Redaction.REDACTED);
    assertThat(outcome.failures().get("refresh: a body that is not JSON")).hasMessageContaining("HTTP 400");
    assertThat(outcome.failures().get("refresh: a redirect")).hasMessageContaining("HTTP 302");
    assertThat(outcome.failures().get("refresh: a malformed status line")).isInstanceOf(XIoException.class)
        .hasRootCauseMessage("java.net.ProtocolException: Unexpected status line: HTTP/1.1 2OO " + Redaction.REDACTED
            + " " + Redaction.REDACTED);
    assertThat(outcome.failures().get("code exchange echoing code and verifier")).hasMessageContaining("invalid_grant");
  }
}
