package org.aibyhand.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Makes a mutant of a workbook that knows its structure: one XML part (a worksheet, mostly) is changed in one
 * way a damaged or hostile file could be: an attribute dropped, a number or address replaced by an extreme one,
 * an element repeated, a formula replaced by a hostile one, or the part cut short.
 */
final class WorkbookMutator {
    private static final Pattern ATTRIBUTE = Pattern.compile(" [a-zA-Z:]+=\"[^\"]*\"");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern CELL = Pattern.compile("<c [^>]*>.*?</c>");
    private static final Pattern FORMULA = Pattern.compile("<f[^>]*>[^<]*</f>");
    private static final String[] EXTREMES = {"0", "-1", "99999999999", "1048577", "16385", "1e308", "NaN", "", "A", "2147483648"};
    private static final String[] FORMULAS = {"1+", "SUM(A:Z)", "A1&amp;A1&amp;A1", "((((((1", "#REF!+1", "_xlfn.LAMBDA(_xlpm.x,x)(",
        "_xlfn.SEQUENCE(1048576,16)", "REPT(\"x\",32767)&amp;\"y\"", "INDEX(A:A,0)", "1/0", "Sheet9!A1", "_xlfn.LET(_xlpm.a,a,a)"};

    private WorkbookMutator() {
    }

    static void mutate(Path source, Path mutant, Random random) throws Exception {
        try (ZipFile zip = new ZipFile(source.toFile())) {
            List<ZipEntry> entries = new ArrayList<>(Collections.list(zip.entries()));
            List<ZipEntry> xml = new ArrayList<>();
            for (ZipEntry entry : entries) {
                String name = entry.getName();
                if (name.endsWith(".xml") && (name.contains("worksheets/") || random.nextInt(4) == 0)) {
                    xml.add(entry);
                }
            }
            ZipEntry chosen = xml.isEmpty() ? entries.get(0) : xml.get(random.nextInt(xml.size()));
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(mutant))) {
                for (ZipEntry entry : entries) {
                    byte[] bytes = zip.getInputStream(entry).readAllBytes();
                    if (entry == chosen) {
                        bytes = mutate(new String(bytes, StandardCharsets.UTF_8), random).getBytes(StandardCharsets.UTF_8);
                    }
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    out.write(bytes);
                    out.closeEntry();
                }
            }
        }
    }

    static String mutate(String xml, Random random) {
        switch (random.nextInt(6)) {
            case 0: return replaceOne(xml, ATTRIBUTE, random, m -> "");
            case 1: return replaceOne(xml, NUMBER, random, m -> EXTREMES[random.nextInt(EXTREMES.length)]);
            case 2: return replaceOne(xml, CELL, random, m -> m + m);
            case 3: return replaceOne(xml, FORMULA, random, m -> "<f>" + FORMULAS[random.nextInt(FORMULAS.length)] + "</f>");
            case 4: return replaceOne(xml, Pattern.compile("r=\"[A-Z]+\\d+\""), random,
                    m -> "r=\"" + (random.nextBoolean() ? "XFD1048576" : "A" + (1 + random.nextInt(50))) + "\"");
            default: return xml.substring(0, random.nextInt(Math.max(1, xml.length())));
        }
    }

    private interface Replacement {
        String of(String match);
    }

    /** Replaces one match, chosen at random among the first thousand, or returns the text unchanged. */
    private static String replaceOne(String text, Pattern pattern, Random random, Replacement replacement) {
        Matcher matcher = pattern.matcher(text);
        List<int[]> matches = new ArrayList<>();
        while (matches.size() < 1000 && matcher.find()) {
            matches.add(new int[] {matcher.start(), matcher.end()});
        }
        if (matches.isEmpty()) {
            return text;
        }
        int[] at = matches.get(random.nextInt(matches.size()));
        return text.substring(0, at[0]) + replacement.of(text.substring(at[0], at[1])) + text.substring(at[1]);
    }
}
