package io.github.xconnector.sandbox;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A {@code Content-Disposition} header as a multipart part carries it (RFC 7578, with the syntax of RFC 6266): a
 * disposition type, then {@code ;}-separated parameters whose values are tokens or quoted strings.
 *
 * <p>Inside a quoted string a {@code ;} is part of the value and a backslash escapes the next character
 * ({@code \"}, {@code \\}). Parameter names are case-insensitive. An extended {@code filename*} value
 * ({@code UTF-8''%E2%82%AC.png}, RFC 8187) is decoded and wins over {@code filename}. Immutable.
 */
final class ContentDisposition {

  private final String type;
  private final Map<String, String> parameters;

  private ContentDisposition(String type, Map<String, String> parameters) {
    this.type = type;
    this.parameters = Map.copyOf(parameters);
  }

  /**
   * Parses a header value.
   *
   * @throws IllegalArgumentException saying what is wrong and where, for a value that does not follow the syntax
   */
  static ContentDisposition parse(String header) {
    return new Reader(header).read();
  }

  /** The disposition type in lower case, {@code form-data} for a form part. */
  String type() {
    return type;
  }

  /** The part's field name, or null. */
  String name() {
    return parameters.get("name");
  }

  /** The file name, from {@code filename*} when present, else from {@code filename}; null when neither is given. */
  String fileName() {
    String extended = parameters.get("filename*");
    return extended != null ? extended : parameters.get("filename");
  }

  /** A parameter by its case-insensitive name, already unquoted and decoded, or null. */
  String parameter(String name) {
    return parameters.get(name.toLowerCase(Locale.ROOT));
  }

  /** Reads one header value from left to right. */
  private static final class Reader {
    private final String text;
    private int at;

    Reader(String text) {
      this.text = text == null ? "" : text;
    }

    ContentDisposition read() {
      skipSpaces();
      String dispositionType = token();
      if (dispositionType.isEmpty()) {
        throw malformed("a disposition type (such as form-data) is missing");
      }
      Map<String, String> parameters = new LinkedHashMap<>();
      while (true) {
        skipSpaces();
        if (at == text.length()) {
          break;
        }
        if (text.charAt(at) != ';') {
          throw malformed("expected ';' before the next parameter");
        }
        at++;
        skipSpaces();
        if (at == text.length()) {
          break; // a trailing ';' is harmless
        }
        String name = token().toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
          throw malformed("a parameter name is missing");
        }
        skipSpaces();
        if (at == text.length() || text.charAt(at) != '=') {
          throw malformed("expected '=' after the parameter " + name);
        }
        at++;
        skipSpaces();
        String value = at < text.length() && text.charAt(at) == '"' ? quoted() : token();
        if (name.endsWith("*")) {
          value = extendedValue(name, value);
        }
        if (parameters.putIfAbsent(name, value) != null) {
          throw malformed("the parameter " + name + " is given twice");
        }
      }
      return new ContentDisposition(dispositionType.toLowerCase(Locale.ROOT), parameters);
    }

    private String token() {
      int start = at;
      while (at < text.length() && isTokenChar(text.charAt(at))) {
        at++;
      }
      return text.substring(start, at);
    }

    private String quoted() {
      int start = at;
      at++; // the opening quote
      StringBuilder value = new StringBuilder();
      while (at < text.length()) {
        char c = text.charAt(at++);
        if (c == '"') {
          return value.toString();
        }
        if (c == '\\' && at < text.length()) {
          c = text.charAt(at++);
        }
        value.append(c);
      }
      at = start;
      throw malformed("unterminated quoted string");
    }

    private void skipSpaces() {
      while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
        at++;
      }
    }

    private IllegalArgumentException malformed(String what) {
      return new IllegalArgumentException("Content-Disposition [" + text + "] is malformed at character " + at + ": "
          + what + ".");
    }

    /** RFC 8187: {@code charset'language'percent-encoded-bytes}. */
    private String extendedValue(String name, String value) {
      int first = value.indexOf('\'');
      int second = first < 0 ? -1 : value.indexOf('\'', first + 1);
      if (second < 0) {
        throw malformed("the " + name + " value has no charset'language' prefix");
      }
      Charset charset;
      String charsetName = value.substring(0, first);
      if (charsetName.equalsIgnoreCase("UTF-8")) {
        charset = StandardCharsets.UTF_8;
      } else if (charsetName.equalsIgnoreCase("ISO-8859-1")) {
        charset = StandardCharsets.ISO_8859_1;
      } else {
        throw malformed("the " + name + " charset " + charsetName + " is neither UTF-8 nor ISO-8859-1");
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      String encoded = value.substring(second + 1);
      for (int i = 0; i < encoded.length(); i++) {
        char c = encoded.charAt(i);
        if (c == '%') {
          int high = i + 2 < encoded.length() ? Character.digit(encoded.charAt(i + 1), 16) : -1;
          int low = high < 0 ? -1 : Character.digit(encoded.charAt(i + 2), 16);
          if (low < 0) {
            throw malformed("the " + name + " value has a broken percent escape");
          }
          bytes.write(high * 16 + low);
          i += 2;
        } else {
          bytes.write(c);
        }
      }
      try {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
      } catch (CharacterCodingException e) {
        throw malformed("the " + name + " value is not valid " + charset.name());
      }
    }

    /** RFC 9110 token characters; also any non-ASCII character, which some clients send unquoted. */
    private static boolean isTokenChar(char c) {
      if (c > 0x7E) {
        return true;
      }
      if (c <= ' ' || c == 0x7F) {
        return false;
      }
      return "\"(),/:;<=>?@[\\]{}".indexOf(c) < 0;
    }
  }
}
