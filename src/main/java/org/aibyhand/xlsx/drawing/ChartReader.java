package org.aibyhand.xlsx.drawing;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.aibyhand.engine.book.drawing.Chart;
import org.aibyhand.engine.book.drawing.ChartSeries;
import org.aibyhand.engine.book.drawing.DrawingColor;
import org.aibyhand.engine.book.drawing.Transform;
import org.apache.poi.ooxml.util.DocumentHelper;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.w3c.dom.Element;

/**
 * Reads a chart part from the values it caches (the numbers and labels Excel last drew; no formula is
 * evaluated): its kind, title, series, fixed axis bounds and legend. A chart part that does not parse is null.
 */
final class ChartReader {
    private final ColorReader colors;

    ChartReader(ColorReader colors) {
        this.colors = colors;
    }

    Chart read(PackagePart part, String name, Transform transform) {
        Element space;
        try (InputStream in = part.getInputStream()) {
            space = DocumentHelper.readDocument(in).getDocumentElement();
        } catch (Exception unreadable) {
            return null;
        }
        Element chart = Xml.child(space, "chart");
        Element plot = Xml.child(chart, "plotArea");
        Element kindElement = null;
        for (Element child : Xml.children(plot)) {
            if (child.getLocalName().endsWith("Chart")) {
                kindElement = child;
                break;
            }
        }
        if (kindElement == null) {
            return null;
        }
        String kind = kind(kindElement);
        List<ChartSeries> series = new ArrayList<>();
        for (Element ser : Xml.children(kindElement, "ser")) {
            series.add(series(ser, kindElement, series.size()));
        }
        Element xAxis = null;
        Element valueAxis = null;
        for (Element axis : Xml.children(plot)) {
            if (!axis.getLocalName().endsWith("Ax")) {
                continue;
            }
            String position = Xml.childValue(axis, "axPos");
            boolean horizontal = "b".equals(position) || "t".equals(position);
            if (kind.equals(Chart.SCATTER) && horizontal) {
                xAxis = axis;
            } else if (axis.getLocalName().equals("valAx") && valueAxis == null) {
                valueAxis = axis;
            }
        }
        Element legend = Xml.child(chart, "legend");
        boolean titleDeleted = "1".equals(Xml.childValue(chart, "autoTitleDeleted"));
        return new Chart(name, transform, kind, titleDeleted ? null : title(Xml.child(chart, "title"), series), List.copyOf(series),
                bound(xAxis, "min"), bound(xAxis, "max"), bound(valueAxis, "min"), bound(valueAxis, "max"),
                legend == null || "1".equals(Xml.childValue(legend, "delete")) ? null : legendSide(legend));
    }

    /** Where the legend stands; Excel puts it on the right when the file does not say. */
    private static String legendSide(Element legend) {
        String side = Xml.childValue(legend, "legendPos");
        return side == null ? "r" : side;
    }

    /** line, scatter, bar or column (from barDir), else the element's name without "Chart" (pie, area, ...). */
    private static String kind(Element element) {
        String local = element.getLocalName();
        String base = local.substring(0, local.length() - "Chart".length()).replace("3D", "");
        if (base.equals("bar")) {
            return "bar".equals(Xml.childValue(element, "barDir")) ? Chart.BAR : Chart.COLUMN;
        }
        return base;
    }

    private ChartSeries series(Element ser, Element kindElement, int place) {
        Element tx = Xml.child(ser, "tx");
        List<String> names = strings(tx);
        String name = !names.isEmpty() ? names.get(0) : tx != null && Xml.child(tx, "v") != null
                ? Xml.child(tx, "v").getTextContent() : null;
        Element look = Xml.child(ser, "spPr");
        Element markerLook = Xml.path(ser, "marker", "spPr");
        // Bars show their fill; lines their stroke, else their markers' fill.
        Element[] colourSources = kindElement.getLocalName().startsWith("bar")
                ? new Element[] {Xml.child(look, "solidFill"), Xml.path(look, "ln", "solidFill")}
                : new Element[] {Xml.path(look, "ln", "solidFill"), Xml.child(markerLook, "solidFill")};
        DrawingColor color = null;
        for (Element source : colourSources) {
            color = color != null ? color : colors.colorIn(source, null);
        }
        Element xValues = Xml.child(ser, "xVal");
        Element values = Xml.child(ser, "yVal") != null ? Xml.child(ser, "yVal") : Xml.child(ser, "val");
        Element categories = Xml.child(ser, "cat");
        List<Double> x = xValues == null ? List.of() : numbers(xValues);
        List<String> labels = categories == null ? List.of() : strings(categories);
        if (xValues != null && x.stream().allMatch(v -> v.isNaN())) {
            labels = strings(xValues); // text x values: Excel plots them as 1, 2, 3 with these labels
            x = List.of();
        }
        String style = String.valueOf(Xml.childValue(kindElement, "scatterStyle"));
        boolean lineShown = Xml.path(look, "ln", "noFill") == null && !style.equals("marker");
        return new ChartSeries(name, labels, x, numbers(values), color != null ? color : colors.accent(place),
                lineShown, marker(ser, kindElement, style));
    }

    /** The series' marker symbol, or null: its own, else what the chart's style shows by default. */
    private static String marker(Element ser, Element kindElement, String scatterStyle) {
        String symbol = Xml.childValue(Xml.child(ser, "marker"), "symbol");
        if (symbol != null) {
            return symbol.equals("none") ? null : symbol;
        }
        boolean byDefault = scatterStyle.toLowerCase(java.util.Locale.ROOT).contains("marker")
                || "1".equals(Xml.childValue(kindElement, "marker"));
        return byDefault ? "circle" : null;
    }

    /** The cached numbers of a numRef or numLit, NaN where a point is missing. */
    private static List<Double> numbers(Element holder) {
        Element cache = Xml.path(holder, "numRef", "numCache");
        if (cache == null) {
            cache = Xml.child(holder, "numLit");
        }
        return List.of(points(cache, text -> {
            try {
                return Double.parseDouble(text.trim());
            } catch (NumberFormatException notANumber) {
                return Double.NaN;
            }
        }, Double.NaN, Double[]::new));
    }

    /** The cached labels of a strRef, strLit, numRef or multi-level reference ("" where missing). */
    private static List<String> strings(Element holder) {
        if (holder == null) {
            return List.of();
        }
        Element cache = Xml.path(holder, "strRef", "strCache");
        for (String[] path : new String[][] {{"strLit"}, {"numRef", "numCache"}, {"numLit"},
            {"multiLvlStrRef", "multiLvlStrCache", "lvl"}}) {
            cache = cache != null ? cache : Xml.path(holder, path);
        }
        return cache == null ? List.of() : List.of(points(cache, text -> text, "", String[]::new));
    }

    private static <T> T[] points(Element cache, java.util.function.Function<String, T> parse, T missing,
            java.util.function.IntFunction<T[]> array) {
        if (cache == null) {
            return array.apply(0);
        }
        List<Element> points = Xml.children(cache, "pt");
        int count = (int) Math.max(0, Math.min(1_000_000, Xml.longAttribute(Xml.child(cache, "ptCount"), "val", 0)));
        for (Element point : points) {
            count = (int) Math.max(count, Xml.longAttribute(point, "idx", -1) + 1);
        }
        T[] values = array.apply(count);
        Arrays.fill(values, missing);
        for (Element point : points) {
            int index = (int) Xml.longAttribute(point, "idx", -1);
            Element value = Xml.child(point, "v");
            if (index >= 0 && index < count && value != null) {
                values[index] = parse.apply(value.getTextContent());
            }
        }
        return values;
    }

    /**
     * The title's text; where the file names none, Excel's automatic title: the series' name for a chart of one
     * series, else "Chart Title" when the title is switched on.
     */
    private static String title(Element title, List<ChartSeries> series) {
        String text = title == null ? null : titleText(title);
        if (text != null) {
            return text;
        }
        if (series.size() == 1 && series.get(0).name() != null) {
            return series.get(0).name();
        }
        return title == null ? null : "Chart Title";
    }

    private static String titleText(Element title) {
        Element rich = Xml.path(title, "tx", "rich");
        if (rich == null) {
            List<String> cached = strings(Xml.child(title, "tx"));
            return cached.isEmpty() ? null : String.join(" ", cached);
        }
        StringBuilder text = new StringBuilder();
        for (Element paragraph : Xml.children(rich, "p")) {
            for (Element run : Xml.children(paragraph, "r")) {
                Element t = Xml.child(run, "t");
                text.append(t == null ? "" : t.getTextContent());
            }
        }
        return text.length() == 0 ? null : text.toString();
    }

    private static Double bound(Element axis, String which) {
        String text = Xml.childValue(Xml.child(axis, "scaling"), which);
        try {
            return text == null ? null : Double.valueOf(text);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
