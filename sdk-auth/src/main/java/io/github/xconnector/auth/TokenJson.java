package io.github.xconnector.auth;

import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.util.JSONObjectUtils;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import net.minidev.json.JSONObject;

/**
 * The JSON form of {@link OAuth2Tokens} in a token file: {@code access_token}, {@code refresh_token},
 * {@code expires_at} (ISO-8601) and {@code scope} (space-separated), like a token response.
 */
final class TokenJson {

  private TokenJson() {
  }

  static String write(OAuth2Tokens tokens) {
    JSONObject json = new JSONObject();
    json.put("access_token", tokens.accessToken());
    tokens.refreshToken().ifPresent(refresh -> json.put("refresh_token", refresh));
    tokens.expiresAt().ifPresent(expiry -> json.put("expires_at", expiry.toString()));
    json.put("scope", String.join(" ", tokens.scopes()));
    return json.toJSONString();
  }

  /**
   * Reads tokens.
   *
   * @throws IllegalArgumentException when the text is not a token file; the message says why in a few words and
   *     never quotes the text
   */
  static OAuth2Tokens read(String text) {
    JSONObject json;
    try {
      json = JSONObjectUtils.parse(text);
    } catch (ParseException | RuntimeException e) {
      // Not chained: the parser's message may quote the text around the fault, which is a token.
      throw new IllegalArgumentException("it is not a JSON object");
    }
    try {
      String scope = JSONObjectUtils.getString(json, "scope", "");
      List<String> scopes = scope.isBlank() ? List.of() : Arrays.asList(scope.trim().split("\\s+"));
      String expiresAt = JSONObjectUtils.getString(json, "expires_at", null);
      return OAuth2Tokens.of(JSONObjectUtils.getNonBlankString(json, "access_token"),
          JSONObjectUtils.getString(json, "refresh_token", null),
          expiresAt == null ? null : Instant.parse(expiresAt), scopes);
    } catch (ParseException | DateTimeParseException | IllegalArgumentException e) {
      throw new IllegalArgumentException("it is JSON but not a token pair as this SDK writes one");
    }
  }
}
