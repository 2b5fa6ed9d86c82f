package io.github.xconnector.media;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.xconnector.XClient;
import io.github.xconnector.credentials.AccessTokenProvider;
import io.github.xconnector.credentials.AuthenticationType;
import io.github.xconnector.transport.Sleeper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Shared pieces of the media tests: a WireMock server on 127.0.0.1, a client pointed at it, media bytes. */
final class MediaFixtures {

  static final String MEDIA_ID = "1880028106020515840";
  static final String MEDIA_KEY = "7_1880028106020515840";
  static final String UPLOAD = "/2/media/upload";
  static final String INITIALIZE = "/2/media/upload/initialize";
  static final String APPEND = "/2/media/upload/" + MEDIA_ID + "/append";
  static final String FINALIZE = "/2/media/upload/" + MEDIA_ID + "/finalize";
  static final String METADATA = "/2/media/metadata";
  static final String TOKEN = "user-token";

  private MediaFixtures() {
  }

  static WireMockExtension server() {
    return WireMockExtension.newInstance().options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();
  }

  static XClient client(WireMockExtension server, Sleeper sleeper) {
    return XClient.builder().baseUrl(server.baseUrl()).credentials(new UserToken()).sleeper(sleeper).build();
  }

  /** Stubs initialize, append and finalize for a chunked upload whose processing has already succeeded. */
  static void stubChunkedUpload(WireMockExtension server) {
    server.stubFor(post(urlPathEqualTo(INITIALIZE)).willReturn(okJson("{\"data\":{\"id\":\"" + MEDIA_ID
        + "\",\"media_key\":\"" + MEDIA_KEY + "\",\"expires_after_secs\":86400}}")));
    server.stubFor(post(urlPathEqualTo(APPEND)).willReturn(aResponse().withStatus(200)));
    server.stubFor(post(urlPathEqualTo(FINALIZE)).willReturn(okJson(processing("succeeded", null))));
  }

  static String processing(String state, Integer checkAfterSecs) {
    return "{\"data\":{\"id\":\"" + MEDIA_ID + "\",\"media_key\":\"" + MEDIA_KEY + "\",\"size\":2600,"
        + "\"processing_info\":{\"state\":\"" + state + "\""
        + (checkAfterSecs == null ? "" : ",\"check_after_secs\":" + checkAfterSecs) + "}}}";
  }

  /** Bytes that start with a format's signature and continue with seeded noise. */
  static byte[] media(MediaFormat format, int length) {
    byte[] bytes = new byte[length];
    new Random(length).nextBytes(bytes);
    byte[] signature = signature(format);
    System.arraycopy(signature, 0, bytes, 0, signature.length);
    return bytes;
  }

  static byte[] signature(MediaFormat format) {
    switch (format) {
      case JPEG:
        return new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0};
      case PNG:
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
      case GIF:
        return "GIF89a".getBytes();
      case WEBP:
        return new byte[] {'R', 'I', 'F', 'F', 0x10, 0, 0, 0, 'W', 'E', 'B', 'P'};
      case MP4:
        return new byte[] {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'};
      case MOV:
        return new byte[] {0, 0, 0, 0x14, 'f', 't', 'y', 'p', 'q', 't', ' ', ' '};
      case WEBM:
        return new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3};
      default:
        throw new IllegalArgumentException(String.valueOf(format));
    }
  }

  static Path write(Path dir, String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  /** Records waits instead of sleeping. */
  static final class RecordingSleeper implements Sleeper {
    final List<Duration> waits = new ArrayList<>();

    @Override
    public void sleep(Duration duration) {
      waits.add(duration);
    }
  }

  /** A fixed OAuth 2.0 user token. */
  static final class UserToken implements AccessTokenProvider {
    @Override
    public String accessToken() {
      return TOKEN;
    }

    @Override
    public AuthenticationType authenticationType() {
      return AuthenticationType.USER_CONTEXT;
    }
  }
}
