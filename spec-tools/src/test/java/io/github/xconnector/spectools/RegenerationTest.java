package io.github.xconnector.spectools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import feign.RequestLine;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An operation added to a copy of spec/x-api.yaml appears in the client the build would generate, with the
 * generator settings of sdk-core/pom.xml's {@code x-api} execution, and that client compiles.
 */
class RegenerationTest {

    /** An operation the spec lacks, built only from the spec's existing components. */
    private static final String MUTES_OPERATION = String.join("\n",
            "get:",
            "  operationId: getMutedUsers",
            "  tags: [Mutes]",
            "  summary: Users a user muted",
            "  security:",
            "  - OAuth2UserToken: [mute.read, tweet.read, users.read]",
            "  parameters:",
            "  - name: id",
            "    in: path",
            "    required: true",
            "    schema: {$ref: '#/components/schemas/UserId'}",
            "  - $ref: '#/components/parameters/TweetFieldsParameter'",
            "  responses:",
            "    '200':",
            "      description: The request succeeded.",
            "      content:",
            "        application/json:",
            "          schema: {$ref: '#/components/schemas/PostPage'}",
            "    default: {$ref: '#/components/responses/Error'}",
            "");

    private static final YAMLMapper YAML = new YAMLMapper();

    private static Path repository;
    private static GeneratorSettings settings;

    @TempDir
    Path work;

    @BeforeAll
    static void readBuildSettings() throws Exception {
        repository = TestSpecs.projectSpec().getParent().getParent();
        settings = GeneratorSettings.fromPom(repository.resolve("sdk-core/pom.xml"), "x-api");
    }

    @Test
    void generate_specWithAddedOperation_exposesItInANewApiThatCompiles() throws Exception {
        JsonNode spec = YAML.readTree(TestSpecs.projectSpec().toFile());
        ((ObjectNode) spec.get("paths")).set("/2/users/{id}/muting", YAML.readTree(MUTES_OPERATION));
        Path changed = work.resolve("x-api.yaml");
        YAML.writeValue(changed.toFile(), spec);

        Path sources = generate(changed, work.resolve("generated"));
        Path mutesApi = sources.resolve(settings.apiPackage().replace('.', '/')).resolve("MutesApi.java");
        assertThat(mutesApi).exists();
        assertThat(Files.readString(mutesApi)).contains("@RequestLine(\"GET /2/users/{id}/muting");

        List<Path> classPath = RegeneratedClient.compile(repository, List.of(sources), work.resolve("classes"));
        try (URLClassLoader loader = RegeneratedClient.loader(classPath)) {
            Class<?> api = loader.loadClass(settings.apiPackage() + ".MutesApi");
            List<String> requestLines = Arrays.stream(api.getMethods())
                    .filter(method -> method.getName().equals("getMutedUsers"))
                    .map(method -> method.getAnnotation(RequestLine.class))
                    .map(line -> line == null ? "(no @RequestLine)" : line.value())
                    .toList();
            assertThat(requestLines).isNotEmpty()
                    .allSatisfy(line -> assertThat(line).matches("GET /2/users/\\{id}/muting(\\?.*)?"));
        }
    }

    @Test
    void generate_unchangedSpec_writesOneApiPerSpecTag() throws Exception {
        Path copy = Files.copy(TestSpecs.projectSpec(), work.resolve("x-api.yaml"));

        Path sources = generate(copy, work.resolve("generated"));

        Set<String> expected = new TreeSet<>();
        YAML.readTree(copy.toFile()).get("paths").forEach(path -> path.forEach(operation ->
                expected.add(apiName(operation.path("tags").path(0).asText()))));
        assertThat(expected).isNotEmpty().doesNotContain("MutesApi");
        assertThat(apiInterfaces(sources)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void configurator_pomWithSettingNotTranslated_failsNamingIt() throws Exception {
        String pom = Files.readString(repository.resolve("sdk-core/pom.xml"))
                .replaceFirst("<generatorName>", "<strictSpec>false</strictSpec><generatorName>");
        assertThat(pom).contains("<strictSpec>");
        Path changedPom = Files.writeString(work.resolve("pom.xml"), pom);
        GeneratorSettings changed = GeneratorSettings.fromPom(changedPom, "x-api");

        assertThatThrownBy(() -> changed.configurator(work.resolve("x-api.yaml"), work.resolve("generated")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("<strictSpec>");
    }

    @Test
    void configurator_executionSettingNotTranslated_failsNamingIt() throws Exception {
        String pom = Files.readString(repository.resolve("sdk-core/pom.xml"))
                .replaceFirst("<apiNameSuffix>", "<modelNameSuffix>Model</modelNameSuffix><apiNameSuffix>");
        assertThat(pom).contains("<modelNameSuffix>");
        Path changedPom = Files.writeString(work.resolve("pom.xml"), pom);
        GeneratorSettings changed = GeneratorSettings.fromPom(changedPom, "operation-table");

        assertThatThrownBy(() -> changed.configurator(work.resolve("x-api.yaml"), work.resolve("generated")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("<modelNameSuffix>")
                .hasMessageContaining("operation-table");
    }

    @Test
    void fromPom_unknownExecution_failsNamingTheExecutions() {
        assertThatThrownBy(() -> GeneratorSettings.fromPom(repository.resolve("sdk-core/pom.xml"), "no-such-run"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no-such-run")
                .hasMessageContaining("x-api")
                .hasMessageContaining("operation-table");
    }

    /** Generates as sdk-core's build does and returns the root of the generated Java sources. */
    private Path generate(Path spec, Path output) {
        settings.generate(spec, output);
        return settings.sources(output);
    }

    private Set<String> apiInterfaces(Path sources) throws IOException {
        try (Stream<Path> files = Files.list(sources.resolve(settings.apiPackage().replace('.', '/')))) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith("Api.java"))
                    .map(name -> name.substring(0, name.length() - ".java".length()))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** The interface name the generator forms from a tag: {@code Direct Messages} becomes DirectMessagesApi. */
    private static String apiName(String tag) {
        return Arrays.stream(tag.split("[^A-Za-z0-9]+"))
                .filter(word -> !word.isEmpty())
                .map(word -> Character.toUpperCase(word.charAt(0)) + word.substring(1))
                .collect(Collectors.joining()) + "Api";
    }
}
