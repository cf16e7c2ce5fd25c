package org.aibyhand.i18n;

import java.text.MessageFormat;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Every string the interface and the lessons show, in the current language. A key's first segment names its
 * bundle ({@code train.step} lives in {@code org/aibyhand/i18n/train.properties} and {@code train_zh.properties}),
 * so a feature adds its own pair of files and touches nothing else. Values are {@link MessageFormat} patterns.
 */
public final class Texts {
    private static final String FOLDER = "org/aibyhand/i18n/";
    private static volatile Language current = Language.ofSystem();
    private static final Map<String, ResourceBundle> BUNDLES = new ConcurrentHashMap<>();
    private static final List<Consumer<Language>> LISTENERS = new CopyOnWriteArrayList<>();

    private Texts() {
    }

    public static Language language() {
        return current;
    }

    /** Switches the language and tells every listener, so open windows can relabel themselves. */
    public static void setLanguage(Language language) {
        if (language == null || language == current) {
            return;
        }
        current = language;
        LISTENERS.forEach(listener -> listener.accept(language));
    }

    public static void onLanguageChange(Consumer<Language> listener) {
        LISTENERS.add(listener);
    }


    /** The text of a key in the current language, with its {@code {0}}, {@code {1}}... filled in. */
    public static String get(String key, Object... arguments) {
        return in(current, key, arguments);
    }

    /** The text of a key in the given language. A missing key fails loudly: every string must be in both bundles. */
    public static String in(Language language, String key, Object... arguments) {
        String pattern = bundle(language, bundleName(key)).getString(key);
        if (arguments.length == 0) {
            return pattern.replace("''", "'");
        }
        return new MessageFormat(pattern, language.locale()).format(arguments);
    }

    /** Whether a key exists, for callers that fall back to data (a workbook's own label) when it does not. */
    public static boolean has(String key) {
        try {
            return bundle(current, bundleName(key)).containsKey(key);
        } catch (MissingResourceException missing) {
            return false;
        }
    }

    static String bundleName(String key) {
        int dot = key.indexOf('.');
        if (dot <= 0) {
            throw new IllegalArgumentException("A text key is bundle.name: " + key);
        }
        return key.substring(0, dot);
    }

    private static ResourceBundle bundle(Language language, String name) {
        return BUNDLES.computeIfAbsent(language.code() + "/" + name, ignored -> ResourceBundle.getBundle(
                FOLDER.replace('/', '.') + name, language.locale(), Texts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }
}
