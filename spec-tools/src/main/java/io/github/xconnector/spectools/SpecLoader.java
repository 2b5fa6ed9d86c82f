package io.github.xconnector.spectools;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * Reads an OpenAPI 3 document from a file or an http(s) URL with the swagger-parser library.
 *
 * <p>Files are read by location, so references to other files next to them resolve. A URL is downloaded first and
 * parsed as one document, which is how X publishes its document.
 */
public final class SpecLoader {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration DOWNLOAD_TIMEOUT = Duration.ofMinutes(2);

    private SpecLoader() {
    }

    /**
     * Reads and parses a document.
     *
     * @param location a file path, or a URL starting with {@code http://} or {@code https://}
     * @param workingDirectory the directory a relative file path is resolved against
     * @return the parsed document, with external references resolved
     * @throws SpecLoadException if the file is missing, the download fails or the text is not an OpenAPI 3 document
     */
    public static OpenAPI load(String location, Path workingDirectory) {
        return requireDocument(location, parse(location, workingDirectory));
    }

    /**
     * Reads and parses a document, keeping the parser's messages about it.
     *
     * @param location a file path, or a URL starting with {@code http://} or {@code https://}
     * @param workingDirectory the directory a relative file path is resolved against
     * @return the parser's result: the document (possibly {@code null}) and its messages
     * @throws SpecLoadException if the file is missing or the download fails
     */
    public static SwaggerParseResult parse(String location, Path workingDirectory) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        if (isUrl(location)) {
            return new OpenAPIV3Parser().readContents(download(location), null, options);
        }
        Path file = workingDirectory.resolve(location).toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw new SpecLoadException("No OpenAPI document at " + file
                    + ": the file does not exist. Pass the path of a downloaded document or an http(s) URL.");
        }
        return new OpenAPIV3Parser().readLocation(file.toString(), null, options);
    }

    private static OpenAPI requireDocument(String location, SwaggerParseResult result) {
        if (result == null || result.getOpenAPI() == null) {
            String messages = result == null || result.getMessages() == null ? "" : String.join("; ",
                    result.getMessages());
            throw new SpecLoadException("Could not parse " + location + " as an OpenAPI 3 document"
                    + (messages.isEmpty() ? "." : ": " + messages));
        }
        return result.getOpenAPI();
    }

    private static boolean isUrl(String location) {
        String lower = location.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    private static String download(String url) {
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(DOWNLOAD_TIMEOUT).GET().build();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new SpecLoadException("GET " + url + " answered HTTP " + response.statusCode()
                        + ": check the URL, or download the document and pass its path.");
            }
            return response.body();
        } catch (IllegalArgumentException e) {
            throw new SpecLoadException("Not a valid URL: " + url, e);
        } catch (IOException e) {
            throw new SpecLoadException("Could not download " + url + ": " + e.getMessage()
                    + ". Download the document and pass its path instead.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SpecLoadException("Interrupted while downloading " + url, e);
        }
    }
}
