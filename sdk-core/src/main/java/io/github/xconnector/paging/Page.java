package io.github.xconnector.paging;

import io.github.xconnector.generated.model.Includes;
import io.github.xconnector.generated.model.Problem;
import io.github.xconnector.transport.RateLimit;
import java.util.List;
import java.util.Optional;

/**
 * One page of a paginated result: its items, the objects its expansions brought ({@link #includes()}), its partial
 * errors, and X's pagination meta: the tokens of the next and previous pages and, where X sends them, the newest and
 * oldest ids of the page (to poll for what is newer than the newest post seen).
 *
 * <p>Instances are immutable views of one response.
 *
 * @param <T> the item type, {@code Post} or {@code User}
 */
public final class Page<T> {

  private final List<T> items;
  private final Includes includes;
  private final List<Problem> errors;
  private final String nextToken;
  private final Integer resultCount;
  private final RateLimit rateLimit;
  private final String previousToken;
  private final String newestId;
  private final String oldestId;

  /**
   * Creates a page.
   *
   * @param items the items; {@code null} when X sent none
   * @param includes the expanded objects; may be {@code null}
   * @param errors the partial errors; may be {@code null}
   * @param nextToken the token of the next page, or {@code null} on the last page
   * @param resultCount the number of items X reported, or {@code null}
   * @param rateLimit the rate limits reported with the page
   */
  public Page(List<T> items, Includes includes, List<Problem> errors, String nextToken, Integer resultCount,
      RateLimit rateLimit) {
    this(items, includes, errors, nextToken, resultCount, rateLimit, null, null, null);
  }

  /**
   * Creates a page with all of X's pagination meta.
   *
   * @param items the items; {@code null} when X sent none
   * @param includes the expanded objects; may be {@code null}
   * @param errors the partial errors; may be {@code null}
   * @param nextToken the token of the next page, or {@code null} on the last page
   * @param resultCount the number of items X reported, or {@code null}
   * @param rateLimit the rate limits reported with the page
   * @param previousToken the token of the previous page, or {@code null}
   * @param newestId the newest id of the page, or {@code null}
   * @param oldestId the oldest id of the page, or {@code null}
   */
  public Page(List<T> items, Includes includes, List<Problem> errors, String nextToken, Integer resultCount,
      RateLimit rateLimit, String previousToken, String newestId, String oldestId) {
    this.previousToken = previousToken;
    this.newestId = newestId;
    this.oldestId = oldestId;
    this.items = items == null ? List.of() : List.copyOf(items);
    this.includes = includes == null ? new Includes() : includes;
    this.errors = errors == null ? List.of() : List.copyOf(errors);
    this.nextToken = nextToken;
    this.resultCount = resultCount;
    this.rateLimit = rateLimit;
  }

  /** @return the items of this page, empty when it had none */
  public List<T> items() {
    return items;
  }

  /** @return the objects the requested expansions brought, never {@code null} */
  public Includes includes() {
    return includes;
  }

  /** @return the resolver of this page's expansions: a post's author, media and referenced posts */
  public Expansions expansions() {
    return new Expansions(includes);
  }

  /** @return the partial errors X reported next to the data (for example a deleted post), empty when none */
  public List<Problem> errors() {
    return errors;
  }

  /** @return the token of the next page; empty on the last page. Save it to resume a walk later. */
  public Optional<String> nextToken() {
    return Optional.ofNullable(nextToken);
  }

  /** @return the token of the previous page, to walk back; empty on the first page or where X sends none */
  public Optional<String> previousToken() {
    return Optional.ofNullable(previousToken);
  }

  /**
   * Returns the newest id of the page, where X sends it (timelines and search): pass it as {@code sinceId} to get
   * only what is newer next time.
   *
   * @return the id, or empty
   */
  public Optional<String> newestId() {
    return Optional.ofNullable(newestId);
  }

  /** @return the oldest id of the page, where X sends it (timelines and search), or empty */
  public Optional<String> oldestId() {
    return Optional.ofNullable(oldestId);
  }

  /** @return whether another page follows */
  public boolean hasNextPage() {
    return nextToken != null;
  }

  /** @return the number of items X reported for this page, or the size of {@link #items()} */
  public int resultCount() {
    return resultCount == null ? items.size() : resultCount;
  }

  /** @return the rate-limit state reported with this page */
  public RateLimit rateLimit() {
    return rateLimit;
  }
}
