package io.github.xconnector.auth;

import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.util.JSONObjectUtils;
import com.nimbusds.oauth2.sdk.util.URLUtils;
import io.github.xconnector.errors.XIoException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import net.minidev.json.JSONObject;

/**
 * Sends requests to X's OAuth 2.0 endpoints (through {@link TokenHttp}, never twice) and turns failures into the SDK's exceptions,
 * with messages that say what to do and never show a token or secret.
 */
final class OAuth2Http {

  /** What a request to an OAuth 2.0 endpoint was for; it decides the wording of errors. */
  enum Purpose {
    EXCHANGE("the authorization code exchange", " The request may have reached X, which then used up the"
        + " authorization code (it works once); it is not sent again. Start the authorization again."),
    REFRESH("the token refresh", " The request may have reached X: then the refresh token may be used up (X"
        + " accepts each one once and sends a new one in its answer), so it is not sent again automatically. Call"
        + " again once the network works; if X then refuses the refresh token, authorize the app again."),
    REVOKE("the token revocation", " The request may have reached X; revoking again is harmless."),
    APP_ONLY_TOKEN("the app-only token request", ""),
    APP_ONLY_INVALIDATE("the app-only token invalidation", "");

    private final String description;
    private final String ifPossiblyDelivered;

    Purpose(String description, String ifPossiblyDelivered) {
      this.description = description;
      this.ifPossiblyDelivered = ifPossiblyDelivered;
    }
  }

  /** Connect and read timeouts for every request to an OAuth 2.0 endpoint. */
  record Timeouts(Duration connect, Duration read) {
    static final Timeouts DEFAULT = new Timeouts(Duration.ofSeconds(10), Duration.ofSeconds(30));

    Timeouts {
      if (connect.isNegative() || connect.isZero() || read.isNegative() || read.isZero()) {
        throw new IllegalArgumentException("Timeouts must be positive");
      }
    }
  }

  private static final int MAX_DESCRIPTION = 200;
  private static final List<String> SECRET_PARAMETERS = List.of("refresh_token", "code", "code_verifier",
      "client_secret", "token", "access_token");

  private OAuth2Http() {
  }

  /**
   * Sends a request with the timeouts.
   *
   * @throws XIoException when the endpoint cannot be reached or does not answer in time
   */
  static HTTPResponse send(HTTPRequest request, Timeouts timeouts, Purpose purpose) {
    try {
      return TokenHttp.send(request, timeouts);
    } catch (IOException e) {
      boolean notSent = e instanceof ConnectException || e instanceof UnknownHostException;
      // The cause's message may quote what the endpoint sent (a malformed status line, for example): redacted.
      throw new XIoException("Could not complete " + purpose.description + " at " + request.getURI() + " ("
          + e.getClass().getSimpleName() + "): check the network and the endpoint URL." + (notSent ? ""
          : purpose.ifPossiblyDelivered), !notSent, redacted(e, secretsOf(request)));
    }
  }

  /**
   * Reads a token response.
   *
   * @throws OAuth2TokenException when the endpoint refused the request
   * @throws XIoException when a success answer cannot be read
   */
  static AccessTokenResponse tokens(HTTPResponse response, HTTPRequest request, Purpose purpose) {
    if (response.getStatusCode() != HTTPResponse.SC_OK) {
      throw failure(response, request, purpose);
    }
    try {
      TokenResponse parsed = TokenResponse.parse(response);
      if (parsed.indicatesSuccess()) {
        return parsed.toSuccessResponse();
      }
      throw failure(response, request, purpose);
    } catch (ParseException e) {
      // The message of a ParseException may quote the body, and the body holds tokens: keep it out.
      throw new XIoException("The answer to " + purpose.description + " from " + request.getURI()
          + " is not a valid token response", true, null);
    }
  }

  /** Describes a refusal from an OAuth 2.0 endpoint and what to do about it. */
  static OAuth2TokenException failure(HTTPResponse response, HTTPRequest request, Purpose purpose) {
    ErrorObject error = ErrorObject.parse(response);
    List<String> secrets = secretsOf(request);
    // Redacted before anything is cut short, so a secret at the cut cannot survive in part.
    String code = error.getCode() == null ? null : redact(error.getCode(), secrets);
    String detail = clean(redact(describe(code, error.getDescription(), response), secrets));
    int status = response.getStatusCode();
    String where = purpose.description + " at " + request.getURI();
    if ("invalid_grant".equals(code) && purpose == Purpose.REFRESH) {
      return new OAuth2TokenException("X refused the refresh token in " + where + " (" + detail + "): it was revoked,"
          + " has expired or was already used (X issues a new refresh token on every refresh). Authorize the app"
          + " again.", true, status, code);
    }
    if ("invalid_grant".equals(code) && purpose == Purpose.EXCHANGE) {
      return new OAuth2TokenException("X refused the authorization code in " + where + " (" + detail + "): the code"
          + " expired or was already used, or the PKCE verifier or redirect URI does not match the authorization"
          + " request. Start the authorization again.", true, status, code);
    }
    if ("invalid_client".equals(code) || status == HTTPResponse.SC_UNAUTHORIZED && code == null) {
      return new OAuth2TokenException("X did not accept the client credentials in " + where + " (HTTP " + status
          + ", " + detail + "): check the Client ID and, for a confidential client, the Client Secret (a public client"
          + " has none); for app-only tokens check the consumer key and secret.", false, status, code);
    }
    if (code == null && status >= HTTPResponse.SC_SERVER_ERROR) {
      return new OAuth2TokenException("X could not handle " + where + " (HTTP " + status + ", " + detail
          + "). It may be unavailable: try again later.", false, status, null);
    }
    return new OAuth2TokenException("X refused " + where + " (HTTP " + status + ", " + detail + ").", false, status,
        code);
  }

  /** Names the OAuth 2.0 error, or the message of X's own {@code errors} format, or says there was neither. */
  private static String describe(String code, String description, HTTPResponse response) {
    if (code != null) {
      return description == null ? code : code + ": " + description;
    }
    try {
      JSONObject body = response.getBodyAsJSONObject();
      List<Object> errors = JSONObjectUtils.getList(body, "errors", List.of());
      if (!errors.isEmpty() && errors.get(0) instanceof Map) {
        Object message = ((Map<?, ?>) errors.get(0)).get("message");
        if (message != null) {
          return "X says: " + message;
        }
      }
    } catch (ParseException | RuntimeException e) {
      // Not JSON (an HTML error page, an empty body): there is nothing more to say than the status.
    }
    return "no OAuth 2.0 error in the answer";
  }

  // The values a token request carries that must never be quoted back: an endpoint may echo them in its error text.
  private static List<String> secretsOf(HTTPRequest request) {
    List<String> secrets = new ArrayList<>();
    String body = request.getBody();
    if (body != null) {
      Map<String, List<String>> form = URLUtils.parseParameters(body);
      for (String name : SECRET_PARAMETERS) {
        for (String value : form.getOrDefault(name, List.of())) {
          secrets.add(value);
          // As the form carried it, should the endpoint echo the encoded body.
          secrets.add(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
      }
    }
    String authorization = request.getAuthorization();
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      try {
        String pair = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
            StandardCharsets.UTF_8);
        int colon = pair.indexOf(':');
        if (colon >= 0) {
          secrets.add(URLDecoder.decode(pair.substring(colon + 1), StandardCharsets.UTF_8));
          secrets.add(pair.substring(colon + 1));
        }
      } catch (IllegalArgumentException notBase64) {
        // Nothing to take from it.
      }
      secrets.add(authorization.substring(6).trim());
    }
    // Longest first, so a secret that contains another is replaced whole.
    secrets.sort((one, other) -> Integer.compare(other.length(), one.length()));
    return secrets;
  }

  /** A copy of {@code failure} and its causes whose messages have the secrets redacted, with the same stack traces. */
  private static Throwable redacted(Throwable failure, List<String> secrets) {
    if (failure == null) {
      return null;
    }
    String message = failure.getMessage();
    IOException copy = new IOException(failure.getClass().getName() + (message == null ? ""
        : ": " + clean(redact(message, secrets))), redacted(failure.getCause() == failure ? null : failure.getCause(),
        secrets));
    copy.setStackTrace(failure.getStackTrace());
    return copy;
  }

  private static String redact(String text, List<String> secrets) {
    String out = text;
    for (String secret : secrets) {
      if (secret != null && secret.length() >= 4) {
        out = out.replace(secret, Redaction.REDACTED);
      }
    }
    return out;
  }

  private static String clean(String text) {
    String legal = ErrorObject.removeIllegalChars(text);
    return legal.length() <= MAX_DESCRIPTION ? legal : legal.substring(0, MAX_DESCRIPTION) + "...";
  }
}
