package org.aibyhand.app;

import java.util.List;
import javafx.scene.Parent;
import javafx.scene.text.Font;
import org.aibyhand.i18n.Language;
import org.aibyhand.i18n.Texts;

/**
 * The font the controls draw with. In Chinese the system font may have no CJK glyphs (boxes instead of
 * characters), so the controls switch to the first installed font that has them: Noto Sans CJK (Debian
 * {@code fonts-noto-cjk}), Microsoft YaHei on Windows, PingFang on macOS. English keeps the system font.
 */
final class InterfaceFont {
    static final List<String> CJK_FAMILIES = List.of("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC",
            "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", "Noto Serif CJK SC");

    private InterfaceFont() {
    }

    /** The installed family with CJK glyphs, or null when there is none. */
    static String cjkFamily() {
        List<String> installed = Font.getFamilies();
        return CJK_FAMILIES.stream().filter(installed::contains).findFirst().orElse(null);
    }

    /** Sets the family on a window's root for the current language (its size still follows the style sheet). */
    static void apply(Parent root) {
        String family = Texts.language() == Language.CHINESE ? cjkFamily() : null;
        root.setStyle(family == null ? "" : "-fx-font-family: \"" + family + "\";");
    }
}
