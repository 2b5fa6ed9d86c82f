package io.github.xconnector.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Uploads 512 MiB through the client in a JVM whose heap is capped at 32 MiB: the upload must hold one segment in
 * memory at a time, never the whole video.
 */
class BoundedMemoryUploadTest {

  private static final long SIZE = 512L << 20;
  private static final int CHUNK_SIZE = MediaUpload.DEFAULT_CHUNK_SIZE;

  @Test
  void upload_512MiBStreamInA32MiBHeap_completesAndXReceivesEveryByteInOrder(@TempDir Path dir) throws Exception {
    try (CountingMediaServer server = new CountingMediaServer()) {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
      Process child = new ProcessBuilder(List.of(java, "-Xmx32m", "-XX:+ExitOnOutOfMemoryError", "-cp",
          classPath, LargeUploadMain.class.getName(), server.baseUrl(), "sdk", String.valueOf(SIZE),
          String.valueOf(CHUNK_SIZE)))
          .redirectErrorStream(true)
          .redirectOutput(dir.resolve("child.log").toFile())
          .start();
      boolean finished = child.waitFor(5, TimeUnit.MINUTES);
      if (!finished) {
        child.destroyForcibly();
      }
      String output = Files.readString(dir.resolve("child.log"));
      System.out.println("Forked upload: " + output.strip());

      assertThat(finished).as("the upload finished").isTrue();
      assertThat(child.exitValue()).as(output).isZero();
      assertThat(output).contains("RESULT id=" + CountingMediaServer.MEDIA_ID);
      assertThat(server.mediaBytes()).isEqualTo(SIZE);
      assertThat(server.segments()).isEqualTo((int) (SIZE / CHUNK_SIZE));
      assertThat(server.outOfOrderSegments()).isZero();
      assertThat(server.crc()).isEqualTo(LargeUploadMain.expectedCrc(SIZE));
    }
  }
}
