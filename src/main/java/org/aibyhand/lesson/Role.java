package org.aibyhand.lesson;

import org.aibyhand.engine.book.format.Rgb;
import org.aibyhand.i18n.Texts;

/** What a block of cells is, shown by its fill colour and explained in each lesson's legend. */
public enum Role {
    INPUT("input", Rgb.hex("FFF2CC")),
    TARGET("target", Rgb.hex("FCE4D6")),
    PARAMETER("parameter (weight or bias)", Rgb.hex("DDEBF7")),
    FORWARD("forward value", Rgb.hex("E2EFDA")),
    STATE("hidden state", Rgb.hex("EDE2F6")),
    LOSS("loss", Rgb.hex("F8CBAD")),
    GRADIENT("gradient", Rgb.hex("FFE1E1"));

    private final String label;
    private final Rgb fill;

    Role(String label, Rgb fill) {
        this.label = label;
        this.fill = fill;
    }

    /** The role's name in the legend, in the current language ({@code lesson.role.NAME}). */
    public String label() {
        String key = "lesson.role." + name().toLowerCase(java.util.Locale.ROOT);
        return Texts.has(key) ? Texts.get(key) : label;
    }

    public Rgb fill() {
        return fill;
    }
}
