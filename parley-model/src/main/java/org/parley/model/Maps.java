package org.parley.model;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Unmodifiable copies of maps that keep the document's order (Map.copyOf does not). A map that is
 * already such a copy is returned as it is, so rebuilding a record with one changed field (as the
 * Monte Carlo does for every sample) does not copy its other maps again.
 */
final class Maps {
  private Maps() {}

  static <K, V> Map<K, V> ordered(Map<K, V> m) {
    if (m instanceof Frozen<K, V>) {
      return m;
    }
    return new Frozen<>(Collections.unmodifiableMap(new LinkedHashMap<>(m)));
  }

  /** An ordered map nobody can change: only {@link #ordered} makes one, from a private copy. */
  private static final class Frozen<K, V> extends AbstractMap<K, V> {
    private final Map<K, V> map;

    Frozen(Map<K, V> map) {
      this.map = map;
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
      return map.entrySet();
    }

    @Override
    public V get(Object key) {
      return map.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
      return map.containsKey(key);
    }

    @Override
    public int size() {
      return map.size();
    }
  }
}
