package io.github.xconnector.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Map;

/**
 * One authorized call of a spec operation, as an endpoint handler receives it.
 *
 * @param principal who the token speaks for (never null: unauthenticated calls never reach a handler)
 */
record Call(SandboxRequest request, Map<String, String> pathParameters, Principal principal) {

  String path(String name) {
    return pathParameters.get(name);
  }

  String query(String name) {
    return request.query(name);
  }

  /** The {@code max_results} parameter, or the default; the spec has already checked its bounds. */
  int maxResults(int defaultValue) {
    String value = request.query("max_results");
    return value == null ? defaultValue : Integer.parseInt(value);
  }

  /** The JSON body; the spec validator has already checked it parses. */
  JsonNode jsonBody() {
    byte[] body = request.bodyBytes();
    if (body.length == 0) {
      return Json.object();
    }
    try {
      return Json.parse(body);
    } catch (IOException e) {
      throw Problems.invalid("Request body is not valid JSON.");
    }
  }

  /** The authenticated user's id (only called by operations that require a user token). */
  String userId() {
    return principal.userId();
  }
}
