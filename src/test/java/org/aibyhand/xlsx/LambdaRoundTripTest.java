package org.aibyhand.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.DefinedName;
import org.aibyhand.engine.book.Formula;
import org.aibyhand.engine.book.FormulaKind;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.formula.FormulaPrinter;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.engine.value.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * LAMBDA names, LET formulas and dynamic arrays survive saving in the form Excel reads: load, recalculate,
 * save, load again and recalculate gives the same formula texts (storage form) and the same values.
 */
class LambdaRoundTripTest {
    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"Transformer-Full-Stack.xlsx", "Temperature.xlsx"})
    void savedFormulasAndNamesReadBackTheSame(String name) throws Exception {
        Path original = SharedWorkbooks.get(name);
        LoadedWorkbook first = XlsxReader.read(original);
        new Calculator(first.workbook()).recalculateAll();
        Path saved = temp.resolve(name);
        XlsxWriter.write(first.workbook(), first, saved);
        LoadedWorkbook second = XlsxReader.read(saved);
        new Calculator(second.workbook()).recalculateAll();

        assertEquals(names(first.workbook()), names(second.workbook()));
        Map<String, String> formulas = formulas(first.workbook());
        assertTrue(formulas.values().stream().anyMatch(text -> text.contains("_xlfn.")), "storage prefixes expected");
        assertEquals(formulas, formulas(second.workbook()));
        assertEquals(values(first.workbook()), values(second.workbook()));
    }

    @Test
    void formulasTypedWithoutPrefixesAreSavedWithThem() throws Exception {
        Workbook book = new Workbook();
        Sheet sheet = book.addSheet("S");
        sheet.cellForWrite(0, 0).setValue(new org.aibyhand.engine.value.NumberValue(3));
        Formula typed = Formula.parse("=LET(x, A1, MAP(SEQUENCE(x), LAMBDA(v, v*x)))", 0, 1, FormulaKind.DYNAMIC_ARRAY);
        sheet.cellForWrite(0, 1).setFormula(Formula.of(typed.expr(), FormulaKind.DYNAMIC_ARRAY));
        book.defineName(new DefinedName("TRIPLE", null, "_xlfn.LAMBDA(_xlpm.v,_xlpm.v*3)",
                Formula.parse("LAMBDA(v, v*3)", 0, 0, FormulaKind.PLAIN).expr(), false));
        new Calculator(book).recalculateAll();
        Path saved = temp.resolve("typed.xlsx");
        XlsxWriter.write(book, null, saved);

        var cell = RawXml.cell(saved, "xl/worksheets/sheet1.xml", "B1");
        assertEquals("_xlfn.LET(_xlpm.x,A1,_xlfn.MAP(_xlfn.SEQUENCE(_xlpm.x),_xlfn.LAMBDA(_xlpm.v,_xlpm.v*_xlpm.x)))",
                cell.getF().getStringValue());
        assertTrue(RawXml.part(saved, "xl/workbook.xml").contains("_xlfn.LAMBDA(_xlpm.v,_xlpm.v*3)"));
        Workbook again = XlsxReader.read(saved).workbook();
        new Calculator(again).recalculateAll();
        assertEquals(values(book), values(again));
    }

    private static Map<String, String> names(Workbook book) {
        Map<String, String> names = new LinkedHashMap<>();
        book.definedNames().forEach(n -> names.put(n.name() + "@" + (n.scope() == null ? "" : n.scope().name()), n.text()));
        return names;
    }

    private static Map<String, String> formulas(Workbook book) {
        Map<String, String> formulas = new LinkedHashMap<>();
        for (Sheet sheet : book.sheets()) {
            for (Cell cell : sheet) {
                if (cell.hasFormula()) {
                    Formula f = cell.formula();
                    String text = f.sourceText() != null ? f.sourceText()
                            : FormulaPrinter.print(f.expr(), cell.row(), cell.column(), FormulaPrinter.Style.STORAGE);
                    formulas.put(sheet.name() + "!" + cell.address(), f.kind() + " " + text);
                }
            }
        }
        return formulas;
    }

    private static Map<String, Value> values(Workbook book) {
        Map<String, Value> values = new LinkedHashMap<>();
        for (Sheet sheet : book.sheets()) {
            for (Cell cell : sheet) {
                if (cell.hasFormula() || cell.spillAnchor() != null) {
                    values.put(sheet.name() + "!" + cell.address(), cell.value());
                }
            }
        }
        return values;
    }
}
