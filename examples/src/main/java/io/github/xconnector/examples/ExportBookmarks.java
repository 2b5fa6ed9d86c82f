package io.github.xconnector.examples;

import io.github.xconnector.XClient;
import io.github.xconnector.generated.model.BookmarkFolder;
import io.github.xconnector.generated.model.BookmarkFolderPost;
import io.github.xconnector.generated.model.Post;
import io.github.xconnector.generated.model.PostExpansion;
import io.github.xconnector.generated.model.PostField;
import io.github.xconnector.generated.model.User;
import io.github.xconnector.paging.Page;
import io.github.xconnector.resources.Fields;
import io.github.xconnector.resources.PageRequest;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Walks all of the user's bookmarks and bookmark folders and writes one record per bookmarked post (id, time, author,
 * text and the folders it is filed in) to a file, as JSON lines or CSV.
 *
 * <p>Against the sandbox: {@code mvn -q -B -pl examples -am -Ptour verify -DskipTests -Dexample=ExportBookmarks}
 * (the sandbox's developer has three bookmarks in two folders). Against the real X API set the OAuth settings (see
 * {@link LogInWithOAuth}) with {@code bookmark.read} in {@code X_SCOPES}. Run alone it takes the format
 * ({@code jsonl} or {@code csv}) and the file as arguments; in the tour it writes both into a temporary directory.
 */
public final class ExportBookmarks {

  /** The two formats the export writes. */
  public enum Format {
    /** One JSON object per line. */
    JSONL,
    /** Comma-separated values with a header row, quoted as RFC 4180 does. */
    CSV
  }

  /** One exported bookmark. */
  private record Row(String id, String createdAt, String author, String text, List<String> folders) {
  }

  private static final Fields FIELDS = Fields.builder().post(PostField.CREATED_AT, PostField.AUTHOR_ID)
      .expand(PostExpansion.AUTHOR_ID).build();

  private ExportBookmarks() {
  }

  /**
   * Runs the example alone.
   *
   * @param args the format, {@code jsonl} (default) or {@code csv}, and the file to write (default
   *     {@code bookmarks.jsonl} or {@code bookmarks.csv} in the working directory)
   */
  public static void main(String[] args) {
    Format format = args.length > 0 ? Format.valueOf(args[0].toUpperCase(Locale.ROOT)) : Format.JSONL;
    Path file = Path.of(args.length > 1 ? args[1] : "bookmarks." + format.name().toLowerCase(Locale.ROOT));
    try (ExampleSession session = ExampleSession.open(System.out)) {
      List<Row> rows = collect(session, System.out);
      write(rows, format, file);
      System.out.println("Wrote " + rows.size() + " bookmarks to " + file.toAbsolutePath());
    }
  }

  /**
   * Exports the bookmarks as JSON lines and as CSV into the session's work directory.
   *
   * @param session the connection
   * @param out where to report
   */
  public static void run(ExampleSession session, PrintStream out) {
    List<Row> rows = collect(session, out);
    for (Format format : Format.values()) {
      Path file = session.workDirectory().resolve("bookmarks." + format.name().toLowerCase(Locale.ROOT));
      write(rows, format, file);
      out.println("Wrote " + rows.size() + " bookmarks as " + format + " to " + file.getFileName() + " ("
          + size(file) + " bytes)");
    }
  }

  private static List<Row> collect(ExampleSession session, PrintStream out) {
    XClient x = session.x();
    String me = session.userId();

    // Which folders each post is filed in: one call per folder, the folders walked page by page.
    Map<String, List<String>> foldersByPost = new LinkedHashMap<>();
    int folders = 0;
    for (BookmarkFolder folder : x.bookmarks().folders(me)) {
      folders++;
      List<BookmarkFolderPost> filed = x.bookmarks().inFolder(me, folder.getId()).getData();
      for (BookmarkFolderPost post : filed == null ? List.<BookmarkFolderPost>of() : filed) {
        foldersByPost.computeIfAbsent(post.getId(), id -> new ArrayList<>()).add(folder.getName());
      }
      out.println("Folder \"" + folder.getName() + "\": " + (filed == null ? 0 : filed.size()) + " posts");
    }

    // Every bookmark, 100 per request, with the author expanded on each page.
    List<Row> rows = new ArrayList<>();
    PageRequest request = PageRequest.builder().maxResults(100).fields(FIELDS).build();
    for (Page<Post> page : x.bookmarks().list(me, request).pages()) {
      for (Post post : page.items()) {
        String author = page.expansions().author(post).map(User::getUsername).orElse(post.getAuthorId());
        rows.add(new Row(post.getId(), post.getCreatedAt() == null ? "" : post.getCreatedAt().toString(),
            author == null ? "" : author, post.getText(), foldersByPost.getOrDefault(post.getId(), List.of())));
      }
    }
    long filed = rows.stream().filter(row -> !row.folders().isEmpty()).count();
    out.println("Read " + rows.size() + " bookmarks, " + filed + " of them in " + folders + " folders");
    return rows;
  }

  private static void write(List<Row> rows, Format format, Path file) {
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      if (format == Format.CSV) {
        writer.write("id,created_at,author,text,folders\r\n");
      }
      for (Row row : rows) {
        writer.write(format == Format.CSV ? csv(row) : json(row));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write " + file, e);
    }
  }

  private static String json(Row row) {
    StringBuilder folders = new StringBuilder("[");
    for (String folder : row.folders()) {
      folders.append(folders.length() > 1 ? "," : "").append(quoted(folder));
    }
    return "{\"id\":" + quoted(row.id()) + ",\"created_at\":" + quoted(row.createdAt()) + ",\"author\":"
        + quoted(row.author()) + ",\"text\":" + quoted(row.text()) + ",\"folders\":" + folders + "]}\n";
  }

  private static String quoted(String value) {
    StringBuilder json = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        default -> {
          if (c < 0x20) {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    return json.append('"').toString();
  }

  private static String csv(Row row) {
    return String.join(",", cell(row.id()), cell(row.createdAt()), cell(row.author()), cell(row.text()),
        cell(String.join(";", row.folders()))) + "\r\n";
  }

  private static String cell(String value) {
    boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
    return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
