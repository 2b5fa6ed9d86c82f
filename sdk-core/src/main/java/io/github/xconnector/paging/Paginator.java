package io.github.xconnector.paging;

import io.github.xconnector.errors.XIoException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazily fetched, paginated result. Nothing is requested until items or pages are consumed; each page is fetched
 * when the previous one is used up, and the walk stops on the page without a {@code next_token}.
 *
 * <p>Every iteration is a new walk from the start position. To resume later, save {@link Page#nextToken()} and pass
 * it to the request's {@code startingAt(token)}. Instances are immutable and may be shared; iterators are not
 * thread-safe.
 *
 * @param <T> the item type
 */
public final class Paginator<T> implements Iterable<T> {

  private final Function<String, Page<T>> fetch;
  private final String startToken;

  /**
   * Creates a paginator.
   *
   * @param fetch fetches the page at a token ({@code null} for the first page)
   * @param startToken the token to start from, or {@code null}
   */
  public Paginator(Function<String, Page<T>> fetch, String startToken) {
    this.fetch = fetch;
    this.startToken = startToken;
  }

  /**
   * Fetches the first page only.
   *
   * @return the first page
   */
  public Page<T> firstPage() {
    return fetch.apply(startToken);
  }

  /**
   * Returns the pages, fetched one at a time as they are consumed.
   *
   * @return the pages
   */
  public Iterable<Page<T>> pages() {
    return PageIterator::new;
  }

  /**
   * Returns the pages as a lazy stream.
   *
   * @return the pages
   */
  public Stream<Page<T>> pageStream() {
    return StreamSupport.stream(pages().spliterator(), false);
  }

  /**
   * Returns the items of all pages as a lazy stream; {@code limit(n)} stops fetching once n items were read.
   *
   * @return the items
   */
  public Stream<T> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
  }

  @Override
  public Iterator<T> iterator() {
    return new Iterator<>() {
      private final Iterator<Page<T>> pages = new PageIterator();
      private Iterator<T> current = java.util.Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && pages.hasNext()) {
          current = pages.next().items().iterator();
        }
        return current.hasNext();
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  private final class PageIterator implements Iterator<Page<T>> {
    private final Set<String> requested = new HashSet<>();
    private String token = startToken;
    private int pages;
    private boolean finished;

    @Override
    public boolean hasNext() {
      return !finished;
    }

    @Override
    public Page<T> next() {
      if (finished) {
        throw new NoSuchElementException();
      }
      if (token != null && !requested.add(token)) {
        finished = true;
        throw new XIoException("X's paging went in a circle: the page at token '" + token + "' was already read in"
            + " this walk (after " + pages + " pages). The walk stops here instead of reading the same"
            + " pages again; the items read so far are complete up to that point.", false, null);
      }
      Page<T> page = fetch.apply(token);
      pages++;
      token = page.nextToken().orElse(null);
      finished = token == null;
      return page;
    }
  }
}
