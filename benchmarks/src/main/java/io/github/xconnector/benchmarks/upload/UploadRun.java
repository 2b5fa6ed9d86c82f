package io.github.xconnector.benchmarks.upload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.xconnector.XClient;
import io.github.xconnector.benchmarks.clients.StaticUserToken;
import io.github.xconnector.generated.model.MediaCategory;
import io.github.xconnector.generated.model.MediaUploadInitializeRequest;
import io.github.xconnector.media.MediaUpload;
import io.github.xconnector.media.UploadedMedia;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * One media upload in a fresh JVM, started by {@link UploadComparison} with a chosen heap limit. Prints
 * {@code UPLOAD <nanoseconds> <bytes>} when the stub confirmed every byte; fails (non-zero exit) otherwise.
 *
 * <p>Usage: {@code UploadRun <variant> <baseUrl> <totalBytes> <segmentBytes>}.
 */
public final class UploadRun {

  /** One streamed POST of the whole file: the fastest an upload can be, and the baseline of the ratios. */
  public static final String RAW = "raw-okhttp-stream";
  /** X's chunked protocol (initialize, append per segment, finalize) written by hand on OkHttp, streamed. */
  public static final String CHUNKED = "chunked-okhttp-stream";
  /** The same with Nagle's algorithm off on the client's sockets. */
  public static final String CHUNKED_NO_DELAY = "chunked-okhttp-nodelay";
  /** X's chunked protocol through this SDK's low-level calls, which take each segment as a file. */
  public static final String SDK_SEGMENT_FILES = "sdk-append-files";

  /** The SDK's streaming uploader, {@code x.media().upload(...)}, with the given segment size. */
  public static final String SDK_UPLOAD = "sdk-upload";

  /** The variants, in table order. */
  public static final List<String> ALL = List.of(RAW, CHUNKED, CHUNKED_NO_DELAY, SDK_SEGMENT_FILES, SDK_UPLOAD);

  // An MPEG-4 file type box: the uploader recognises the format from the first bytes, as X does.
  private static final byte[] MP4_SIGNATURE = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'};

  private static final MediaType OCTETS = MediaType.get("application/octet-stream");
  private static final MediaType JSON = MediaType.get("application/json");
  private static final String AUTHORIZATION = "Bearer benchmark-token";

  private UploadRun() {
  }

  /**
   * Runs one upload.
   *
   * @param args variant, base URL, total bytes, segment bytes
   */
  public static void main(String[] args) throws Exception {
    String variant = args[0];
    String baseUrl = args[1];
    long total = Long.parseLong(args[2]);
    int segment = Integer.parseInt(args[3]);
    long started = System.nanoTime();
    switch (variant) {
      case RAW:
        raw(baseUrl, total);
        break;
      case CHUNKED:
        chunked(new OkHttpClient(), baseUrl, total, segment);
        break;
      case CHUNKED_NO_DELAY:
        chunked(new OkHttpClient.Builder().socketFactory(new NoDelaySocketFactory()).build(), baseUrl, total, segment);
        break;
      case SDK_SEGMENT_FILES:
        sdkSegmentFiles(baseUrl, total, segment);
        break;
      case SDK_UPLOAD:
        sdkUpload(baseUrl, total, segment);
        break;
      default:
        throw new IllegalArgumentException("Unknown upload variant '" + variant + "'; known: " + ALL);
    }
    System.out.println("UPLOAD " + (System.nanoTime() - started) + " " + total);
  }

  private static void raw(String baseUrl, long total) throws IOException {
    OkHttpClient http = new OkHttpClient();
    Request request = new Request.Builder().url(baseUrl + "/raw-upload").header("Authorization", AUTHORIZATION)
        .post(new StreamingBody(new PatternInputStream(total), total, OCTETS)).build();
    try (Response response = http.newCall(request).execute()) {
      JsonNode answer = new ObjectMapper().readTree(response.body().string());
      if (!response.isSuccessful() || answer.path("received").asLong() != total) {
        throw new IOException("The stub answered " + response.code() + " " + answer);
      }
    }
  }

  private static void chunked(OkHttpClient http, String baseUrl, long total, int segment) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    String init = "{\"media_type\":\"video/mp4\",\"media_category\":\"tweet_video\",\"total_bytes\":" + total + "}";
    String mediaId = mapper.readTree(send(http, baseUrl + "/2/media/upload/initialize",
        RequestBody.create(init, JSON))).path("data").path("id").asText();
    try (InputStream source = new PatternInputStream(total)) {
      long left = total;
      for (int index = 0; left > 0; index++) {
        long size = Math.min(segment, left);
        RequestBody body = new MultipartBody.Builder().setType(MultipartBody.FORM)
            .addFormDataPart("segment_index", Integer.toString(index))
            .addFormDataPart("media", "segment", new StreamingBody(source, size, OCTETS)).build();
        send(http, baseUrl + "/2/media/upload/" + mediaId + "/append", body);
        left -= size;
      }
    }
    send(http, baseUrl + "/2/media/upload/" + mediaId + "/finalize", RequestBody.create(new byte[0], null));
  }

  private static String send(OkHttpClient http, String url, RequestBody body) throws IOException {
    Request request = new Request.Builder().url(url).header("Authorization", AUTHORIZATION).post(body).build();
    try (Response response = http.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IOException("POST " + url + " answered " + response.code());
      }
      return response.body().string();
    }
  }

  private static void sdkUpload(String baseUrl, long total, int segment) throws IOException {
    XClient x = XClient.builder().baseUrl(baseUrl).credentials(new StaticUserToken("benchmark-token")).build();
    try (InputStream source = new SequenceInputStream(new ByteArrayInputStream(MP4_SIGNATURE),
        new PatternInputStream(total - MP4_SIGNATURE.length))) {
      UploadedMedia media = x.media().upload(MediaUpload.fromStream(source, total, "video/mp4").chunkSize(segment)
          .build());
      if (media.id() == null) {
        throw new IOException("The upload returned no media id");
      }
    }
  }

  // What a user of this SDK could do before the streaming uploader: cut the source into segment files and append each one.
  private static void sdkSegmentFiles(String baseUrl, long total, int segment) throws IOException {
    XClient x = XClient.builder().baseUrl(baseUrl).credentials(new StaticUserToken("benchmark-token")).build();
    String mediaId = x.media().initialize(new MediaUploadInitializeRequest()
        .mediaType(MediaUploadInitializeRequest.MediaTypeEnum.VIDEO_MP4).mediaCategory(MediaCategory.TWEET_VIDEO)
        .totalBytes(total)).getData().getId();
    File segmentFile = File.createTempFile("x-upload-segment", ".bin");
    segmentFile.deleteOnExit();
    byte[] buffer = new byte[64 * 1024];
    try (InputStream source = new PatternInputStream(total)) {
      long left = total;
      for (int index = 0; left > 0; index++) {
        long size = Math.min(segment, left);
        try (OutputStream out = Files.newOutputStream(segmentFile.toPath())) {
          for (long copied = 0; copied < size; ) {
            int read = source.read(buffer, 0, (int) Math.min(buffer.length, size - copied));
            out.write(buffer, 0, read);
            copied += read;
          }
        }
        x.media().append(mediaId, segmentFile, index);
        left -= size;
      }
    } finally {
      Files.deleteIfExists(segmentFile.toPath());
    }
    x.media().finalizeUpload(mediaId);
  }
}
