package io.github.xconnector.internal;

import io.github.xconnector.errors.XException;
import io.github.xconnector.errors.XIoException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;
import okio.Okio;
import okio.Source;

/**
 * Sends files to and reads files from the pre-signed storage URLs X hands out (a compliance job's
 * {@code upload_url} and {@code download_url}). Those URLs are on another host and carry their own signature, so
 * requests go out bare: no {@code Authorization} header, no X call path, no retries (a stream cannot be sent twice).
 * Bodies are streamed both ways, never held whole in memory. Messages name the host and path only: the query of a
 * pre-signed URL is its credential.
 *
 * <p>Thread-safe; the OkHttp client is made on first use and shared by all transfers of a client.
 */
public final class StorageTransfer {

  private static final MediaType TEXT = MediaType.get("text/plain");
  private static final Pattern ERROR_CODE = Pattern.compile("<Code>([A-Za-z0-9_.-]{1,64})</Code>");

  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final BooleanSupplier closed;
  private final String prefix;
  private final Lazy<OkHttpClient> http;

  /**
   * Creates the transfer.
   *
   * @param connectTimeout the connect timeout
   * @param readTimeout the read timeout (between bytes, so a long transfer is not cut off)
   * @param closed whether the owning client was closed; transfers are then refused
   * @param connectionName starts every message; may be {@code null}
   */
  public StorageTransfer(Duration connectTimeout, Duration readTimeout, BooleanSupplier closed,
      String connectionName) {
    this.connectTimeout = connectTimeout;
    this.readTimeout = readTimeout;
    this.closed = closed;
    this.prefix = ConnectionNames.prefix(connectionName);
    this.http = new Lazy<>(() -> new OkHttpClient.Builder()
        .retryOnConnectionFailure(false)
        .connectTimeout(this.connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
        .readTimeout(this.readTimeout.toMillis(), TimeUnit.MILLISECONDS)
        .writeTimeout(this.readTimeout.toMillis(), TimeUnit.MILLISECONDS)
        .followRedirects(false)
        .build());
  }

  /**
   * Sends a body with {@code PUT} as {@code text/plain}, reading it from the stream as it goes out.
   *
   * @param url the pre-signed URL
   * @param what names the URL in messages, such as "the compliance job's upload URL"
   * @param body the bytes; read to the end, not closed
   * @param length the number of bytes, or -1 when unknown (then sent in chunks)
   */
  public void put(URI url, String what, InputStream body, long length) {
    Request request = new Request.Builder().url(check(url, what)).put(new StreamBody(body, length)).build();
    try (Response response = http.get().newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw failure("PUT", url, what, response);
      }
    } catch (IOException e) {
      throw new XIoException(prefix + "PUT to " + what + " (" + describe(url) + ") failed: " + e.getMessage(), true,
          e);
    }
  }

  /**
   * Starts a {@code GET} and returns the body as it arrives; the caller closes it.
   *
   * @param url the pre-signed URL
   * @param what names the URL in messages
   * @return the body stream
   */
  public InputStream get(URI url, String what) {
    Request request = new Request.Builder().url(check(url, what)).get().build();
    Response response = null;
    try {
      response = http.get().newCall(request).execute();
      if (!response.isSuccessful()) {
        throw failure("GET", url, what, response);
      }
      return response.body().byteStream();
    } catch (IOException e) {
      throw new XIoException(prefix + "GET of " + what + " (" + describe(url) + ") failed: " + e.getMessage(), false,
          e);
    } catch (RuntimeException e) {
      if (response != null) {
        response.close();
      }
      throw e;
    }
  }

  private String check(URI url, String what) {
    if (url == null) {
      throw new XException(prefix + what + " is missing: X has not given one for this job.");
    }
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      throw new XException(prefix + what + " is not an http(s) URL: " + describe(url));
    }
    if (closed.getAsBoolean()) {
      throw new XException(prefix + "Nothing was sent to " + what + ": the XClient was closed. Build a new client.");
    }
    return url.toString();
  }

  private XException failure(String method, URI url, String what, Response response) throws IOException {
    String code = "";
    if (response.body() != null) {
      byte[] head = response.body().byteStream().readNBytes(4096);
      Matcher matcher = ERROR_CODE.matcher(new String(head, StandardCharsets.UTF_8));
      code = matcher.find() ? " (" + matcher.group(1) + ")" : "";
    }
    return new XException(prefix + method + " " + what + " (" + describe(url) + ") failed with HTTP "
        + response.code() + code + (response.code() == 403 || response.code() == 400
        ? "; pre-signed URLs expire: check the job's expiry times" : ""));
  }

  /** The URL without its query, which holds the signature. */
  static String describe(URI url) {
    return url.getScheme() + "://" + url.getRawAuthority() + (url.getRawPath() == null ? "" : url.getRawPath());
  }

  /** A body read from a stream while it is written, in OkHttp's pooled segments. */
  private static final class StreamBody extends RequestBody {
    private final InputStream in;
    private final long length;

    StreamBody(InputStream in, long length) {
      this.in = in;
      this.length = length;
    }

    @Override
    public MediaType contentType() {
      return TEXT;
    }

    @Override
    public long contentLength() {
      return length;
    }

    @Override
    public boolean isOneShot() {
      return true;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      Source source = Okio.source(in);
      sink.writeAll(source);
    }
  }
}
