package org.aibyhand.xlsx.drawing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.book.drawing.Drawing;
import org.aibyhand.engine.book.drawing.DrawingCounts;
import org.aibyhand.xlsx.SharedWorkbooks;
import org.aibyhand.xlsx.XlsxReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample workbook's drawing layer as read, sheet by sheet, against the same drawing parts counted from
 * their raw XML: anchors, and objects by kind (shapes, text boxes, equations, pictures, charts, groups).
 */
class SampleDrawingsTest {

    static Stream<Path> workbooks() {
        return SharedWorkbooks.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workbooks")
    void everyAnchorAndObjectOfEverySheetIsRead(Path file) throws Exception {
        Workbook book = XlsxReader.read(file).workbook();
        Map<String, List<String>> raw = RawDrawings.bySheet(file);
        List<Drawing> all = new ArrayList<>();
        for (Sheet sheet : book.sheets()) {
            List<String> parts = raw.getOrDefault(sheet.name(), List.of());
            int anchors = parts.stream().mapToInt(RawDrawings::anchors).sum();
            DrawingCounts expected = parts.stream().map(RawDrawings::counts).reduce(DrawingCounts.NONE, DrawingCounts::plus);
            List<Drawing> drawings = sheet.format().drawings();
            String where = file.getFileName() + " sheet '" + sheet.name() + "'";
            assertEquals(anchors, drawings.size(), where + ": anchors");
            assertEquals(expected, DrawingCounts.of(drawings), where + ": objects by kind");
            all.addAll(drawings);
        }
        System.out.println("drawings " + file.getFileName() + ": " + all.size() + " anchors; " + DrawingCounts.of(all).describe());
    }

    static Sheet sheetWithDrawings(Workbook book, int index) {
        List<Sheet> withDrawings = book.sheets().stream().filter(s -> !s.format().drawings().isEmpty()).toList();
        assertTrue(withDrawings.size() > index, "a sheet with drawings");
        return withDrawings.get(index);
    }

    static <T> T only(Class<T> kind, Object object) {
        return assertInstanceOf(kind, object);
    }
}
