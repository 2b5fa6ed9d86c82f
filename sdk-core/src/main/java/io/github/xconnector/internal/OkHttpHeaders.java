package io.github.xconnector.internal;

import java.util.AbstractMap;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import okhttp3.Headers;

/**
 * An answer's headers as the read-only map, sorted and case-insensitive by name, that the rest of the SDK takes (as
 * Feign's answers have them), read from OkHttp's own {@link Headers} as they are asked for. Looking up one header
 * copies nothing, so the rate-limit headers of every call cost no map; the sorted copy is made only when someone
 * walks the map (a caller reading {@code ApiResponse.getHeaders()}, say). Thread-safe.
 */
final class OkHttpHeaders extends AbstractMap<String, Collection<String>>
    implements SortedMap<String, Collection<String>> {

  private final Headers headers;
  private volatile SortedMap<String, Collection<String>> copy;

  OkHttpHeaders(Headers headers) {
    this.headers = headers;
  }

  @Override
  public Collection<String> get(Object name) {
    if (!(name instanceof String)) {
      return null;
    }
    List<String> values = headers.values((String) name);
    return values.isEmpty() ? null : values;
  }

  @Override
  public boolean containsKey(Object name) {
    return name instanceof String && headers.get((String) name) != null;
  }

  @Override
  public boolean isEmpty() {
    return headers.size() == 0;
  }

  @Override
  public int size() {
    return copy().size();
  }

  @Override
  public Set<Map.Entry<String, Collection<String>>> entrySet() {
    return copy().entrySet();
  }

  @Override
  public Comparator<? super String> comparator() {
    return String.CASE_INSENSITIVE_ORDER;
  }

  @Override
  public SortedMap<String, Collection<String>> subMap(String fromKey, String toKey) {
    return copy().subMap(fromKey, toKey);
  }

  @Override
  public SortedMap<String, Collection<String>> headMap(String toKey) {
    return copy().headMap(toKey);
  }

  @Override
  public SortedMap<String, Collection<String>> tailMap(String fromKey) {
    return copy().tailMap(fromKey);
  }

  @Override
  public String firstKey() {
    return copy().firstKey();
  }

  @Override
  public String lastKey() {
    return copy().lastKey();
  }

  @Override
  public Set<String> keySet() {
    return copy().keySet();
  }

  @Override
  public Collection<Collection<String>> values() {
    return copy().values();
  }

  private SortedMap<String, Collection<String>> copy() {
    SortedMap<String, Collection<String>> made = copy;
    if (made == null) {
      TreeMap<String, Collection<String>> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      for (int i = 0; i < headers.size(); i++) {
        byName.computeIfAbsent(headers.name(i), headers::values);
      }
      made = Collections.unmodifiableSortedMap(byName);
      copy = made;
    }
    return made;
  }
}
