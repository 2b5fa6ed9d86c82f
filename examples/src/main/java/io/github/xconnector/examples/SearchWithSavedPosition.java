package io.github.xconnector.examples;

import io.github.xconnector.XClient;
import io.github.xconnector.generated.model.Post;
import io.github.xconnector.paging.Page;
import io.github.xconnector.resources.SearchRequest;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Searches recent posts page by page, saves the position (X's next token) to a file, and resumes from it later.
 *
 * <p>A program that reads a long result over several runs saves the token after each page; the next run reads it
 * and continues where the last stopped, without seeing a post twice.
 *
 * <p>Against the sandbox: {@code mvn -q -B -pl examples -am -Ptour verify -DskipTests
 * -Dexample=SearchWithSavedPosition}. Against the real X API set the OAuth settings (see {@link LogInWithOAuth}).
 */
public final class SearchWithSavedPosition {

  static final String QUERY = "#java -is:retweet";

  private SearchWithSavedPosition() {
  }

  /**
   * Runs the example alone.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    try (ExampleSession session = ExampleSession.open(System.out)) {
      run(session, System.out);
    }
  }

  /**
   * Reads a first page, saves the position, and resumes from it.
   *
   * @param session the connection
   * @param out where to report
   */
  public static void run(ExampleSession session, PrintStream out) {
    XClient x = session.x();
    Path savedPosition = session.workDirectory().resolve("search-position.txt");
    SearchRequest request = SearchRequest.builder(QUERY).maxResults(10).build();

    Page<Post> first = x.search().recent(request).firstPage();
    out.println("Search \"" + QUERY + "\", page 1: " + first.items().size() + " posts");
    if (first.nextToken().isEmpty()) {
      out.println("All results fit on one page: no position to save");
      return;
    }
    write(savedPosition, first.nextToken().get());
    out.println("Saved the position (next token) to " + savedPosition.getFileName());

    // Later, perhaps in another run of the program: continue from the saved position, at most 3 pages.
    String token = read(savedPosition);
    List<Page<Post>> pages = x.search().recent(request.startingAt(token)).pageStream().limit(3)
        .collect(Collectors.toList());
    int resumed = pages.stream().mapToInt(page -> page.items().size()).sum();
    Optional<String> nextToken = pages.get(pages.size() - 1).nextToken();
    nextToken.ifPresent(next -> write(savedPosition, next));

    Set<String> seen = new HashSet<>();
    first.items().forEach(p -> seen.add(p.getId()));
    boolean repeated = pages.stream().flatMap(page -> page.items().stream()).anyMatch(p -> !seen.add(p.getId()));
    out.println("Resumed from the saved position: " + resumed + " more posts on " + pages.size() + " page(s), "
        + (repeated ? "some seen before" : "none seen before")
        + (nextToken.isPresent() ? "; saved the new position" : "; reached the end of the results"));
  }

  private static void write(Path file, String token) {
    try {
      Files.writeString(file, token);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not save the search position to " + file, e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file).trim();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the search position from " + file, e);
    }
  }
}
