package org.aibyhand.xlsx.drawing;

import static org.aibyhand.xlsx.drawing.SampleDrawingsTest.only;
import static org.aibyhand.xlsx.drawing.SampleDrawingsTest.sheetWithDrawings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.book.drawing.Anchor;
import org.aibyhand.engine.book.drawing.Chart;
import org.aibyhand.engine.book.drawing.ChartSeries;
import org.aibyhand.engine.book.drawing.Drawing;
import org.aibyhand.engine.book.drawing.Equation;
import org.aibyhand.engine.book.drawing.Geometry;
import org.aibyhand.engine.book.drawing.GeometryPath;
import org.aibyhand.engine.book.drawing.Group;
import org.aibyhand.engine.book.drawing.Shape;
import org.aibyhand.engine.book.drawing.TextBody;
import org.aibyhand.engine.book.format.Rgb;
import org.aibyhand.xlsx.SharedWorkbooks;
import org.aibyhand.xlsx.XlsxReader;
import org.junit.jupiter.api.Test;

/** Specific values of the sample workbooks' drawings, each checked against the XML it came from. */
class SampleDrawingValuesTest {

    @Test
    void backpropagationEquationsAreTheirFallbackTextOnOneLine() throws Exception {
        Path file = SharedWorkbooks.get("Backpropgation.xlsx");
        String xml = RawDrawings.part(file, "xl/drawings/drawing1.xml");
        Matcher fallback = Pattern.compile("<mc:Fallback.*?</mc:Fallback>", Pattern.DOTALL).matcher(xml);
        assertTrue(fallback.find());
        StringBuilder expected = new StringBuilder();
        Matcher text = Pattern.compile("<a:t>([^<]*)</a:t>").matcher(fallback.group());
        while (text.find()) {
            expected.append(text.group(1));
        }
        Workbook book = XlsxReader.read(file).workbook();
        Equation first = sheetWithDrawings(book, 0).format().drawings().stream().map(Drawing::object)
                .filter(Equation.class::isInstance).map(Equation.class::cast).findFirst().orElseThrow();
        Shape box = only(Shape.class, first.fallback());
        assertEquals(expected.toString(), box.text().text());
        assertTrue(box.text().text().contains("𝑊3=𝐴2"), box.text().text());
        assertEquals(8, box.text().paragraphs().get(0).runs().get(0).sizePoints(), 0);
    }

    @Test
    void leakyReluChartsCarryTheirCachedValuesAndFixedMinimum() throws Exception {
        Path file = SharedWorkbooks.get("LeakyReLU.xlsx");
        Workbook book = XlsxReader.read(file).workbook();
        List<Drawing> drawings = sheetWithDrawings(book, 0).format().drawings();
        Chart leaky = only(Chart.class, drawings.get(2).object());
        String xml = RawDrawings.part(file, "xl/charts/chart3.xml");
        assertEquals(Chart.SCATTER, leaky.kind());
        ChartSeries series = leaky.series().get(0);
        assertEquals(cached(xml, "xVal"), series.xValues());
        assertEquals(cached(xml, "yVal"), series.values());
        assertEquals(-0.1, series.values().get(9), 0);
        assertEquals(-9, leaky.yMin(), 0);
        assertEquals(null, leaky.yMax());
    }

    @Test
    void mambaFreeformsKeepTheirCurvesDashesArrowsAndThemeColour() throws Exception {
        Path file = SharedWorkbooks.get("Mamba.xlsx");
        Workbook book = XlsxReader.read(file).workbook();
        Shape curve = only(Shape.class, sheetWithDrawings(book, 0).format().drawings().get(0).object());
        assertEquals(Geometry.CUSTOM, curve.geometry().preset());
        GeometryPath path = curve.geometry().paths().get(0);
        assertEquals(1727791, path.width());
        assertEquals(new GeometryPath.MoveTo(0, 830904), path.steps().get(0));
        assertEquals(5, path.steps().size());
        assertEquals("dash", curve.outline().dash());
        assertEquals("triangle", curve.outline().tail().type());
        assertEquals(null, curve.outline().head());
        assertEquals(19050, curve.outline().widthEmu());
        assertEquals(themeColor(file, "accent6"), curve.outline().color().rgb());
        assertEquals(null, curve.fill(), "no fill and a style fillRef of 0");
    }

    @Test
    void schemeColoursWithLuminanceModifiersAreExcelsLighterTints() throws Exception {
        Path file = SharedWorkbooks.get("Multi-Layer Perceptron.xlsx");
        assertEquals(Rgb.hex("FFC000"), themeColor(file, "accent4"));
        Workbook book = XlsxReader.read(file).workbook();
        Group group = only(Group.class, sheetWithDrawings(book, 0).format().drawings().get(0).object());
        Shape oval = only(Shape.class, group.children().get(0));
        assertEquals("ellipse", oval.geometry().preset());
        assertEquals(Rgb.hex("FFF2CC"), oval.fill().rgb(), "Gold, Accent 4, Lighter 80%");
        assertEquals(5319014, group.transform().x());
        assertEquals(4425338, group.childX());
        assertEquals(2280456, group.childWidth());
        assertNotNull(oval.outline(), "the style's lnRef gives the outline");
    }

    @Test
    void transformerConnectorsKeepRotationFlipsAndAdjustValues() throws Exception {
        Path file = SharedWorkbooks.get("Transformer-Full-Stack.xlsx");
        Workbook book = XlsxReader.read(file).workbook();
        Shape elbow = sheetWithDrawings(book, 0).format().drawings().stream().map(Drawing::object)
                .filter(Shape.class::isInstance).map(Shape.class::cast)
                .filter(s -> s.name().equals("Elbow Connector 25")).findFirst().orElseThrow();
        assertEquals("bentConnector3", elbow.geometry().preset());
        assertEquals(-57217, elbow.geometry().adjust("adj1", 50000), 0);
        assertEquals(180, elbow.transform().rotationDegrees(), 0);
        assertTrue(elbow.transform().flipHorizontal() && elbow.transform().flipVertical());
        assertEquals("triangle", elbow.outline().tail().type());
        Anchor.TwoCell anchor = (Anchor.TwoCell) sheetWithDrawings(book, 0).format().drawings().stream()
                .filter(d -> d.object() == elbow).findFirst().orElseThrow().anchor();
        assertEquals(new Anchor.CellPoint(24, 214084, 51, 126747), anchor.from());
    }

    /** The cached numbers of the first {@code <c:xVal>} or {@code <c:yVal>} of a chart part. */
    private static List<Double> cached(String xml, String element) {
        Matcher block = Pattern.compile("<c:" + element + ">.*?</c:" + element + ">", Pattern.DOTALL).matcher(xml);
        assertTrue(block.find());
        List<Double> values = new ArrayList<>();
        Matcher point = Pattern.compile("<c:pt idx=\"\\d+\"><c:v>([^<]*)</c:v>").matcher(block.group());
        while (point.find()) {
            values.add(Double.parseDouble(point.group(1)));
        }
        return values;
    }

    private static Rgb themeColor(Path file, String name) {
        String theme = RawDrawings.part(file, "xl/theme/theme1.xml");
        Matcher color = Pattern.compile("<a:" + name + "><a:srgbClr val=\"([0-9A-Fa-f]{6})\"").matcher(theme);
        assertTrue(color.find(), name + " in the theme");
        return Rgb.hex(color.group(1));
    }

    @Test
    void subscriptsKeepTheirBaselineShift() throws Exception {
        Path file = SharedWorkbooks.get("W3_Linear-Layer.xlsx");
        String xml = RawDrawings.part(file, "xl/drawings/drawing1.xml");
        Matcher run = Pattern.compile("<a:rPr [^>]*baseline=\"(-?\\d+)\"[^>]*>.*?<a:t>([^<]*)</a:t>", Pattern.DOTALL).matcher(xml);
        assertTrue(run.find());
        Workbook book = XlsxReader.read(file).workbook();
        TextBody.TextRun subscript = book.sheet(0).format().drawings().stream().map(Drawing::object)
                .filter(Shape.class::isInstance).map(Shape.class::cast).filter(s -> s.text() != null)
                .flatMap(s -> s.text().paragraphs().stream()).flatMap(p -> p.runs().stream())
                .filter(r -> r.baseline() != 0).findFirst().orElseThrow();
        assertEquals(Integer.parseInt(run.group(1)) / 100000.0, subscript.baseline(), 1e-12);
        assertEquals(run.group(2), subscript.text());
    }
}
