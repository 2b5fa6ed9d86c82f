package io.github.xconnector.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The error bodies X sends, in X's shapes and wording (problem types on api.twitter.com, as X sends them). */
final class Problems {

  static final String PROBLEMS = "https://api.twitter.com/2/problems/";
  private static final String INVALID_REQUEST_DETAIL = "One or more parameters to your request was invalid.";

  private Problems() {}

  /** One entry of an invalid-request {@code errors} list: the offending parameter with its values, and a message. */
  record ParameterError(String parameter, List<String> values, String message) {

    static ParameterError of(String parameter, String value, String message) {
      return new ParameterError(parameter, value == null ? List.of() : List.of(value), message);
    }

    static ParameterError message(String message) {
      return new ParameterError(null, List.of(), message);
    }
  }

  static SandboxResponse unauthorized() {
    return SandboxResponse.problem(401, blank("Unauthorized", 401, "Unauthorized"));
  }

  static SandboxResponse unsupportedAuthentication() {
    ObjectNode body = Json.object()
        .put("title", "Unsupported Authentication")
        .put("detail", "Authenticating with OAuth 2.0 Application-Only is forbidden for this endpoint.  Supported"
            + " authentication types are [OAuth 1.0a User Context, OAuth 2.0 User Context].")
        .put("type", PROBLEMS + "unsupported-authentication")
        .put("status", 403);
    return SandboxResponse.problem(403, body);
  }

  static SandboxResponse forbidden(String detail) {
    return SandboxResponse.problem(403, blank("Forbidden", 403, detail));
  }

  static SandboxResponse tooManyRequests() {
    return SandboxResponse.problem(429, blank("Too Many Requests", 429, "Too Many Requests"));
  }

  static SandboxResponse usageCapped() {
    ObjectNode body = Json.object()
        .put("account_id", "0")
        .put("product_name", "standard-basic")
        .put("title", "UsageCapExceeded")
        .put("period", "Monthly")
        .put("scope", "Product")
        .put("detail", "Usage cap exceeded: Monthly product cap")
        .put("type", PROBLEMS + "usage-capped");
    return SandboxResponse.problem(429, body);
  }

  static SandboxResponse serviceUnavailable() {
    return SandboxResponse.problem(503, blank("Service Unavailable", 503, "Service Unavailable"));
  }

  static SandboxResponse notFound(String detail) {
    return SandboxResponse.problem(404, blank("Not Found Error", 404, detail));
  }

  static SandboxResponse internalError(String detail) {
    return SandboxResponse.problem(500, blank("Internal Server Error", 500, detail));
  }

  /** X's 400: {@code errors} with parameters and messages, title "Invalid Request"; detail names the violation. */
  static SandboxResponse invalidRequest(List<ParameterError> errors) {
    ArrayNode list = Json.array();
    for (ParameterError error : errors) {
      ObjectNode entry = list.addObject();
      if (error.parameter() != null) {
        entry.putObject("parameters").set(error.parameter(), Json.strings(error.values()));
      }
      entry.put("message", error.message());
    }
    String detail = errors.size() == 1 ? errors.get(0).message() : INVALID_REQUEST_DETAIL;
    ObjectNode body = Json.object();
    body.set("errors", list);
    body.put("title", "Invalid Request").put("detail", detail).put("type", PROBLEMS + "invalid-request");
    return SandboxResponse.problem(400, body);
  }

  static SandboxResponse invalidRequest(String message) {
    return invalidRequest(List.of(ParameterError.message(message)));
  }

  static ApiProblem invalid(String message) {
    return new ApiProblem(invalidRequest(message));
  }

  static ApiProblem invalidParameter(String parameter, String value, String message) {
    return new ApiProblem(invalidRequest(List.of(ParameterError.of(parameter, value, message))));
  }

  /** A partial error for a 200 response: the resource named by a parameter does not exist. */
  static ObjectNode resourceNotFound(String resourceType, String parameter, String id) {
    return Json.object()
        .put("value", id)
        .put("detail", "Could not find " + resourceType + " with " + parameter + ": [" + id + "].")
        .put("title", "Not Found Error")
        .put("resource_type", resourceType)
        .put("parameter", parameter)
        .put("resource_id", id)
        .put("type", PROBLEMS + "resource-not-found");
  }

  private static ObjectNode blank(String title, int status, String detail) {
    return Json.object().put("title", title).put("type", "about:blank").put("status", status).put("detail", detail);
  }
}
