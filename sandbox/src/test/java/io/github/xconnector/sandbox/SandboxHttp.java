package io.github.xconnector.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** A small java.net.http client for talking to a running sandbox in tests. */
final class SandboxHttp {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String BOUNDARY = "sandbox-test-boundary-7MA4YWxkTrZu0gW";

  private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final String baseUrl;

  SandboxHttp(XSandbox sandbox) {
    this.baseUrl = sandbox.baseUrl();
  }

  /** A response with its body parsed as JSON (or null when empty or not JSON). */
  record Reply(int status, HttpResponse<String> raw, JsonNode json) {

    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  Reply get(String pathAndQuery, String token) {
    return send(request(pathAndQuery, token).GET());
  }

  Reply delete(String path, String token) {
    return send(request(path, token).DELETE());
  }

  Reply postJson(String path, String token, String json) {
    return send(request(path, token).header("content-type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  Reply putJson(String path, String token, String json) {
    return send(request(path, token).header("content-type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  Reply postForm(String path, String basicUser, String basicPassword, String form) {
    HttpRequest.Builder builder = request(path, null).header("content-type", "application/x-www-form-urlencoded");
    if (basicUser != null) {
      String credentials = basicUser + ":" + basicPassword;
      builder.header("authorization", "Basic "
          + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    return send(builder.POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  /** Posts a multipart form; values of type byte[] become file parts. */
  Reply postMultipart(String path, String token, Map<String, Object> parts) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (Map.Entry<String, Object> part : parts.entrySet()) {
      StringBuilder head = new StringBuilder("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\""
          + part.getKey() + "\"");
      if (part.getValue() instanceof byte[]) {
        head.append("; filename=\"blob\"\r\nContent-Type: application/octet-stream");
      }
      head.append("\r\n\r\n");
      body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
      body.writeBytes(part.getValue() instanceof byte[] bytes ? bytes
          : part.getValue().toString().getBytes(StandardCharsets.UTF_8));
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(request(path, token).header("content-type", "multipart/form-data; boundary=" + BOUNDARY)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  HttpResponse<String> sendRaw(HttpRequest request) throws IOException, InterruptedException {
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  HttpRequest.Builder request(String pathAndQuery, String token) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery));
    if (token != null) {
      builder.header("authorization", "Bearer " + token);
    }
    return builder;
  }

  private Reply send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> response = sendRaw(builder.build());
      JsonNode json = null;
      if (!response.body().isEmpty() && response.headers().firstValue("content-type").orElse("").contains("json")) {
        json = MAPPER.readTree(response.body());
      }
      return new Reply(response.statusCode(), response, json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
