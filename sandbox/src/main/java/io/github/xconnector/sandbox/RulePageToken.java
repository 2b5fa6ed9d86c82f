package io.github.xconnector.sandbox;

import java.util.HexFormat;

/**
 * The {@code next_token} of a page of rules: the id of the page's last rule as 16 hexadecimal digits, the length X's
 * tokens for this endpoint have. Rules are listed oldest first and ids grow with time, so the next page holds the
 * rules with larger ids, even after rules were added or deleted in between.
 */
final class RulePageToken {

  private RulePageToken() {}

  static String after(String lastRuleId) {
    return HexFormat.of().toHexDigits(Long.parseLong(lastRuleId));
  }

  /** The id after which the page starts; an {@link ApiProblem} with X's 400 if the token is not one of ours. */
  static long lastId(String token) {
    if (token.length() != 16 || !token.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
      throw invalid(token);
    }
    return HexFormat.fromHexDigitsToLong(token);
  }

  private static ApiProblem invalid(String token) {
    return Problems.invalidParameter("pagination_token", token, "The `pagination_token` query parameter value ["
        + token + "] is not valid: use the next_token of the previous page.");
  }
}
