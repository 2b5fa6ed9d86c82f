package io.github.xconnector;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Uploads about 40 MB of ids and reads about 45 MB of results through the client in a JVM whose heap is capped at
 * 16 MiB: both transfers must stream, never hold the whole file.
 */
class BoundedMemoryComplianceTransferTest {

  private static final long IDS = 2_000_000;
  private static final long RESULTS = 500_000;

  @Test
  void uploadAndResults_ofFilesLargerThanTheHeap_streamInA16MiBHeap(@TempDir Path dir) throws Exception {
    AtomicLong uploadedLines = new AtomicLong();
    AtomicLong uploadedBytes = new AtomicLong();
    AtomicBoolean authorizationSeen = new AtomicBoolean();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/upload", exchange -> {
      authorizationSeen.compareAndSet(false, exchange.getRequestHeaders().containsKey("Authorization"));
      try (BufferedReader reader = new BufferedReader(new InputStreamReader(exchange.getRequestBody(),
          StandardCharsets.US_ASCII))) {
        String line;
        long expected = 0;
        while ((line = reader.readLine()) != null) {
          if (line.equals(ComplianceTransferMain.id(expected))) {
            expected++;
          }
          uploadedBytes.addAndGet(line.length() + 1);
        }
        uploadedLines.set(expected);
      }
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    });
    server.createContext("/download", exchange -> {
      authorizationSeen.compareAndSet(false, exchange.getRequestHeaders().containsKey("Authorization"));
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, 0);
      try (OutputStream out = exchange.getResponseBody()) {
        for (long i = 0; i < RESULTS; i++) {
          out.write(("{\"id\":\"" + ComplianceTransferMain.id(i) + "\",\"action\":\"delete\",\"created_at\":"
              + "\"2021-11-15T19:08:05.000Z\",\"redacted_at\":\"2026-01-10T08:00:00.000Z\",\"reason\":\"deleted\"}\n")
              .getBytes(StandardCharsets.US_ASCII));
        }
      }
    });
    server.start();
    try {
      String baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
      Process child = new ProcessBuilder(List.of(java, "-Xmx16m", "-XX:+ExitOnOutOfMemoryError", "-cp", classPath,
          ComplianceTransferMain.class.getName(), baseUrl, String.valueOf(IDS)))
          .redirectErrorStream(true)
          .redirectOutput(dir.resolve("child.log").toFile())
          .start();
      boolean finished = child.waitFor(3, TimeUnit.MINUTES);
      if (!finished) {
        child.destroyForcibly();
      }
      String output = Files.readString(dir.resolve("child.log"));

      assertThat(finished).as("the transfers finished").isTrue();
      assertThat(child.exitValue()).as(output).isZero();
      long sum = 0;
      for (long i = 0; i < RESULTS; i++) {
        sum += Long.parseLong(ComplianceTransferMain.id(i)) % 1_000_003;
      }
      assertThat(output).contains("RESULT results=" + RESULTS + " sum=" + sum);
      assertThat(uploadedLines.get()).as("ids received in order").isEqualTo(IDS);
      assertThat(uploadedBytes.get()).isEqualTo(IDS * 20).isGreaterThan(32L << 20);
      assertThat(authorizationSeen.get()).as("an Authorization header reached the storage").isFalse();
    } finally {
      server.stop(0);
    }
  }
}
