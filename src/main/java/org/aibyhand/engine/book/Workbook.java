package org.aibyhand.engine.book;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Sheets in tab order, defined names and the walkthrough plan. Plain data: recalculation lives in the calculator. */
public final class Workbook {
    private final List<Sheet> sheets = new ArrayList<>();
    /** Keyed by upper-case name, then by scope (null for workbook scope). */
    private final Map<String, Map<Sheet, DefinedName>> names = new LinkedHashMap<>();
    private Plan plan = Plan.EMPTY;
    private final NumberStore numbers = new NumberStore();
    private int activeSheet;

    public List<Sheet> sheets() {
        return Collections.unmodifiableList(sheets);
    }

    public Sheet sheet(int index) {
        return sheets.get(index);
    }

    /** The sheet of that name (case-insensitive, as in Excel), or null. */
    public Sheet sheet(String name) {
        for (Sheet sheet : sheets) {
            if (sheet.name().equalsIgnoreCase(name)) {
                return sheet;
            }
        }
        return null;
    }

    /** The sheet shown first when the workbook opens (the file's active tab). */
    public Sheet activeSheet() {
        return sheets.get(Math.max(0, Math.min(activeSheet, sheets.size() - 1)));
    }

    public void setActiveSheet(int index) {
        activeSheet = index;
    }

    public int indexOf(Sheet sheet) {
        return sheets.indexOf(sheet);
    }

    public Sheet addSheet(String name) {
        if (sheet(name) != null) {
            throw new IllegalArgumentException("a sheet named '" + name + "' already exists");
        }
        Sheet sheet = new Sheet(this, name, sheets.size());
        sheets.add(sheet);
        return sheet;
    }

    /** Adds or replaces a defined name. */
    public void defineName(DefinedName name) {
        names.computeIfAbsent(key(name.name()), k -> new LinkedHashMap<>()).put(name.scope(), name);
    }

    public void removeName(String name, Sheet scope) {
        Map<Sheet, DefinedName> scopes = names.get(key(name));
        if (scopes != null) {
            scopes.remove(scope);
        }
    }

    /**
     * The name as seen from a formula on {@code from}: a name scoped to that sheet wins over the
     * workbook-level one. Null when neither exists.
     */
    public DefinedName resolveName(String name, Sheet from) {
        Map<Sheet, DefinedName> scopes = names.get(key(name));
        if (scopes == null) {
            return null;
        }
        DefinedName local = from == null ? null : scopes.get(from);
        return local != null ? local : scopes.get(null);
    }

    /** Every defined name, workbook-scoped and sheet-scoped, in the order they were defined. */
    public List<DefinedName> definedNames() {
        List<DefinedName> all = new ArrayList<>();
        names.values().forEach(scopes -> all.addAll(scopes.values()));
        return all;
    }

    /** Where every cell of the workbook keeps its value while it is a number. */
    public NumberStore numbers() {
        return numbers;
    }

    /** The walkthrough saved with the workbook; the empty plan when it has none. */
    public Plan plan() {
        return plan;
    }

    public void setPlan(Plan plan) {
        this.plan = plan == null ? Plan.EMPTY : plan;
    }

    private static String key(String name) {
        return name.toUpperCase(Locale.ROOT);
    }
}
