package io.github.xconnector.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A stream read line by line with the JDK's HttpClient, as a raw client would: a reading thread hands each line to
 * the test, and the end of the stream is reported as an orderly end or a broken connection.
 */
final class StreamLines implements AutoCloseable {

  /** How the stream ended, once it did. */
  enum Ending {
    /** The server finished the response. */
    ORDERLY,
    /** The connection broke before the response was complete. */
    BROKEN
  }

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final long WAIT_SECONDS = 10;
  private static final Object END = new Object();

  private final HttpResponse<InputStream> response;
  private final BlockingQueue<Object> lines = new LinkedBlockingQueue<>();
  private volatile Ending ending;

  private StreamLines(HttpResponse<InputStream> response) {
    this.response = response;
    if (response.statusCode() == 200) {
      Thread reader = new Thread(this::read, "stream-lines-reader");
      reader.setDaemon(true);
      reader.start();
    }
  }

  /** Opens the stream; the answer may be a refusal, see {@link #status()} and {@link #errorBody()}. */
  static StreamLines open(XSandbox sandbox, String pathAndQuery, String token) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + pathAndQuery))
        .header("authorization", "Bearer " + token).GET().build();
    try {
      return new StreamLines(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  int status() {
    return response.statusCode();
  }

  String header(String name) {
    return response.headers().firstValue(name).orElse(null);
  }

  /** The body of a refused connection, as JSON. */
  JsonNode errorBody() {
    try (InputStream body = response.body()) {
      return MAPPER.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The next line, keep-alives (empty lines) included, or null once the stream ended. Fails after a long wait. */
  String nextLine() {
    try {
      Object line = lines.poll(WAIT_SECONDS, TimeUnit.SECONDS);
      if (line == null) {
        throw new AssertionError("No line arrived within " + WAIT_SECONDS + " s");
      }
      if (line == END) {
        lines.add(END);
        return null;
      }
      return (String) line;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The next line that is not a keep-alive, as JSON, or null once the stream ended. */
  JsonNode nextMessage() {
    String line;
    do {
      line = nextLine();
    } while (line != null && line.isEmpty());
    try {
      return line == null ? null : MAPPER.readTree(line);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads to the end and returns how the stream ended. */
  Ending awaitEnd() {
    while (nextLine() != null) {
      // skip what is left
    }
    return ending;
  }

  @Override
  public void close() {
    try {
      response.body().close();
    } catch (IOException e) {
      // already closed
    }
  }

  private void read() {
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(),
        StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        lines.add(line);
      }
      ending = Ending.ORDERLY;
    } catch (IOException e) {
      ending = Ending.BROKEN;
    } finally {
      lines.add(END);
    }
  }
}
