package org.aibyhand.engine.book.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The packed-key map behaves as a HashMap through puts, overwrites, removals and growth. */
class LongKeyMapTest {

    @Test
    void randomOperationsAgreeWithAHashMap() {
        for (long seed = 1; seed <= 20; seed++) {
            Random random = new Random(seed);
            LongKeyMap<String> map = new LongKeyMap<>();
            Map<Long, String> reference = new HashMap<>();
            // few distinct keys, so puts, overwrites and removals collide and chains wrap around the table
            int keys = 50 + random.nextInt(5_000);
            for (int step = 0; step < 20_000; step++) {
                long key = ((long) random.nextInt(keys) << 16) | random.nextInt(4);
                switch (random.nextInt(3)) {
                    case 0 -> {
                        map.remove(key);
                        reference.remove(key);
                    }
                    default -> {
                        String value = "v" + step;
                        map.put(key, value);
                        reference.put(key, value);
                    }
                }
                if (step % 997 == 0) {
                    assertSame(reference, map, seed);
                }
            }
            assertSame(reference, map, seed);
        }
    }

    @Test
    void negativeKeysAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new LongKeyMap<String>().put(-1, "x"));
    }

    private static void assertSame(Map<Long, String> reference, LongKeyMap<String> map, long seed) {
        assertEquals(reference.size(), map.size(), "seed " + seed);
        for (Map.Entry<Long, String> entry : reference.entrySet()) {
            assertEquals(entry.getValue(), map.get(entry.getKey()), "seed " + seed + ", key " + entry.getKey());
        }
        Map<Long, String> visited = new HashMap<>();
        map.forEach(visited::put);
        assertEquals(reference, visited, "seed " + seed);
        for (long absent = 1L << 40; absent < (1L << 40) + 20; absent++) {
            assertEquals(null, map.get(absent));
        }
    }
}
