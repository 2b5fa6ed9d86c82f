package io.github.xconnector.media;

import io.github.xconnector.XClient;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.zip.CRC32;

/**
 * Uploads a generated video of the given size to a {@link CountingMediaServer}, in a JVM of its own so its heap can
 * be capped, and prints what it measured on one line.
 *
 * <p>Arguments: base URL, {@code sdk} (a chunked upload through the client) or {@code raw} (one streamed request, the
 * baseline), size in bytes, chunk size in bytes. Exits 0 after a complete upload.
 */
public final class LargeUploadMain {

  private LargeUploadMain() {
  }

  /**
   * Runs one upload.
   *
   * @param args base URL, mode, size, chunk size
   * @throws Exception when the upload fails (the exit status is then not 0)
   */
  public static void main(String[] args) throws Exception {
    try {
      run(args);
    } catch (Throwable failure) {
      // Exit at once even if a transport thread would keep the JVM alive.
      failure.printStackTrace();
      System.exit(1);
    }
    System.exit(0);
  }

  private static void run(String[] args) throws Exception {
    String baseUrl = args[0];
    boolean raw = "raw".equals(args[1]);
    long size = Long.parseLong(args[2]);
    int chunkSize = Integer.parseInt(args[3]);
    long started = System.nanoTime();
    String id;
    if (raw) {
      streamRaw(baseUrl, size);
      id = "raw";
    } else {
      XClient x = XClient.builder().baseUrl(baseUrl).credentials(new MediaFixtures.UserToken()).build();
      id = x.media().upload(MediaUpload.fromStream(new GeneratedVideoStream(size), size, "video/mp4")
          .chunkSize(chunkSize).build()).id();
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    System.out.println("RESULT id=" + id + " millis=" + millis + " maxHeap=" + Runtime.getRuntime().maxMemory()
        + " peakHeapUsed=" + peakHeapUsed());
  }

  static long expectedCrc(long size) {
    CRC32 crc = new CRC32();
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = new GeneratedVideoStream(size)) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        crc.update(buffer, 0, n);
      }
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    return crc.getValue();
  }

  private static void streamRaw(String baseUrl, long size) throws Exception {
    HttpURLConnection connection = (HttpURLConnection) URI.create(baseUrl + "/raw").toURL().openConnection();
    connection.setRequestMethod("POST");
    connection.setDoOutput(true);
    connection.setFixedLengthStreamingMode(size);
    try (InputStream in = new GeneratedVideoStream(size); OutputStream out = connection.getOutputStream()) {
      in.transferTo(out);
    }
    if (connection.getResponseCode() != 200) {
      throw new IllegalStateException("raw upload answered " + connection.getResponseCode());
    }
    connection.getInputStream().readAllBytes();
  }

  private static long peakHeapUsed() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
