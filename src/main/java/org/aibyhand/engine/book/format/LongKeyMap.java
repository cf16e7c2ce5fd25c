package org.aibyhand.engine.book.format;

import java.util.Arrays;

/**
 * A map from non-negative longs (a cell's row and column packed in one key) to values, open-addressed in two
 * arrays: about 20 bytes an entry where a {@code HashMap<Long, V>} takes 56, which matters for a lesson that
 * styles each of a million cells.
 */
final class LongKeyMap<V> {
    /** What a key is visited with: the key and its value. */
    interface Entry<V> {
        void accept(long key, V value);
    }

    private static final long FREE = -1;
    private long[] keys = newKeys(16);
    private Object[] values = new Object[16];
    private int size;

    V get(long key) {
        int at = find(key);
        return at < 0 ? null : value(at);
    }

    boolean containsKey(long key) {
        return find(key) >= 0;
    }

    void put(long key, V value) {
        if (key < 0) {
            throw new IllegalArgumentException("keys are not negative: " + key);
        }
        if ((size + 1) * 4L > keys.length * 3L) {
            resize(keys.length * 2);
        }
        int mask = keys.length - 1;
        int at = home(key, mask);
        while (keys[at] != FREE && keys[at] != key) {
            at = (at + 1) & mask;
        }
        if (keys[at] == FREE) {
            keys[at] = key;
            size++;
        }
        values[at] = value;
    }

    void remove(long key) {
        int gap = find(key);
        if (gap < 0) {
            return;
        }
        // backward-shift deletion: move up every entry that would no longer be found past the gap
        int mask = keys.length - 1;
        for (int next = (gap + 1) & mask; keys[next] != FREE; next = (next + 1) & mask) {
            int home = home(keys[next], mask);
            boolean staysPut = gap <= next ? gap < home && home <= next : gap < home || home <= next;
            if (!staysPut) {
                keys[gap] = keys[next];
                values[gap] = values[next];
                gap = next;
            }
        }
        keys[gap] = FREE;
        values[gap] = null;
        size--;
    }

    int size() {
        return size;
    }

    void forEach(Entry<V> action) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != FREE) {
                action.accept(keys[i], value(i));
            }
        }
    }

    private int find(long key) {
        int mask = keys.length - 1;
        for (int at = home(key, mask); keys[at] != FREE; at = (at + 1) & mask) {
            if (keys[at] == key) {
                return at;
            }
        }
        return -1;
    }

    @SuppressWarnings("unchecked")
    private V value(int at) {
        return (V) values[at];
    }

    private void resize(int capacity) {
        long[] oldKeys = keys;
        Object[] oldValues = values;
        keys = newKeys(capacity);
        values = new Object[capacity];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != FREE) {
                put(oldKeys[i], value(oldValues, i));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private V value(Object[] from, int at) {
        return (V) from[at];
    }

    private static int home(long key, int mask) {
        long mixed = key * 0x9E3779B97F4A7C15L; // Fibonacci hashing: rows and columns both spread
        return (int) (mixed >>> 32) & mask;
    }

    private static long[] newKeys(int capacity) {
        long[] keys = new long[capacity];
        Arrays.fill(keys, FREE);
        return keys;
    }
}
