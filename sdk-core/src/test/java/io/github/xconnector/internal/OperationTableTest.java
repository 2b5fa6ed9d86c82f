package io.github.xconnector.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.github.xconnector.credentials.AuthenticationType;
import io.github.xconnector.generated.operations.OperationTable;
import io.github.xconnector.generated.operations.UsersOperations;
import java.io.File;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated operation table against {@code spec/x-api.yaml} read independently, operation by operation: every
 * operation is there once, with the spec's method, path, security, parameter bounds, paging and retry safety.
 */
class OperationTableTest {

  private static JsonNode spec;
  private static final List<JsonNode> OPERATIONS = new ArrayList<>();
  private static final Map<String, String> ENDPOINTS = new HashMap<>();

  @BeforeAll
  static void readSpec() throws Exception {
    spec = new YAMLMapper().readTree(new File("../spec/x-api.yaml"));
    spec.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
      OPERATIONS.add(method.getValue());
      ENDPOINTS.put(method.getValue().get("operationId").asText(),
          method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
    }));
  }

  @Test
  void table_holdsEverySpecOperationOnce_withItsMethodAndPath() {
    assertThat(OperationTable.all()).hasSize(OPERATIONS.size());
    ENDPOINTS.forEach((id, endpoint) -> {
      Operation operation = OperationTable.byId(id);
      assertThat(operation).as(id).isNotNull();
      assertThat(operation.endpoint()).as(id).isEqualTo(endpoint);
    });
  }

  @Test
  void table_acceptsExactlyTheSpecsSecurity_withItsScopes() {
    for (JsonNode node : OPERATIONS) {
      Operation operation = OperationTable.byId(node.get("operationId").asText());
      Map<AuthenticationType, Set<String>> expected = new HashMap<>();
      node.get("security").forEach(requirement -> requirement.fields().forEachRemaining(scheme -> {
        String kind = spec.at("/components/securitySchemes/" + scheme.getKey() + "/x-authentication-type").asText();
        Set<String> scopes = new LinkedHashSet<>();
        scheme.getValue().forEach(scope -> scopes.add(scope.asText()));
        expected.put(AuthenticationType.valueOf(kind), scopes);
      }));
      assertThat(operation.accepted()).as(operation.id()).isEqualTo(expected);
    }
  }

  @Test
  void table_pageSizeBounds_areTheSpecs() {
    int paged = 0;
    for (JsonNode node : OPERATIONS) {
      Operation operation = OperationTable.byId(node.get("operationId").asText());
      for (JsonNode parameter : node.path("parameters")) {
        if ("max_results".equals(parameter.path("name").asText())) {
          Operation.Parameter read = operation.parameter("max_results");
          assertThat(read.minimumValue()).as(operation.id()).contains(parameter.at("/schema/minimum").asLong());
          assertThat(read.maximumValue()).as(operation.id()).contains(parameter.at("/schema/maximum").asLong());
          paged++;
        }
      }
    }
    assertThat(paged).isGreaterThanOrEqualTo(9);
  }

  @Test
  void table_paging_isTheSpecsXPagination() {
    for (JsonNode node : OPERATIONS) {
      Operation operation = OperationTable.byId(node.get("operationId").asText());
      JsonNode pagination = node.path("x-pagination");
      if (pagination.isMissingNode()) {
        assertThat(operation.pagination()).as(operation.id()).isEmpty();
        continue;
      }
      Operation.Pagination read = operation.pagination().orElseThrow();
      assertThat(read.tokenParameter()).as(operation.id()).isEqualTo(pagination.get("token").asText());
      assertThat(read.nextTokenField()).isEqualTo(pagination.get("next").asText());
      assertThat(read.pageSizeParameter().orElse("")).isEqualTo(pagination.path("page-size").asText(""));
      assertThat(read.previousTokenField().orElse("")).isEqualTo(pagination.path("previous").asText(""));
      assertThat(operation.parameter(read.tokenParameter())).as(operation.id() + " token parameter").isNotNull();
    }
  }

  @Test
  void table_retrySafety_isTheSpecsExtension_elseTheMethodsIdempotence() {
    for (JsonNode node : OPERATIONS) {
      Operation operation = OperationTable.byId(node.get("operationId").asText());
      JsonNode extension = node.path("x-retry-safe");
      boolean expected = extension.isMissingNode()
          ? Set.of("GET", "PUT", "DELETE", "HEAD", "OPTIONS").contains(operation.method()) : extension.asBoolean();
      assertThat(operation.retrySafe()).as(operation.id()).isEqualTo(expected);
    }
    assertThat(OperationTable.byId("createPost").retrySafe()).isFalse();
  }

  @Test
  void table_renamedNamesAndValues_areTheSpecsXRenamed_andRenameOnlyValuesTheParameterTakes() {
    int renamed = 0;
    for (JsonNode node : OPERATIONS) {
      Operation operation = OperationTable.byId(node.get("operationId").asText());
      for (JsonNode reference : node.path("parameters")) {
        JsonNode parameter = reference.has("$ref")
            ? spec.at(reference.get("$ref").asText().substring(1)) : reference;
        Operation.Parameter read = operation.parameter(parameter.get("name").asText());
        JsonNode extension = parameter.path("x-renamed");
        Map<String, String> values = new LinkedHashMap<>();
        extension.path("values").forEach(value -> values.put(value.get("from").asText(), value.get("to").asText()));
        assertThat(read.renamedValues()).as(operation.id() + " " + read.name()).isEqualTo(values);
        assertThat(read.renamedName().orElse("")).as(operation.id() + " " + read.name())
            .isEqualTo(extension.path("parameter").asText(""));
        assertThat(read.allowedValues()).as(operation.id() + " " + read.name()).containsAll(values.keySet());
        renamed += values.size();
      }
    }
    assertThat(renamed).isPositive();
  }

  @Test
  void scopes_areEveryScopeTheSpecDeclares_andEveryScopeAnOperationNeedsIsAmongThem() {
    List<String> declared = new ArrayList<>();
    spec.at("/components/securitySchemes/OAuth2UserToken/flows/authorizationCode/scopes").fieldNames()
        .forEachRemaining(declared::add);
    assertThat(io.github.xconnector.credentials.Scopes.ALL).containsExactlyElementsOf(declared);
    assertThat(io.github.xconnector.credentials.Scopes.DM_WRITE).isEqualTo("dm.write");
    for (Operation operation : OperationTable.all().values()) {
      assertThat(io.github.xconnector.credentials.Scopes.ALL).as(operation.id())
          .containsAll(operation.scopes(AuthenticationType.USER_CONTEXT));
    }
  }

  @Test
  void table_parameters_carryTheSpecsPatternsAndItemCounts() {
    Operation.Parameter ids = UsersOperations.GET_USERS.parameter("ids");
    assertThat(ids.isRequired()).isTrue();
    assertThat(ids.maxItemsCount()).contains(100);
    assertThat(ids.itemValuePattern()).isPresent();
    assertThat(UsersOperations.GET_USER.parameter("id").valuePattern()).isPresent();
    assertThat(UsersOperations.GET_USER.parameter("id").location()).isEqualTo(Operation.Location.PATH);
    assertThat(OperationTable.byId("unfollowUser").path()).isEqualTo("/2/users/{source_user_id}/following/{target_user_id}");
    assertThat(OperationTable.byId("getUsers").responseType().getSimpleName()).isEqualTo("UsersResponse");
    assertThat(OperationTable.byId("createPost").requestType().getSimpleName()).isEqualTo("CreatePostRequest");
  }

  @Test
  void readmeEndpointTable_listsEveryOperation_withTheTablesAuthenticationAndScopes() throws Exception {
    String readme = java.nio.file.Files.readString(java.nio.file.Path.of("../README.md"));
    java.util.regex.Matcher row = java.util.regex.Pattern.compile(
        "(?m)^\\| [^|]+ \\| `([A-Z]+ [^`]+)` \\| [^|]+ \\| (yes|no) \\| ([^|]*) \\| (yes)? ?\\|$").matcher(readme);
    Map<String, Operation> byEndpoint = new HashMap<>();
    OperationTable.all().values().forEach(operation -> byEndpoint.put(operation.endpoint(), operation));
    Set<String> listed = new LinkedHashSet<>();
    while (row.find()) {
      Operation operation = byEndpoint.get(row.group(1));
      assertThat(operation).as("README row " + row.group(1) + " names no operation of the spec").isNotNull();
      listed.add(row.group(1));
      assertThat(row.group(2).equals("yes")).as(row.group(1) + " app-only")
          .isEqualTo(operation.accepts(AuthenticationType.APP_ONLY));
      Set<String> scopes = new LinkedHashSet<>();
      java.util.regex.Matcher scope = java.util.regex.Pattern.compile("`([a-z.]+)`").matcher(row.group(3));
      while (scope.find()) {
        scopes.add(scope.group(1));
      }
      assertThat(scopes).as(row.group(1) + " scopes").isEqualTo(operation.scopes(AuthenticationType.USER_CONTEXT));
      assertThat(row.group(4) != null).as(row.group(1) + " pages").isEqualTo(operation.pagination().isPresent()
          && !operation.id().equals("countRecentPosts"));
    }
    assertThat(listed).as("README endpoint rows").containsExactlyInAnyOrderElementsOf(byEndpoint.keySet());
  }
}
