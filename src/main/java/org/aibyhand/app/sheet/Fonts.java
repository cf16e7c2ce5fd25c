package org.aibyhand.app.sheet;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The font family to draw with: the one a workbook names where it is installed, else an installed stand-in
 * with the same character widths (Liberation for Arial and Times, Carlito for Calibri, ...), so text fits
 * where its author made it fit.
 */
public final class Fonts {
    /** Metric-compatible stand-ins for Office fonts, used where the Office font is not installed. */
    private static final Map<String, String> STAND_INS = Map.ofEntries(Map.entry("Arial", "Liberation Sans"),
            Map.entry("Helvetica", "Liberation Sans"), Map.entry("Times New Roman", "Liberation Serif"),
            Map.entry("Courier New", "Liberation Mono"), Map.entry("Calibri", "Carlito"), Map.entry("Cambria", "Caladea"),
            Map.entry("Aptos", "Carlito"), Map.entry("Aptos Narrow", "Liberation Sans Narrow"),
            Map.entry("Calibri Light", "Carlito"), Map.entry("Cambria Math", "DejaVu Math TeX Gyre"));
    private static Set<String> installed;

    private Fonts() {
    }

    /** The family to draw {@code wanted} with. */
    public static synchronized String family(String wanted) {
        if (installed == null) {
            installed = new HashSet<>(javafx.scene.text.Font.getFamilies());
        }
        if (installed.contains(wanted)) {
            return wanted;
        }
        String standIn = STAND_INS.get(wanted);
        return standIn != null && installed.contains(standIn) ? standIn : wanted;
    }
}
