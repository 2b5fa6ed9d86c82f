package io.github.xconnector.auth;

import io.github.xconnector.auth.ConnectionSettings.Authentication;
import io.github.xconnector.auth.ConnectionSettings.Flow;
import io.github.xconnector.errors.XValidationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns the raw values of a {@link SettingSource} into {@link ConnectionSettings}, collecting every problem so the
 * user can fix them all at once.
 */
final class SettingsReader {

  /** RFC 6749 section 3.3: a scope token is printable ASCII without space, double quote or backslash. */
  private static final Pattern SCOPE_TOKEN = Pattern.compile("[\\x21\\x23-\\x5B\\x5D-\\x7E]+");

  private final SettingSource source;
  private final List<String> problems = new ArrayList<>();

  private SettingsReader(SettingSource source) {
    this.source = source;
  }

  /**
   * Reads and validates every setting.
   *
   * @throws XValidationException naming each missing or malformed setting and where it was looked for
   */
  static ConnectionSettings read(SettingSource source) {
    return new SettingsReader(source).read();
  }

  private ConnectionSettings read() {
    ConnectionSettings.Values values = new ConnectionSettings.Values();
    values.connectionName = required(Setting.CONNECTION_NAME, "a name for this connection, shown in logs and errors");
    values.endpointUrl = httpUrl(Setting.ENDPOINT_URL, ConnectionSettings.DEFAULT_ENDPOINT_URL);
    values.authentication = parse(Setting.AUTHENTICATION, Authentication::parse, null);
    if (values.authentication == null && source.find(Setting.AUTHENTICATION).isEmpty()) {
      problems.add("Authentication is required (OAuth or Bearer): set " + source.places(Setting.AUTHENTICATION));
    }
    values.flow = parse(Setting.FLOW, Flow::parse, Flow.AUTHORIZATION_CODE);
    values.clientId = optional(Setting.CLIENT_ID);
    values.clientSecret = optional(Setting.CLIENT_SECRET);
    values.tokenUrl = httpUrl(Setting.TOKEN_URL, ConnectionSettings.DEFAULT_TOKEN_URL);
    values.authorizationUrl = httpUrl(Setting.AUTHORIZATION_URL, ConnectionSettings.DEFAULT_AUTHORIZATION_URL);
    values.revokeUrl = httpUrl(Setting.REVOKE_URL, ConnectionSettings.DEFAULT_REVOKE_URL);
    values.scopes = scopes();
    values.redirectUri = parse(Setting.REDIRECT_URI, SettingsReader::absoluteUri, null);
    values.tokenFile = parse(Setting.TOKEN_FILE, SettingsReader::path, null);
    values.bearerToken = optional(Setting.BEARER_TOKEN);
    values.consumerKey = optional(Setting.CONSUMER_KEY);
    values.consumerSecret = optional(Setting.CONSUMER_SECRET);
    values.appOnlyTokenUrl = httpUrl(Setting.APP_ONLY_TOKEN_URL, ConnectionSettings.DEFAULT_APP_ONLY_TOKEN_URL);
    if (values.authentication == Authentication.OAUTH) {
      requireFor(Setting.CLIENT_ID, values.clientId, "the app's OAuth 2.0 Client ID from the X developer portal");
      requireFor(Setting.REDIRECT_URI, values.redirectUri, "the callback URL registered for the app");
    } else if (values.authentication == Authentication.BEARER) {
      checkBearer(values);
    }
    if (!problems.isEmpty()) {
      throw new XValidationException("The connection settings are incomplete or malformed:\n - "
          + String.join("\n - ", problems));
    }
    return new ConnectionSettings(values);
  }

  private void checkBearer(ConnectionSettings.Values values) {
    if (values.bearerToken != null) {
      return;
    }
    if (values.consumerKey == null && values.consumerSecret == null) {
      problems.add("Bearer authentication needs a token: set " + source.places(Setting.BEARER_TOKEN)
          + ", or the consumer key and secret: " + source.places(Setting.CONSUMER_KEY) + " and "
          + source.places(Setting.CONSUMER_SECRET));
    } else if (values.consumerKey == null) {
      requireFor(Setting.CONSUMER_KEY, null, "the app's API key, used with the consumer secret");
    } else if (values.consumerSecret == null) {
      requireFor(Setting.CONSUMER_SECRET, null, "the app's API key secret, used with the consumer key");
    }
  }

  private void requireFor(Setting setting, Object value, String what) {
    if (value == null) {
      problems.add(setting.displayName() + " is required for this authentication (" + what + "): set "
          + source.places(setting));
    }
  }

  private String required(Setting setting, String what) {
    String value = optional(setting);
    if (value == null) {
      problems.add(setting.displayName() + " is required (" + what + "): set " + source.places(setting));
    }
    return value;
  }

  private String optional(Setting setting) {
    return source.find(setting).map(SettingSource.Found::value).orElse(null);
  }

  private URI httpUrl(Setting setting, URI defaultValue) {
    return parse(setting, SettingsReader::httpUrl, defaultValue);
  }

  /** Parses a setting; on failure records a problem naming the place the bad value came from. */
  private <T> T parse(Setting setting, Function<String, T> parser, T defaultValue) {
    Optional<SettingSource.Found> found = source.find(setting);
    if (found.isEmpty()) {
      return defaultValue;
    }
    try {
      return parser.apply(found.get().value());
    } catch (IllegalArgumentException e) {
      String shown = setting.secret() ? "" : " '" + found.get().value() + "'";
      problems.add(setting.displayName() + " from " + found.get().place() + " is malformed:" + shown + " "
          + e.getMessage());
      return null;
    }
  }

  private Set<String> scopes() {
    Set<String> scopes = parse(Setting.SCOPES, SettingsReader::scopeSet, null);
    return scopes != null ? scopes : ConnectionSettings.DEFAULT_SCOPES;
  }

  static Set<String> scopeSet(String value) {
    Set<String> scopes = new LinkedHashSet<>();
    for (String scope : value.trim().split("[\\s,]+")) {
      if (!SCOPE_TOKEN.matcher(scope).matches()) {
        throw new IllegalArgumentException("scopes are separated by spaces or commas and contain no quotes or"
            + " backslashes, for example 'tweet.read users.read offline.access'");
      }
      scopes.add(scope);
    }
    return Collections.unmodifiableSet(scopes);
  }

  static URI httpUrl(String value) {
    URI uri = absoluteUri(value);
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
      throw new IllegalArgumentException("it must be an absolute http or https URL, for example https://api.x.com");
    }
    // Token requests carry secrets: in the clear only to this machine (a local sandbox or test server).
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    boolean loopback = host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]")
        || host.equals("::1");
    if (scheme.equals("http") && !loopback) {
      throw new IllegalArgumentException("it must use https unless it is this machine (localhost, 127.0.0.1, [::1]):"
          + " secrets would travel unencrypted to " + uri.getHost());
    }
    return uri;
  }

  static URI absoluteUri(String value) {
    try {
      URI uri = new URI(value);
      if (!uri.isAbsolute() || uri.getFragment() != null) {
        throw new IllegalArgumentException("it must be an absolute URI without a fragment, for example"
            + " http://127.0.0.1:8765/callback");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("it is not a URI (" + e.getReason() + ")", e);
    }
  }

  private static Path path(String value) {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException("it is not a file path (" + e.getReason() + ")", e);
    }
  }
}
