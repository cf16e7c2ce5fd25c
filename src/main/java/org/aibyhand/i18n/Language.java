package org.aibyhand.i18n;

import java.util.Locale;

/** The languages the interface and the lessons speak. */
public enum Language {
    ENGLISH("en", Locale.ENGLISH),
    CHINESE("zh", Locale.SIMPLIFIED_CHINESE);

    private final String code;
    private final Locale locale;

    Language(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    /** The short code used on the command line and in preferences: {@code en} or {@code zh}. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** The language of a code such as {@code zh} or {@code zh_CN}, or null when it is none of ours. */
    public static Language ofCode(String code) {
        if (code == null) {
            return null;
        }
        String language = code.trim().toLowerCase(Locale.ROOT);
        for (Language each : values()) {
            if (language.equals(each.code) || language.startsWith(each.code + "_")
                    || language.startsWith(each.code + "-")) {
                return each;
            }
        }
        return null;
    }

    /** The system's language when it is one of ours, else English. */
    public static Language ofSystem() {
        Language system = ofCode(Locale.getDefault().getLanguage());
        return system == null ? ENGLISH : system;
    }
}
