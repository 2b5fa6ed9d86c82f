package io.github.xconnector.spectools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import feign.RequestLine;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.GlobalSettings;

/**
 * An operation added to a copy of spec/x-api.yaml appears in the client the build would generate, with the
 * generator settings of sdk-core/pom.xml, and that client compiles.
 */
class RegenerationTest {

    /** An operation the spec lacks, built only from the spec's existing components. */
    private static final String BOOKMARKS_OPERATION = String.join("\n",
            "get:",
            "  operationId: getBookmarks",
            "  tags: [Bookmarks]",
            "  summary: Posts a user bookmarked",
            "  security:",
            "  - OAuth2UserToken: [bookmark.read, tweet.read, users.read]",
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
        settings = GeneratorSettings.fromPom(repository.resolve("sdk-core/pom.xml"));
    }

    @AfterEach
    void forgetGeneratorGlobals() {
        GlobalSettings.reset();
    }

    @Test
    void generate_specWithAddedOperation_exposesItInANewApiThatCompiles() throws Exception {
        JsonNode spec = YAML.readTree(TestSpecs.projectSpec().toFile());
        ((ObjectNode) spec.get("paths")).set("/2/users/{id}/bookmarks", YAML.readTree(BOOKMARKS_OPERATION));
        Path changed = work.resolve("x-api.yaml");
        YAML.writeValue(changed.toFile(), spec);

        Path sources = generate(changed, work.resolve("generated"));
        Path bookmarksApi = sources.resolve(settings.apiPackage().replace('.', '/')).resolve("BookmarksApi.java");
        assertThat(bookmarksApi).exists();
        assertThat(Files.readString(bookmarksApi)).contains("@RequestLine(\"GET /2/users/{id}/bookmarks");

        Path classes = compile(sources, work.resolve("classes"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                RegenerationTest.class.getClassLoader())) {
            Class<?> api = loader.loadClass(settings.apiPackage() + ".BookmarksApi");
            List<String> requestLines = Arrays.stream(api.getMethods())
                    .filter(method -> method.getName().equals("getBookmarks"))
                    .map(method -> method.getAnnotation(RequestLine.class))
                    .map(line -> line == null ? "(no @RequestLine)" : line.value())
                    .toList();
            assertThat(requestLines).isNotEmpty()
                    .allSatisfy(line -> assertThat(line).matches("GET /2/users/\\{id}/bookmarks(\\?.*)?"));
        }
    }

    @Test
    void generate_unchangedSpec_writesOneApiPerSpecTag() throws Exception {
        Path copy = Files.copy(TestSpecs.projectSpec(), work.resolve("x-api.yaml"));

        Path sources = generate(copy, work.resolve("generated"));

        Set<String> expected = new TreeSet<>();
        YAML.readTree(copy.toFile()).get("paths").forEach(path -> path.forEach(operation ->
                expected.add(apiName(operation.path("tags").path(0).asText()))));
        assertThat(expected).isNotEmpty().doesNotContain("BookmarksApi");
        assertThat(apiInterfaces(sources)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void configurator_pomWithSettingNotTranslated_failsNamingIt() throws Exception {
        String pom = Files.readString(repository.resolve("sdk-core/pom.xml"))
                .replaceFirst("<generatorName>", "<strictSpec>false</strictSpec><generatorName>");
        assertThat(pom).contains("<strictSpec>");
        Path changedPom = Files.writeString(work.resolve("pom.xml"), pom);
        GeneratorSettings changed = GeneratorSettings.fromPom(changedPom);

        assertThatThrownBy(() -> changed.configurator(work.resolve("x-api.yaml"), work.resolve("generated")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("<strictSpec>");
    }

    /** Generates as sdk-core's build does and returns the root of the generated Java sources. */
    private Path generate(Path spec, Path output) {
        new DefaultGenerator().opts(settings.configurator(spec, output).toClientOptInput()).generate();
        return output.resolve(settings.configOption("sourceFolder"));
    }

    /** Compiles the generated sources with sdk-core's hand-written invoker, against this test's class path. */
    private Path compile(Path sources, Path classes) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(sources)) {
            walk.filter(file -> file.toString().endsWith(".java")).forEach(files::add);
        }
        files.add(repository.resolve("sdk-core/src/main/java/io/github/xconnector/generated/invoker/ApiClient.java"));
        Files.createDirectories(classes);

        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter output = new StringWriter();
        try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(diagnostics, null, null)) {
            List<String> options = List.of("--release", "17", "-proc:none", "-nowarn", "-d", classes.toString(),
                    "-classpath", System.getProperty("java.class.path"));
            boolean compiled = compiler.getTask(output, fileManager, diagnostics, options, null,
                    fileManager.getJavaFileObjectsFromPaths(files)).call();
            assertThat(compiled)
                    .withFailMessage(() -> "The regenerated client does not compile:\n" + diagnostics.getDiagnostics()
                            .stream().map(Object::toString).collect(Collectors.joining("\n")) + output)
                    .isTrue();
        }
        return classes;
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
