package io.github.xconnector;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.xconnector.internal.OperationSecurity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The security table of the client and the operations the facade calls match spec/x-api.yaml exactly. */
class OperationSecurityTest {

  private static final Path SPEC = Paths.get("../spec/x-api.yaml");
  private static final Path MAIN_SOURCES = Paths.get("src/main/java/io/github/xconnector");
  private static final Pattern API_CALL = Pattern.compile("\\bapi\\.(\\w+?)(?:WithHttpInfo)?\\(");

  private static Map<String, SpecOperation> specOperations;

  /** What the spec says about one operation. */
  private static final class SpecOperation {
    final String endpoint;
    final boolean bearer;
    final boolean userToken;
    final Set<String> scopes;

    SpecOperation(String endpoint, boolean bearer, boolean userToken, Set<String> scopes) {
      this.endpoint = endpoint;
      this.bearer = bearer;
      this.userToken = userToken;
      this.scopes = scopes;
    }
  }

  @BeforeAll
  static void readSpec() throws IOException {
    JsonNode spec = new ObjectMapper(new YAMLFactory()).readTree(SPEC.toFile());
    specOperations = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = spec.get("paths").fields(); paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
        Map.Entry<String, JsonNode> op = ops.next();
        boolean bearer = false;
        boolean userToken = false;
        Set<String> scopes = new TreeSet<>();
        for (JsonNode requirement : op.getValue().path("security")) {
          bearer |= requirement.has("BearerToken");
          if (requirement.has("OAuth2UserToken")) {
            userToken = true;
            requirement.get("OAuth2UserToken").forEach(scope -> scopes.add(scope.asText()));
          }
        }
        String endpoint = op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
        specOperations.put(op.getValue().get("operationId").asText(),
            new SpecOperation(endpoint, bearer, userToken, scopes));
      }
    }
  }

  @Test
  void spec_supportedOperations_areThe31OfTheFoundationIssue() {
    assertThat(specOperations).hasSize(31);
  }

  @Test
  void all_comparedWithSpec_listsExactlyTheSpecOperations() {
    assertThat(OperationSecurity.all().keySet()).containsExactlyInAnyOrderElementsOf(specOperations.keySet());
  }

  @Test
  void of_everySpecOperation_matchesSpecAuthenticationScopesAndEndpoint() {
    specOperations.forEach((operationId, expected) -> {
      OperationSecurity security = OperationSecurity.of(operationId);
      assertThat(security).as(operationId).isNotNull();
      assertThat(security.operationId()).isEqualTo(operationId);
      assertThat(security.endpoint()).as(operationId).isEqualTo(expected.endpoint);
      assertThat(security.appOnlyAllowed()).as(operationId + " app-only").isEqualTo(expected.bearer);
      assertThat(security.userContextAllowed()).as(operationId + " user context").isEqualTo(expected.userToken);
      assertThat(security.scopes()).as(operationId + " scopes").containsExactlyInAnyOrderElementsOf(expected.scopes);
    });
  }

  @Test
  void of_withHttpInfoSuffix_findsTheSameOperation() {
    assertThat(OperationSecurity.of("getFollowersWithHttpInfo")).isSameAs(OperationSecurity.of("getFollowers"));
    assertThat(OperationSecurity.of("notAnOperation")).isNull();
  }

  @Test
  void facade_everySpecOperation_isCalledAndNothingElse() throws IOException {
    Set<String> called = new LinkedHashSet<>();
    try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList())) {
        Matcher call = API_CALL.matcher(Files.readString(file));
        while (call.find()) {
          called.add(call.group(1));
        }
      }
    }

    assertThat(called).as("operations the facade calls").containsAll(specOperations.keySet());
    assertThat(specOperations.keySet()).as("operations of the spec").containsAll(called);
  }
}
