package io.github.xconnector.spectools;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@WireMockTest
class SpecDiffCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Path workingDirectory, String... args) {
        return SpecDiffCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), workingDirectory);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static String spec(String name) {
        return TestSpecs.path(name).toString();
    }

    @Test
    void run_unchangedCopy_exitsZeroAndSaysNoChanges() {
        int status = run(Path.of(""), "--old", spec(TestSpecs.OLD), spec(TestSpecs.OLD));

        assertThat(status).isEqualTo(SpecDiffCommand.NO_BREAKING_CHANGES);
        assertThat(out()).isEqualTo("No changes in the 5 operations compared.\n");
    }

    @Test
    void run_renamedDocument_exitsOneAndListsRenamesOnceWithTheirOperations() {
        int status = run(Path.of(""), "--old", spec(TestSpecs.OLD), spec(TestSpecs.RENAMED));

        assertThat(status).isEqualTo(SpecDiffCommand.BREAKING_CHANGES);
        assertThat(out())
                .startsWith("Breaking changes (")
                .containsOnlyOnce("  RENAMED field response includes.tweets: tweets -> posts\n"
                        + "      in GET /2/tweets, GET /2/tweets/{id}\n")
                .contains("Other changes (1):\n  RENAMED parameter parameter tweet_id: tweet_id -> post_id\n");
    }

    @Test
    void run_jsonFormat_printsMachineReadableReport() throws IOException {
        run(Path.of(""), "--format", "json", "--old", spec(TestSpecs.OLD), spec(TestSpecs.RENAMED));

        JsonNode json = new ObjectMapper().readTree(out());
        assertThat(json.get("breaking").asBoolean()).isTrue();
        assertThat(json.get("operationsCompared").asInt()).isEqualTo(5);
        assertThat(json.get("changes")).anySatisfy(change -> {
            assertThat(change.get("kind").asText()).isEqualTo("RENAMED");
            assertThat(change.get("location").asText()).isEqualTo("GET /2/tweets/{id} response data.referenced_tweets");
            assertThat(change.get("to").asText()).isEqualTo("referenced_posts");
            assertThat(change.get("breaking").asBoolean()).isTrue();
        });
    }

    @Test
    void run_outputFile_writesTheReportThereAndPrintsASummary(@TempDir Path directory) throws IOException {
        int status = run(directory, "--format", "json", "--output", "report.json", "--old", spec(TestSpecs.OLD),
                spec(TestSpecs.RENAMED));

        assertThat(status).isEqualTo(SpecDiffCommand.BREAKING_CHANGES);
        JsonNode json = new ObjectMapper().readTree(directory.resolve("report.json").toFile());
        assertThat(json.get("changeCount").asInt()).isPositive();
        assertThat(out()).startsWith("Wrote " + directory.resolve("report.json")).contains("breaking");
    }

    @Test
    void run_withoutOld_comparesTheRepositorySpec() {
        int status = run(Path.of(""), TestSpecs.projectSpec().toString());

        assertThat(status).isEqualTo(SpecDiffCommand.NO_BREAKING_CHANGES);
        assertThat(out()).startsWith("No changes in the ");
    }

    @Test
    void run_relativePath_resolvesAgainstWorkingDirectory(@TempDir Path directory) throws IOException {
        Files.copy(TestSpecs.path(TestSpecs.RENAMED), directory.resolve("x-openapi.json"));

        int status = run(directory, "--old", spec(TestSpecs.OLD), "x-openapi.json");

        assertThat(status).isEqualTo(SpecDiffCommand.BREAKING_CHANGES);
    }

    @Test
    void run_url_downloadsTheDocument(WireMockRuntimeInfo server) throws IOException {
        stubFor(get("/2/openapi.json").willReturn(aResponse().withStatus(200)
                .withBody(Files.readString(TestSpecs.path(TestSpecs.RENAMED)))));

        int status = run(Path.of(""), "--old", spec(TestSpecs.OLD), server.getHttpBaseUrl() + "/2/openapi.json");

        assertThat(status).isEqualTo(SpecDiffCommand.BREAKING_CHANGES);
        assertThat(out()).contains("RENAMED field response data.referenced_tweets");
    }

    @Test
    void run_urlAnswering404_exitsTwoNamingTheStatus(WireMockRuntimeInfo server) {
        stubFor(get("/missing.json").willReturn(aResponse().withStatus(404)));

        int status = run(Path.of(""), "--old", spec(TestSpecs.OLD), server.getHttpBaseUrl() + "/missing.json");

        assertThat(status).isEqualTo(SpecDiffCommand.USAGE_OR_READ_ERROR);
        assertThat(err()).contains("answered HTTP 404");
        assertThat(out()).isEmpty();
    }

    @Test
    void run_missingFile_exitsTwoNamingTheFile(@TempDir Path directory) {
        int status = run(directory, "--old", spec(TestSpecs.OLD), "nowhere.json");

        assertThat(status).isEqualTo(SpecDiffCommand.USAGE_OR_READ_ERROR);
        assertThat(err()).contains(directory.resolve("nowhere.json").toString()).contains("does not exist");
    }

    @Test
    void run_notAnOpenApiDocument_exitsTwo(@TempDir Path directory) throws IOException {
        Files.writeString(directory.resolve("page.json"), "{\"hello\": \"world\"}");

        int status = run(directory, "--old", spec(TestSpecs.OLD), "page.json");

        assertThat(status).isEqualTo(SpecDiffCommand.USAGE_OR_READ_ERROR);
        assertThat(err()).contains("page.json");
    }

    @Test
    void run_withoutRepositorySpec_exitsTwoAskingForOld(@TempDir Path directory) {
        int status = run(directory, spec(TestSpecs.RENAMED));

        assertThat(status).isEqualTo(SpecDiffCommand.USAGE_OR_READ_ERROR);
        assertThat(err()).contains("spec/x-api.yaml").contains("--old");
    }

    @Test
    void run_unknownOptionOrNoDocument_exitsTwoWithUsage() {
        assertThat(run(Path.of(""), "--colour", "x.json")).isEqualTo(SpecDiffCommand.USAGE_OR_READ_ERROR);
        assertThat(run(Path.of(""))).isEqualTo(SpecDiffCommand.USAGE_OR_READ_ERROR);
        assertThat(run(Path.of(""), "--format", "xml", "x.json")).isEqualTo(SpecDiffCommand.USAGE_OR_READ_ERROR);

        assertThat(err()).contains("Unknown option --colour").contains("Missing the new document")
                .contains("Unknown format xml").contains("Usage: spec-diff");
    }
}
