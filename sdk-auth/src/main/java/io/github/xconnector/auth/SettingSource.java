package io.github.xconnector.auth;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One place connection settings are read from: the environment, a properties file, a builder, or several of them in
 * order. Each source can say where it looked, so an error can name the exact variable or key to fix.
 */
interface SettingSource {

  /**
   * A value and the place it was found.
   *
   * @param value the raw, trimmed, non-empty value
   * @param place where it was found, for example {@code X_TOKEN_URL (environment)}
   */
  record Found(String value, String place) {
    @Override
    public String toString() {
      // The value may be a secret.
      return "Found[place=" + place + "]";
    }
  }

  /**
   * Looks a setting up; blank values count as absent.
   *
   * @param setting the setting
   * @return the value and where it was found, or empty
   */
  Optional<Found> find(Setting setting);

  /**
   * Describes where this source looks for a setting.
   *
   * @param setting the setting
   * @return for example {@code X_CLIENT_ID (environment) / x.client-id (file /home/me/x.properties)}
   */
  String places(Setting setting);

  /** Reads environment variables through {@code environment}, normally {@code System::getenv}. */
  static SettingSource environment(Function<String, String> environment) {
    return simple(setting -> environment.apply(setting.environmentVariable()),
        setting -> setting.environmentVariable() + " (environment)");
  }

  /** Reads the keys of a properties file; {@code origin} names the file in messages. */
  static SettingSource properties(Properties properties, String origin) {
    return simple(setting -> properties.getProperty(setting.propertyName()),
        setting -> setting.propertyName() + " (" + origin + ")");
  }

  /** Reads the values given to a {@link ConnectionSettings.Builder}. */
  static SettingSource builder(Map<Setting, String> values) {
    return simple(values::get, setting -> setting.builderMethod() + "(...) (builder)");
  }

  /** Consults {@code sources} in order; the first that has a value wins. */
  static SettingSource firstOf(List<SettingSource> sources) {
    return new SettingSource() {
      @Override
      public Optional<Found> find(Setting setting) {
        return sources.stream().map(source -> source.find(setting)).flatMap(Optional::stream).findFirst();
      }

      @Override
      public String places(Setting setting) {
        return sources.stream().map(source -> source.places(setting)).collect(Collectors.joining(" / "));
      }
    };
  }

  private static SettingSource simple(Function<Setting, String> lookup, Function<Setting, String> place) {
    return new SettingSource() {
      @Override
      public Optional<Found> find(Setting setting) {
        String raw = lookup.apply(setting);
        return raw == null || raw.isBlank() ? Optional.empty()
            : Optional.of(new Found(raw.trim(), place.apply(setting)));
      }

      @Override
      public String places(Setting setting) {
        return place.apply(setting);
      }
    };
  }
}
