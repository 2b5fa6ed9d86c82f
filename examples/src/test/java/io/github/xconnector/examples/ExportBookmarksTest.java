package io.github.xconnector.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ExportBookmarks against the sandbox: the files hold the seeded bookmarks with their authors and folders. */
class ExportBookmarksTest {

  @Test
  void run_writesOneRecordPerBookmark_withAuthorAndFolders_inBothFormats() throws IOException {
    PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    try (ExampleSession session = ExampleSession.open(Map.of(), out)) {
      ExportBookmarks.run(session, out);

      List<String> json = Files.readAllLines(session.workDirectory().resolve("bookmarks.jsonl"));
      assertThat(json).hasSize(3).allMatch(line -> line.startsWith("{\"id\":\"") && line.endsWith("]}"));
      assertThat(json).filteredOn(line -> line.contains("\"folders\":[\"Launches\"]")).hasSize(2)
          .allMatch(line -> line.contains("\"author\":\"orbit_news\""));
      assertThat(json).filteredOn(line -> line.contains("\"folders\":[\"Java reading\"]")).singleElement()
          .satisfies(line -> assertThat(line).contains("\"author\":\"kai_rivers\"", "Java records"));

      List<String> csv = Files.readAllLines(session.workDirectory().resolve("bookmarks.csv"));
      assertThat(csv).hasSize(4).first().isEqualTo("id,created_at,author,text,folders");
      assertThat(csv).anyMatch(line -> line.endsWith(
          ",kai_rivers,Trying Java records for value objects today. Clean! #java,Java reading"));
    }
  }
}
