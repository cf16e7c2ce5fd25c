package org.aibyhand.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every bundle speaks both languages: the same keys, none empty, each key in the bundle its prefix names. */
class BundlesTest {
    private static final Path FOLDER = Path.of("src/main/resources/org/aibyhand/i18n");

    @Test
    void everyEnglishKeyHasAChineseTextAndTheReverse() throws IOException {
        List<Path> english = englishBundles();
        assertFalse(english.isEmpty(), "no bundles found in " + FOLDER.toAbsolutePath());
        for (Path bundle : english) {
            String name = bundle.getFileName().toString().replace(".properties", "");
            Properties en = load(bundle);
            Properties zh = load(FOLDER.resolve(name + "_zh.properties"));
            assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(zh.stringPropertyNames()),
                    "keys of " + name + " in English and Chinese");
            for (String key : en.stringPropertyNames()) {
                assertTrue(key.startsWith(name + "."), key + " belongs to the bundle its prefix names, not " + name);
                assertFalse(en.getProperty(key).isBlank(), "empty English text " + key);
                assertFalse(zh.getProperty(key).isBlank(), "empty Chinese text " + key);
            }
        }
    }

    @Test
    void textsAreLookedUpInTheLanguageAskedFor() {
        assertEquals("Close", Texts.in(Language.ENGLISH, "common.close"));
        assertEquals("关闭", Texts.in(Language.CHINESE, "common.close"));
    }

    @Test
    void languageCodesAreReadLeniently() {
        assertEquals(Language.CHINESE, Language.ofCode("zh_CN"));
        assertEquals(Language.ENGLISH, Language.ofCode("EN"));
        assertEquals(null, Language.ofCode("fr"));
    }

    private static List<Path> englishBundles() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(file -> file.toString().endsWith(".properties"))
                    .filter(file -> !file.getFileName().toString().contains("_")).sorted().toList();
        }
    }

    private static Properties load(Path file) throws IOException {
        assertTrue(Files.exists(file), "missing bundle " + file);
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
