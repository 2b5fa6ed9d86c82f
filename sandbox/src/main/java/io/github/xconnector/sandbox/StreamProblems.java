package io.github.xconnector.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The error bodies of the filtered stream's rules and of the streams, in X's shapes: rule errors returned as data in
 * a 200, the connection problems answered instead of a stream, and the message X writes into a stream it closes.
 */
final class StreamProblems {

  private static final String STREAMING_CONNECTION = Problems.PROBLEMS + "streaming-connection";

  private StreamProblems() {}

  /** A 403 for a user token on an operation the spec opens to app-only Bearer tokens alone. */
  static SandboxResponse userContextForbidden() {
    ObjectNode body = Json.object()
        .put("title", "Unsupported Authentication")
        .put("detail", "Authenticating with OAuth 2.0 User Context is forbidden for this endpoint.  Supported"
            + " authentication types are [OAuth 2.0 Application-Only].")
        .put("type", Problems.PROBLEMS + "unsupported-authentication")
        .put("status", 403);
    return SandboxResponse.problem(403, body);
  }

  /** The 429 X answers when the app already holds as many connections to the stream as it may. */
  static SandboxResponse tooManyConnections() {
    return SandboxResponse.problem(429, connectionException("TooManyConnections",
        "This stream is currently at the maximum allowed connection limit."));
  }

  /** The 409 X answers to a filtered stream connection of an app that has no rules. */
  static SandboxResponse noRules() {
    return SandboxResponse.problem(409, connectionException("RuleConfigurationIssue",
        "You must define rules using the POST /2/tweets/search/stream/rules endpoint before connecting to filtered"
            + " stream."));
  }

  /** The line X writes into a stream before closing it for operational reasons. */
  static ObjectNode operationalDisconnect(String disconnectType, String detail) {
    ObjectNode body = Json.object();
    body.putArray("errors").addObject()
        .put("title", "operational-disconnect")
        .put("disconnect_type", disconnectType)
        .put("detail", detail)
        .put("type", Problems.PROBLEMS + "operational-disconnect");
    return body;
  }

  /** A rule that repeats a rule of the app (or of the same request, then without an id). */
  static ObjectNode duplicateRule(String value, String existingId) {
    ObjectNode error = Json.object().put("value", value);
    if (existingId != null) {
      error.put("id", existingId);
    }
    return error.put("title", "DuplicateRule").put("type", Problems.PROBLEMS + "duplicate-rules");
  }

  /** A rule X cannot take (not valid in the rule language, or too long), with the reason. */
  static ObjectNode invalidRule(String value, String reason) {
    ObjectNode error = Json.object().put("value", value);
    error.putArray("details").add(reason);
    return error.put("title", "UnprocessableEntity").put("type", Problems.PROBLEMS + "invalid-rules");
  }

  /** An addition that would take the app over its rule cap. */
  static ObjectNode rulesCapExceeded(int cap) {
    return Json.object()
        .put("title", "RulesCapExceeded")
        .put("detail", "Adding these rules would exceed the cap of " + cap + " rules for this app. Delete rules"
            + " before adding more.")
        .put("type", Problems.PROBLEMS + "rule-cap");
  }

  /** A rule named by a delete request that the app does not have. */
  static ObjectNode ruleNotFound(String parameter, String idOrValue) {
    ObjectNode error = Json.object();
    ObjectNode inner = error.putArray("errors").addObject();
    inner.putObject("parameters").putArray(parameter).add(idOrValue);
    inner.put("message", "Rule does not exist");
    return error.put("title", "Invalid Request")
        .put("detail", "One or more parameters to your request was invalid.")
        .put("type", Problems.PROBLEMS + "invalid-request");
  }

  private static ObjectNode connectionException(String issue, String detail) {
    return Json.object()
        .put("title", "ConnectionException")
        .put("detail", detail)
        .put("connection_issue", issue)
        .put("type", STREAMING_CONNECTION);
  }
}
