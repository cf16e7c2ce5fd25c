package org.aibyhand.app;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.ref.CellAddress;
import org.aibyhand.engine.value.ReferenceValue;
import org.aibyhand.engine.walkthrough.Explainer;
import org.aibyhand.engine.walkthrough.Explanation;
import org.aibyhand.i18n.Texts;

/**
 * Explains the selected cell: its formula, the same formula with the numbers put in and the result, the
 * lesson's equation in math notation, and links to the cells it reads and the cells that read it. A value
 * that reveal mode still hides is not given away.
 */
final class ExplainPanel {
    /** More links than this are summed up, so a cell read by a whole sheet stays readable. */
    private static final int LINKS = 24;

    private final VBox content = new VBox(6);
    private final ScrollPane root = new ScrollPane(content);
    private final Label address = label("explainAddress", "explain-address");
    private final Label formula = label("explainFormula", "explain-formula");
    private final Label numbers = label("explainNumbers", "explain-numbers");
    private final Label notation = label("explainNotation", "explain-notation");
    private final Label update = label("explainUpdate", "explain-update");
    private final FlowPane reads = new FlowPane(4, 2);
    private final FlowPane readBy = new FlowPane(4, 2);
    private final MainWindow window;
    private java.util.function.Function<Cell, String> updates = cell -> null;

    ExplainPanel(MainWindow window) {
        this.window = window;
        reads.setId("explainReads");
        readBy.setId("explainReadBy");
        content.setPadding(new Insets(8));
        content.getChildren().addAll(address, formula, numbers, notation, update, new Label(Texts.get("explain.reads")),
                reads, new Label(Texts.get("explain.readBy")), readBy);
        root.setFitToWidth(true);
        root.setId("explainPanel");
    }

    /** Where the line about a cell's last training update comes from (null: none). */
    void setUpdates(java.util.function.Function<Cell, String> source) {
        updates = source;
    }

    ScrollPane root() {
        return root;
    }

    /** Shows the explanation of the cell at (row, column) of a sheet. */
    void show(Document document, Walkthrough walkthrough, Sheet sheet, int row, int column) {
        address.setText(sheet.name() + "!" + new CellAddress(row, column).toA1());
        Cell cell = sheet.cell(row, column);
        reads.getChildren().clear();
        readBy.getChildren().clear();
        notation.setText(notationOf(document, sheet, row, column));
        String moved = cell == null ? null : updates.apply(cell); // the last training step that moved it
        update.setText(moved == null ? "" : moved);
        if (cell == null || cell.isBlankContent() && cell.spillAnchor() == null) {
            formula.setText(Texts.get("explain.empty"));
            numbers.setText("");
            return;
        }
        if (walkthrough.hides(sheet, row, column)) {
            formula.setText(Texts.get("explain.hidden", walkthrough.stageOf(sheet, row, column) + 1));
            numbers.setText("");
            return;
        }
        Explanation explanation = Explainer.explain(document.calculator(), cell);
        formula.setText(explanation.formula() == null ? Texts.get("explain.given") : explanation.formula());
        numbers.setText(explanation.withNumbers() == null ? explanation.result() : explanation.line());
        List<ReferenceValue> precedents = explanation.precedents().stream().distinct().toList();
        for (int i = 0; i < Math.min(LINKS, precedents.size()); i++) {
            ReferenceValue range = precedents.get(i);
            Sheet target = document.workbook().sheet(range.sheet());
            Area area = new Area(range.top(), range.left(), range.bottom(), range.right());
            reads.getChildren().add(link(qualified(sheet, target, area.toA1()), target, area));
        }
        more(reads, precedents.size());
        List<Cell> dependents = explanation.dependents();
        for (int i = 0; i < Math.min(LINKS, dependents.size()); i++) {
            Cell reader = dependents.get(i);
            Area area = Area.of(new CellAddress(reader.row(), reader.column()));
            readBy.getChildren().add(link(qualified(sheet, reader.sheet(), area.toA1()), reader.sheet(), area));
        }
        more(readBy, dependents.size());
    }

    /** The lesson's equation for one of its cells; empty for other workbooks. */
    private static String notationOf(Document document, Sheet sheet, int row, int column) {
        if (document.lesson() == null || sheet.index() != 0) {
            return "";
        }
        String text = document.lesson().notation().at(row, column);
        return text == null ? "" : text;
    }

    private static void more(FlowPane links, int total) {
        if (total > LINKS) {
            links.getChildren().add(new Label(Texts.get("explain.more", total - LINKS)));
        } else if (total == 0) {
            links.getChildren().add(new Label(Texts.get("explain.nothing")));
        }
    }

    private static String qualified(Sheet from, Sheet target, String a1) {
        return target == from ? a1 : target.name() + "!" + a1;
    }

    private Hyperlink link(String text, Sheet target, Area area) {
        Hyperlink link = new Hyperlink(text);
        link.setOnAction(e -> window.goTo(target, area));
        return link;
    }

    private static Label label(String id, String styleClass) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        return label;
    }

    String formulaText() {
        return formula.getText();
    }

    String numbersText() {
        return numbers.getText();
    }

    String updateText() {
        return update.getText();
    }

    String notationText() {
        return notation.getText();
    }

    List<String> readLinks() {
        return reads.getChildren().stream().filter(Hyperlink.class::isInstance).map(n -> ((Hyperlink) n).getText())
                .toList();
    }

    List<String> readByLinks() {
        return readBy.getChildren().stream().filter(Hyperlink.class::isInstance).map(n -> ((Hyperlink) n).getText())
                .toList();
    }
}
