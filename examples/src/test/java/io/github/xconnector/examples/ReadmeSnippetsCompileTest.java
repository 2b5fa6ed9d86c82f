package io.github.xconnector.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java snippet in the README compiles against the SDK as it is: each code block becomes the body of a method
 * (or, when it declares a class, a source file of its own) and is compiled with the test classpath. Names a snippet
 * uses without declaring them (the client {@code x}, the text to post, ...) are given as parameters.
 */
class ReadmeSnippetsCompileTest {

  private static final Path README = Path.of("..", "README.md");
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

  private static final String IMPORTS = String.join("\n",
      "import io.github.xconnector.*;",
      "import io.github.xconnector.auth.*;",
      "import io.github.xconnector.credentials.*;",
      "import io.github.xconnector.errors.*;",
      "import io.github.xconnector.media.*;",
      "import io.github.xconnector.paging.*;",
      "import io.github.xconnector.resources.*;",
      "import io.github.xconnector.streams.*;",
      "import io.github.xconnector.transport.*;",
      "import io.github.xconnector.generated.model.*;",
      "import io.github.xconnector.sandbox.*;",
      "import java.nio.file.*;",
      "import java.time.*;",
      "import java.util.*;",
      "import org.junit.jupiter.api.Test;",
      "import org.junit.jupiter.api.extension.ExtendWith;",
      "");

  /** What a snippet may use without declaring it, with its type. */
  private static final Map<String, String> GIVEN = Map.of(
      "x", "XClient",
      "credentials", "AccessTokenProvider",
      "text", "String",
      "video", "UploadedMedia",
      "positions", "Positions");

  @Test
  void readme_everyJavaSnippet_compiles(@TempDir Path sources) throws IOException {
    List<String> snippets = snippets(Files.readString(README));
    assertThat(snippets).as("Java snippets in the README").hasSizeGreaterThan(8);

    List<Path> files = new ArrayList<>();
    for (int i = 0; i < snippets.size(); i++) {
      files.add(write(sources, "Snippet" + i, snippets.get(i)));
    }
    files.add(write(sources, "Positions", "interface Positions { Optional<String> load(); void save(String position); }"
        .replace("interface", IMPORTS + "interface")));

    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    Files.createDirectories(sources.resolve("classes"));
    List<String> arguments = new ArrayList<>(List.of("-proc:none", "-d", sources.resolve("classes").toString(),
        "-classpath", System.getProperty("java.class.path")));
    files.forEach(file -> arguments.add(file.toString()));
    int status = compiler.run(null, errors, errors, arguments.toArray(String[]::new));

    assertThat(status).as("README snippets compile; the compiler said:%n%s", errors.toString(StandardCharsets.UTF_8))
        .isZero();
  }

  private static List<String> snippets(String readme) {
    List<String> found = new ArrayList<>();
    Matcher matcher = JAVA_BLOCK.matcher(readme);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }

  private static Path write(Path directory, String name, String snippet) throws IOException {
    Path file = directory.resolve(name + ".java");
    Files.writeString(file, source(name, snippet));
    return file;
  }

  private static String source(String name, String snippet) {
    if (snippet.contains("interface Positions")) {
      return snippet;
    }
    // Import lines of a snippet are covered by the wildcard imports.
    String body = snippet.replaceAll("(?m)^import .*;$", "");
    if (body.contains(" class ")) {
      return IMPORTS + body.replaceFirst("class (\\w+)", "class " + name);
    }
    List<String> parameters = new ArrayList<>();
    GIVEN.forEach((variable, type) -> {
      boolean used = Pattern.compile("\\b" + variable + "\\b").matcher(body).find();
      boolean declared = Pattern.compile("\\b[\\w<>]+\\s+" + variable + "\\s*=").matcher(body).find();
      if (used && !declared) {
        parameters.add(type + " " + variable);
      }
    });
    return IMPORTS + "class " + name + " {\n"
        + "  void snippet(" + String.join(", ", parameters) + ") throws Exception {\n" + body + "\n  }\n"
        + "  static void scheduleRetry(Instant at) {\n  }\n"
        + "}\n";
  }
}
