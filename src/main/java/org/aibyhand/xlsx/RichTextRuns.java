package org.aibyhand.xlsx;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamReader;
import org.aibyhand.engine.book.format.Rgb;
import org.aibyhand.engine.book.format.RichText;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTColor;

/**
 * Gathers the runs ({@code <r>} with its {@code <rPr>} and {@code <t>}) of one string item while
 * {@link InlineText} reads it, and gives them as {@link RichText}: only what a run's properties say is kept, so a
 * run without properties takes the cell's font.
 */
final class RichTextRuns {
    private final Colors colors;
    private final List<RichText.Run> runs = new ArrayList<>();
    private StringBuilder runText;
    private boolean inProperties;
    private String family;
    private Double size;
    private Boolean bold;
    private Boolean italic;
    private Boolean underline;
    private Rgb color;
    private int baseline;
    private boolean styled;

    RichTextRuns(Colors colors) {
        this.colors = colors;
    }

    void start(String name, XMLStreamReader in) {
        if (name.equals("r")) {
            runText = new StringBuilder();
            family = null;
            size = null;
            bold = italic = underline = null;
            color = null;
            baseline = 0;
            styled = false;
        } else if (name.equals("rPr") && runText != null) {
            inProperties = true;
            styled = true;
        } else if (inProperties) {
            property(name, in);
        }
    }

    private void property(String name, XMLStreamReader in) {
        String value = in.getAttributeValue(null, "val");
        switch (name) {
            case "rFont" -> family = value;
            case "sz" -> size = number(value);
            case "b" -> bold = on(value);
            case "i" -> italic = on(value);
            case "u" -> underline = value == null || !value.equals("none");
            case "vertAlign" -> baseline = "superscript".equals(value) ? 1 : "subscript".equals(value) ? -1 : 0;
            case "color" -> color = color(in);
            default -> { } // strike, outline, shadow, charset, family, scheme: not drawn
        }
    }

    void end(String name) {
        if (name.equals("rPr")) {
            inProperties = false;
        } else if (name.equals("r") && runText != null) {
            RichText.RunFont font = styled ? new RichText.RunFont(family, size, bold, italic, underline, color, baseline) : null;
            runs.add(new RichText.Run(runText.toString(), font));
            runText = null;
        }
    }

    void text(String characters) {
        if (runText != null && !inProperties) {
            runText.append(characters);
        }
    }

    /** The item's runs, or null when it has none with a look of its own. */
    RichText result() {
        if (runs.isEmpty()) {
            return null;
        }
        List<RichText.Run> decoded = new ArrayList<>(runs.size());
        for (RichText.Run run : runs) {
            decoded.add(new RichText.Run(ExcelEscapes.decode(run.text()), run.font()));
        }
        RichText rich = new RichText(decoded);
        return rich.isRich() ? rich : null;
    }

    private Rgb color(XMLStreamReader in) {
        CTColor xml = CTColor.Factory.newInstance();
        String rgb = in.getAttributeValue(null, "rgb");
        String theme = in.getAttributeValue(null, "theme");
        String indexed = in.getAttributeValue(null, "indexed");
        String tint = in.getAttributeValue(null, "tint");
        try {
            if (rgb != null) {
                xml.setRgb(hex(rgb));
            } else if (theme != null) {
                xml.setTheme(Long.parseLong(theme.trim()));
            } else if (indexed != null) {
                xml.setIndexed(Long.parseLong(indexed.trim()));
            }
            if (tint != null) {
                xml.setTint(Double.parseDouble(tint.trim()));
            }
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
        return colors.resolve(xml);
    }

    private static byte[] hex(String text) {
        String digits = text.trim();
        byte[] bytes = new byte[digits.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Integer.parseInt(digits.substring(2 * i, 2 * i + 2), 16);
        }
        return bytes;
    }

    private static Boolean on(String value) {
        return value == null || !(value.equals("0") || value.equalsIgnoreCase("false"));
    }

    private static Double number(String value) {
        try {
            return value == null ? null : Double.valueOf(value.trim());
        } catch (NumberFormatException unreadable) {
            return null;
        }
    }
}
