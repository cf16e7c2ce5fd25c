package org.aibyhand.xlsx.drawing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.aibyhand.engine.book.drawing.DrawingCounts;

/**
 * The drawing parts of a workbook read as raw text, apart from the reader under test: which sheet holds which
 * drawing part (through workbook.xml and the relationship files), and the objects counted with regular
 * expressions on the XML.
 */
public final class RawDrawings {
    private static final Pattern SHEET = Pattern.compile("<sheet [^>]*?name=\"([^\"]*)\"[^>]*?r:id=\"([^\"]+)\"");
    private static final Pattern RELATION = Pattern.compile("<Relationship [^>]*?Id=\"([^\"]+)\"[^>]*?Target=\"([^\"]+)\"|"
            + "<Relationship [^>]*?Target=\"([^\"]+)\"[^>]*?Id=\"([^\"]+)\"");
    private static final Pattern ALTERNATE = Pattern.compile("<mc:AlternateContent.*?</mc:AlternateContent>", Pattern.DOTALL);
    private static final Pattern CHOICE = Pattern.compile("<mc:Choice.*?</mc:Choice>", Pattern.DOTALL);

    private RawDrawings() {
    }

    /** Each worksheet's drawing parts' XML, by sheet name, in tab order. */
    public static Map<String, List<String>> bySheet(Path workbook) {
        try (ZipFile zip = new ZipFile(workbook.toFile())) {
            Map<String, String> workbookTargets = relations(zip, "xl/_rels/workbook.xml.rels");
            Map<String, List<String>> drawings = new LinkedHashMap<>();
            Matcher sheet = SHEET.matcher(entry(zip, "xl/workbook.xml"));
            while (sheet.find()) {
                String target = workbookTargets.get(sheet.group(2));
                String sheetPart = resolve("xl/", target);
                String rels = sheetPart.replaceFirst("([^/]+)$", "_rels/$1.rels");
                List<String> parts = new ArrayList<>();
                if (zip.getEntry(rels) != null) {
                    for (String drawingTarget : relations(zip, rels).values()) {
                        if (drawingTarget.contains("drawings/drawing")) {
                            parts.add(entry(zip, resolve(sheetPart.substring(0, sheetPart.lastIndexOf('/') + 1), drawingTarget)));
                        }
                    }
                }
                drawings.put(unescape(sheet.group(1)), parts);
            }
            return drawings;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of one part of the package. */
    public static String part(Path workbook, String name) {
        try (ZipFile zip = new ZipFile(workbook.toFile())) {
            return entry(zip, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Top-level anchors of a drawing part. */
    public static int anchors(String xml) {
        return count(xml, "<xdr:(twoCellAnchor|oneCellAnchor|absoluteAnchor)[ >]");
    }

    /**
     * The objects of a drawing part by kind: an alternate-content block holding Office Math is one equation;
     * other alternate blocks count by their fallback; a shape with {@code txBox="1"} is a text box.
     */
    public static DrawingCounts counts(String xml) {
        int equations = 0;
        StringBuilder rest = new StringBuilder();
        Matcher alternate = ALTERNATE.matcher(xml);
        int end = 0;
        while (alternate.find()) {
            rest.append(xml, end, alternate.start());
            if (alternate.group().contains("oMath")) {
                equations++;
            } else {
                rest.append(CHOICE.matcher(alternate.group()).replaceAll(""));
            }
            end = alternate.end();
        }
        rest.append(xml.substring(end));
        String plain = rest.toString();
        int textBoxes = count(plain, "<xdr:sp [^>]*>\\s*<xdr:nvSpPr>(?:(?!</xdr:nvSpPr>).)*txBox=\"1\"");
        int shapes = count(plain, "<xdr:sp[ >]") + count(plain, "<xdr:cxnSp[ >]") - textBoxes;
        return new DrawingCounts(count(plain, "<xdr:pic[ >]"), shapes, textBoxes, equations,
                count(plain, "<c:chart [^>]*r:id="), count(plain, "<xdr:grpSp>"));
    }

    static int count(String text, String regex) {
        Matcher matcher = Pattern.compile(regex, Pattern.DOTALL).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    private static Map<String, String> relations(ZipFile zip, String name) throws IOException {
        Map<String, String> targets = new LinkedHashMap<>();
        Matcher relation = RELATION.matcher(entry(zip, name));
        while (relation.find()) {
            if (relation.group(1) != null) {
                targets.put(relation.group(1), relation.group(2));
            } else {
                targets.put(relation.group(4), relation.group(3));
            }
        }
        return targets;
    }

    private static String resolve(String folder, String target) {
        if (target.startsWith("/")) {
            return target.substring(1);
        }
        String path = folder + target;
        while (path.contains("../")) {
            path = path.replaceFirst("[^/]+/\\.\\./", "");
        }
        return path;
    }

    private static String entry(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new IOException("no part " + name);
        }
        return new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
    }

    private static String unescape(String xml) {
        return xml.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'");
    }
}
