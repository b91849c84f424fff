package dev.swftyped;

import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazy listing over SWF's page tokens: no page is fetched before an item of it is needed, and an
 * empty page that carries a next-page token does not end the listing.
 */
final class Pages {
  private Pages() {}

  /** One page of a listing: its items and the token of the next page, if there is one. */
  record Page<T>(List<T> items, Optional<String> nextPageToken) {}

  /**
   * Returns the items of every page, in order.
   *
   * @param fetch fetches the page for a token; the first page is fetched with an empty token
   */
  static <T> Stream<T> stream(Function<Optional<String>, Page<T>> fetch) {
    return StreamSupport.stream(new PageSpliterator<>(fetch), false);
  }

  private static final class PageSpliterator<T> extends Spliterators.AbstractSpliterator<T> {
    private final Function<Optional<String>, Page<T>> fetch;
    private Iterator<T> current = java.util.Collections.emptyIterator();
    private Optional<String> next = Optional.empty();
    private boolean started;

    PageSpliterator(Function<Optional<String>, Page<T>> fetch) {
      super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
      this.fetch = fetch;
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
      while (!current.hasNext()) {
        if (started && next.isEmpty()) {
          return false;
        }
        Page<T> page = fetch.apply(next);
        started = true;
        current = page.items().iterator();
        next = page.nextPageToken();
      }
      action.accept(current.next());
      return true;
    }
  }
}
