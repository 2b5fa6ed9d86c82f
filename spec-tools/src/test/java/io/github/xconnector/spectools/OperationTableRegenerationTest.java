package io.github.xconnector.spectools;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Operations added to a copy of spec/x-api.yaml appear in the operation table the build would generate, with the
 * facts the spec gives them: method and path, accepted authentication and scopes, parameter bounds, paging and retry
 * safety. Both of sdk-core/pom.xml's generator executions are run on the copy ({@code x-api} for the interfaces and
 * models the table refers to, {@code operation-table} for the table), the output is compiled with sdk-core's
 * hand-written classes and the table is read from the compiled classes.
 */
class OperationTableRegenerationTest {

    /** A paged read, a retry-safe write and a write the spec says nothing about, from existing components only. */
    private static final String MUTES = String.join("\n",
            "get:",
            "  operationId: getMutedUsers",
            "  x-pagination: {page-size: max_results, token: pagination_token, next: next_token,"
                    + " previous: previous_token}",
            "  tags: [Mutes]",
            "  summary: Users a user muted",
            "  security:",
            "  - OAuth2UserToken: [mute.read, tweet.read, users.read]",
            "  parameters:",
            "  - name: id",
            "    in: path",
            "    required: true",
            "    schema: {type: string, pattern: '^[0-9]{1,19}$'}",
            "  - name: max_results",
            "    in: query",
            "    required: false",
            "    schema: {type: integer, format: int32, minimum: 1, maximum: 100, default: 100}",
            "  - name: pagination_token",
            "    in: query",
            "    required: false",
            "    schema: {type: string, minLength: 1}",
            "  - $ref: '#/components/parameters/TweetFieldsParameter'",
            "  responses:",
            "    '200':",
            "      description: The request succeeded.",
            "      content:",
            "        application/json:",
            "          schema: {$ref: '#/components/schemas/PostPage'}",
            "    default: {$ref: '#/components/responses/Error'}",
            "post:",
            "  operationId: muteUser",
            "  x-retry-safe: true",
            "  tags: [Mutes]",
            "  summary: Mute a user",
            "  security:",
            "  - OAuth2UserToken: [mute.write, tweet.read, users.read]",
            "  parameters:",
            "  - name: id",
            "    in: path",
            "    required: true",
            "    schema: {$ref: '#/components/schemas/UserIdMatchesAuthenticatedUser'}",
            "  requestBody:",
            "    content:",
            "      application/json:",
            "        schema: {$ref: '#/components/schemas/LikeRequest'}",
            "  responses:",
            "    '200':",
            "      description: The request succeeded.",
            "      content:",
            "        application/json:",
            "          schema: {$ref: '#/components/schemas/LikeResponse'}",
            "    default: {$ref: '#/components/responses/Error'}",
            "");

    private static final String MUTE_LISTS = String.join("\n",
            "post:",
            "  operationId: createMuteList",
            "  tags: [Mutes]",
            "  summary: Create a mute list",
            "  security:",
            "  - OAuth2UserToken: [mute.write, users.read]",
            "  parameters:",
            "  - name: id",
            "    in: path",
            "    required: true",
            "    schema: {$ref: '#/components/schemas/UserIdMatchesAuthenticatedUser'}",
            "  requestBody:",
            "    content:",
            "      application/json:",
            "        schema: {$ref: '#/components/schemas/LikeRequest'}",
            "  responses:",
            "    '200':",
            "      description: The request succeeded.",
            "      content:",
            "        application/json:",
            "          schema: {$ref: '#/components/schemas/LikeResponse'}",
            "    default: {$ref: '#/components/responses/Error'}",
            "");

    private static final String OPERATIONS_PACKAGE = "io.github.xconnector.generated.operations";
    private static final List<String> ADDED = List.of("getMutedUsers", "muteUser", "createMuteList");
    private static final Set<String> HTTP_METHODS =
            Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
    private static final YAMLMapper YAML = new YAMLMapper();

    @TempDir
    static Path work;

    /** Operation id to {@code METHOD path} of the unchanged spec. */
    private static Map<String, String> specEndpoints;
    /** The tags of the changed spec. */
    private static Set<String> tags;
    /** The Java files the operation-table execution wrote, relative to its source root. */
    private static Set<String> operationSources;
    private static URLClassLoader loader;
    private static Map<String, ?> table;

    @BeforeAll
    static void regenerateFromChangedSpec() throws Exception {
        Path repository = TestSpecs.projectSpec().getParent().getParent();
        Path pom = repository.resolve("sdk-core/pom.xml");
        GeneratorSettings api = GeneratorSettings.fromPom(pom, "x-api");
        GeneratorSettings operations = GeneratorSettings.fromPom(pom, "operation-table");

        JsonNode spec = YAML.readTree(TestSpecs.projectSpec().toFile());
        ObjectNode paths = (ObjectNode) spec.get("paths");
        // The spec's own muting operations make way for the ones added below.
        paths.remove("/2/users/{id}/muting");
        specEndpoints = endpoints(spec);
        paths.set("/2/users/{id}/muting", YAML.readTree(MUTES));
        paths.set("/2/users/{id}/muting/lists", YAML.readTree(MUTE_LISTS));
        // The scopes the new operations need, declared in the scheme as X's own document declares them.
        ObjectNode scopes = (ObjectNode) spec.at("/components/securitySchemes/OAuth2UserToken/flows"
                + "/authorizationCode/scopes");
        scopes.put("mute.read", "Read mutes.").put("mute.write", "Mute and unmute.");
        Path changed = work.resolve("x-api.yaml");
        YAML.writeValue(changed.toFile(), spec);
        tags = new TreeSet<>();
        paths.forEach(path -> path.properties().stream().filter(entry -> HTTP_METHODS.contains(entry.getKey()))
                .forEach(operation -> tags.add(operation.getValue().path("tags").path(0).asText())));

        api.generate(changed, work.resolve("api"));
        operations.generate(changed, work.resolve("operations"));
        Path operationRoot = operations.sources(work.resolve("operations"));
        try (Stream<Path> files = Files.walk(operationRoot)) {
            operationSources = files.filter(file -> file.toString().endsWith(".java"))
                    .map(file -> operationRoot.relativize(file).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        List<Path> classPath = RegeneratedClient.compile(repository,
                List.of(api.sources(work.resolve("api")), operations.sources(work.resolve("operations"))),
                work.resolve("classes"));

        loader = RegeneratedClient.loader(classPath);
        assertThat(operations.apiPackage()).isEqualTo(OPERATIONS_PACKAGE);
        Class<?> operationTable = loader.loadClass(OPERATIONS_PACKAGE + ".OperationTable");
        Map<?, ?> all = (Map<?, ?>) operationTable.getMethod("all").invoke(null);
        table = all.entrySet().stream().collect(LinkedHashMap::new,
                (map, entry) -> map.put((String) entry.getKey(), entry.getValue()), Map::putAll);
    }

    @AfterAll
    static void closeLoader() throws Exception {
        if (loader != null) {
            loader.close();
        }
    }

    @Test
    void operationTableExecution_writesOneClassPerTagAndTheTable() {
        String folder = OPERATIONS_PACKAGE.replace('.', '/') + "/";
        Set<String> expected = new TreeSet<>();
        tags.forEach(tag -> expected.add(folder + Arrays.stream(tag.split("[^A-Za-z0-9]+"))
                .filter(word -> !word.isEmpty())
                .map(word -> Character.toUpperCase(word.charAt(0)) + word.substring(1))
                .collect(Collectors.joining()) + "Operations.java"));
        expected.add(folder + "OperationTable.java");
        // The scope constants, generated from the security scheme for users of the credentials package.
        expected.add("io/github/xconnector/credentials/Scopes.java");

        assertThat(expected).contains(folder + "MutesOperations.java");
        assertThat(operationSources).as("no models, invoker or supporting files beyond the table and the scopes")
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void addedRead_hasItsEndpointAndResponseType() {
        Object operation = operation("getMutedUsers");

        assertThat(call(operation, "id")).isEqualTo("getMutedUsers");
        assertThat(call(operation, "method")).isEqualTo("GET");
        assertThat(call(operation, "endpoint")).isEqualTo("GET /2/users/{id}/muting");
        assertThat(call(operation, "group")).isEqualTo("Mutes");
        assertThat(((Class<?>) call(operation, "api")).getSimpleName()).isEqualTo("MutesApi");
        Class<?> response = (Class<?>) call(operation, "responseType");
        assertThat(response.getSimpleName()).isEqualTo("PostPage");
        assertThat(response.getClassLoader()).as("the regenerated model").isSameAs(loader);
        assertThat(call(operation, "requestType")).isNull();
    }

    @Test
    void addedRead_acceptsOnlyUserContextWithItsScopes() {
        assertThat(accepted(operation("getMutedUsers")))
                .containsOnlyKeys("USER_CONTEXT")
                .hasEntrySatisfying("USER_CONTEXT", scopes -> assertThat(scopes)
                        .containsExactlyInAnyOrder("mute.read", "tweet.read", "users.read"));
    }

    @Test
    void addedRead_hasItsParametersWithTheirBounds() {
        Object operation = operation("getMutedUsers");

        assertThat(((Map<?, ?>) call(operation, "parameters")).keySet().stream().map(String.class::cast))
                .containsExactly("id", "max_results", "pagination_token", "tweet.fields");

        Object id = call(operation, "parameter", "id");
        assertThat(call(id, "location").toString()).isEqualTo("PATH");
        assertThat(call(id, "isRequired")).isEqualTo(true);
        assertThat(((Optional<?>) call(id, "valuePattern")).map(p -> ((Pattern) p).pattern()))
                .contains("^[0-9]{1,19}$");

        Object maxResults = call(operation, "parameter", "max_results");
        assertThat(call(maxResults, "location").toString()).isEqualTo("QUERY");
        assertThat(call(maxResults, "isRequired")).isEqualTo(false);
        assertThat(call(maxResults, "minimumValue")).isEqualTo(Optional.of(1L));
        assertThat(call(maxResults, "maximumValue")).isEqualTo(Optional.of(100L));
        assertThat(call(maxResults, "defaultValueText")).isEqualTo(Optional.of("100"));

        Object token = call(operation, "parameter", "pagination_token");
        assertThat(call(token, "minLengthValue")).isEqualTo(Optional.of(1));
        assertThat(call(token, "maxLengthValue")).isEqualTo(Optional.empty());
    }

    @Test
    void addedRead_pagesAsItsPaginationExtensionSays() {
        Optional<?> pagination = (Optional<?>) call(operation("getMutedUsers"), "pagination");

        assertThat(pagination).as("pagination() of getMutedUsers").isPresent();
        Object paging = pagination.get();
        assertThat(call(paging, "pageSizeParameter")).isEqualTo(Optional.of("max_results"));
        assertThat(call(paging, "tokenParameter")).isEqualTo("pagination_token");
        assertThat(call(paging, "nextTokenField")).isEqualTo("next_token");
        assertThat(call(paging, "previousTokenField")).isEqualTo(Optional.of("previous_token"));
    }

    @Test
    void addedOperations_areRetrySafeByExtensionOrByMethod() {
        assertThat(call(operation("getMutedUsers"), "retrySafe")).as("GET, no x-retry-safe").isEqualTo(true);
        assertThat(call(operation("muteUser"), "retrySafe")).as("POST, x-retry-safe: true").isEqualTo(true);
        assertThat(call(operation("createMuteList"), "retrySafe")).as("POST, no x-retry-safe")
                .isEqualTo(false);
    }

    @Test
    void addedWrites_haveTheirEndpointsAuthenticationAndBodies() {
        Object add = operation("muteUser");
        assertThat(call(add, "endpoint")).isEqualTo("POST /2/users/{id}/muting");
        assertThat(accepted(add)).containsOnlyKeys("USER_CONTEXT").hasEntrySatisfying("USER_CONTEXT",
                scopes -> assertThat(scopes).containsExactlyInAnyOrder("mute.write", "tweet.read", "users.read"));
        assertThat(((Class<?>) call(add, "requestType")).getSimpleName()).isEqualTo("LikeRequest");
        assertThat(((Class<?>) call(add, "responseType")).getSimpleName()).isEqualTo("LikeResponse");
        assertThat((Optional<?>) call(add, "pagination")).isEmpty();

        Object folder = operation("createMuteList");
        assertThat(call(folder, "endpoint")).isEqualTo("POST /2/users/{id}/muting/lists");
        assertThat(accepted(folder)).containsOnlyKeys("USER_CONTEXT");
    }

    @Test
    void unchangedOperations_areAllStillThereWithTheirEndpoints() {
        assertThat(specEndpoints).isNotEmpty().doesNotContainKeys(ADDED.toArray(String[]::new));
        assertThat(table).hasSize(specEndpoints.size() + ADDED.size());
        assertThat(table.keySet()).containsAll(specEndpoints.keySet()).containsAll(ADDED);

        Map<String, String> regenerated = new LinkedHashMap<>();
        specEndpoints.keySet().forEach(id -> regenerated.put(id, (String) call(operation(id), "endpoint")));
        assertThat(regenerated).containsExactlyInAnyOrderEntriesOf(specEndpoints);
    }

    private static Object operation(String id) {
        Object operation = table.get(id);
        assertThat(operation).as("OperationTable.all().get(\"%s\")", id).isNotNull();
        return operation;
    }

    /** {@code accepted()} by the name of each kind of authentication. */
    private static Map<String, List<String>> accepted(Object operation) {
        Map<String, List<String>> byName = new LinkedHashMap<>();
        ((Map<?, ?>) call(operation, "accepted")).forEach((type, scopes) -> byName.put(((Enum<?>) type).name(),
                ((Set<?>) scopes).stream().map(String.class::cast).toList()));
        return byName;
    }

    /**
     * Calls a public method of a regenerated object. The objects' classes come from the regenerated client's loader,
     * not this test's, so they are read by name.
     */
    private static Object call(Object target, String name, String... arguments) {
        try {
            Class<?>[] types = new Class<?>[arguments.length];
            Arrays.fill(types, String.class);
            Method method = target.getClass().getMethod(name, types);
            return method.invoke(target, (Object[]) arguments);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(name + " failed on " + target, e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(target.getClass().getName() + " has no " + name + "("
                    + String.join(", ", Arrays.stream(arguments).map(a -> "String").toList()) + ")", e);
        }
    }

    /** Operation id to {@code METHOD path} for every operation of a spec. */
    private static Map<String, String> endpoints(JsonNode spec) {
        Map<String, String> endpoints = new LinkedHashMap<>();
        spec.get("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
            if (HTTP_METHODS.contains(entry.getKey())) {
                endpoints.put(entry.getValue().get("operationId").asText(),
                        entry.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }));
        return endpoints;
    }
}
