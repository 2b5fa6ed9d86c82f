package io.github.xconnector.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's quick start compiles as written because it is {@link QuickStart}, line for line. */
class ReadmeQuickStartTest {

  private static final Path README = Path.of("..", "README.md");
  private static final Path QUICK_START =
      Path.of("src", "main", "java", "io", "github", "xconnector", "examples", "QuickStart.java");

  @Test
  void readmeQuickStart_everyLine_appearsInQuickStartInTheSameOrder() throws IOException {
    List<String> snippet = quickStartSnippet(Files.readString(README));
    List<String> source = Files.readAllLines(QUICK_START).stream().map(String::trim).collect(Collectors.toList());

    assertThat(snippet).as("the README's quick start code block").hasSizeGreaterThan(5);
    int from = 0;
    for (String line : snippet) {
      int at = indexOf(source, line, from);
      assertThat(at).as("README line missing from QuickStart.java (or out of order): %s", line).isNotNegative();
      from = at + 1;
    }
  }

  private static List<String> quickStartSnippet(String readme) {
    int section = readme.indexOf("## Quick start");
    assertThat(section).as("README has a Quick start section").isNotNegative();
    int start = readme.indexOf("```java\n", section) + "```java\n".length();
    int end = readme.indexOf("```", start);
    return readme.substring(start, end).lines().map(String::trim).filter(l -> !l.isEmpty())
        .collect(Collectors.toList());
  }

  private static int indexOf(List<String> lines, String wanted, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (lines.get(i).equals(wanted)) {
        return i;
      }
    }
    return -1;
  }
}
