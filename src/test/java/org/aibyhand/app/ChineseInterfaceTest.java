package org.aibyhand.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import org.aibyhand.i18n.Language;
import org.aibyhand.i18n.Texts;
import org.aibyhand.lesson.LessonOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Switched to Chinese, every string the main window shows (menus, labels, buttons, tabs, tooltips, prompts,
 * the title) comes from a Chinese bundle; cell data (the grid, the sheet tabs, the name box and formula bar, the
 * Explain panel's cell addresses, formulas and links) is the workbook's and is not checked. A picture is kept.
 */
class ChineseInterfaceTest extends WindowTest {
    /** The Explain panel's parts that show a cell's own address, formula and numbers. */
    private static final List<String> CELL_DATA_IDS = List.of("explainAddress", "explainFormula", "explainNumbers",
            "explainNotation", "nameBox", "formulaBar");

    @AfterEach
    void backToEnglish() {
        Texts.setLanguage(Language.ENGLISH);
    }

    @Test
    void everyVisibleStringOfTheWindowAndTheLessonIsChinese(FxRobot robot) throws Exception {
        robot.interact(() -> window.show(Document.ofLesson("mlp", new LessonOptions(1))));
        robot.interact(() -> window = LanguageSwitch.switchTo(window, Language.CHINESE));
        robot.interact(() -> {
            window.walkthrough().goTo(0);
            window.walkthroughBar().togglePlay();
            window.walkthroughBar().togglePlay();
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<Pattern> chinese = chinesePatterns();
        List<String> shown = new ArrayList<>();
        shown.add(window.stage().getTitle());
        collect(window.root(), shown);
        List<String> foreign = shown.stream().filter(text -> !isChinese(text, chinese)).distinct().toList();
        assertEquals(List.of(), foreign, "strings of the Chinese window that are not from a Chinese bundle");
        assertTrue(shown.contains("文件(_F)"), "the menus were read: " + shown);
        assertTrue(shown.stream().anyMatch(text -> text.contains("第 1 层")), "the lesson's stages are Chinese");
        Path picture = Screenshots.save(robot, window.root(), "chinese-interface");
        assertTrue(Files.size(picture) > 10_000, "an empty picture: " + picture);
    }

    @Test
    void switchingBackGivesTheEnglishWindow(FxRobot robot) {
        robot.interact(() -> window = LanguageSwitch.switchTo(window, Language.CHINESE));
        robot.interact(() -> window = LanguageSwitch.switchTo(window, Language.ENGLISH));
        List<String> shown = new ArrayList<>();
        collect(window.root(), shown);
        assertTrue(shown.contains("_File"), shown.toString());
        assertEquals("Neuron - AI by Hand", window.stage().getTitle());
    }

    /** Every text a node shows, walking the scene graph, the menus and the tabs, skipping cell data. */
    private static void collect(Node node, List<String> shown) {
        if (node.getId() != null && CELL_DATA_IDS.contains(node.getId()) || node instanceof Hyperlink) {
            return;
        }
        if (node instanceof MenuBar bar) {
            bar.getMenus().forEach(menu -> collect(menu, shown));
        }
        if (node instanceof Labeled labeled) {
            add(labeled.getText(), shown);
        }
        if (node instanceof TextInputControl input) {
            add(input.getPromptText(), shown);
        }
        if (node instanceof Control control && control.getTooltip() != null) {
            add(control.getTooltip().getText(), shown);
        }
        if (node instanceof TabPane tabs && "sidePanel".equals(tabs.getId())) {
            tabs.getTabs().stream().map(Tab::getText).forEach(text -> add(text, shown));
        }
        if (node instanceof TabPane tabs && !"sidePanel".equals(tabs.getId())) {
            tabs.getTabs().stream().map(Tab::getContent).forEach(content -> collect(content, shown));
            return; // the sheet tabs are named by the workbook
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, shown));
        }
    }

    private static void collect(MenuItem item, List<String> shown) {
        add(item.getText(), shown);
        if (item instanceof Menu menu && !menu.getText().equals(Texts.get("menu.file.recent"))) { // file names
            if (menu.getOnShowing() != null) {
                menu.getOnShowing().handle(null);
            }
            menu.getItems().forEach(child -> collect(child, shown));
        }
    }

    private static void add(String text, List<String> shown) {
        if (text != null && !text.isBlank()) {
            shown.add(text);
        }
    }

    /**
     * A text is Chinese when a Chinese bundle's pattern makes it (arguments match anything; a stage chip's
     * number is allowed in front), or when it holds no letters at all (numbers, arrows, ▶).
     */
    private static boolean isChinese(String text, List<Pattern> chinese) {
        String bare = text.replaceFirst("^\\d+\\. ", "").replace("AI by Hand", "");
        if (bare.codePoints().noneMatch(c -> Character.isLetter(c) && c < 0x2E80)) {
            return true;
        }
        return chinese.stream().anyMatch(pattern -> pattern.matcher(text).matches()
                || pattern.matcher(text.replaceFirst("^\\d+\\. ", "")).matches());
    }

    /** Every value of every Chinese bundle as a pattern: its {0}, {1,number,#}... match any text. */
    private static List<Pattern> chinesePatterns() throws IOException {
        List<Pattern> patterns = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/org/aibyhand/i18n"))) {
            for (Path file : files.filter(f -> f.toString().endsWith("_zh.properties")).toList()) {
                Properties bundle = new Properties();
                try (InputStream in = Files.newInputStream(file)) {
                    bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
                for (String value : bundle.stringPropertyNames().stream().map(bundle::getProperty).toList()) {
                    StringBuilder regex = new StringBuilder();
                    for (String part : value.replace("''", "'").split("\\{[^}]*\\}", -1)) {
                        if (regex.length() > 0 || value.startsWith("{")) {
                            regex.append(".*");
                        }
                        regex.append(Pattern.quote(part));
                    }
                    patterns.add(Pattern.compile(regex.toString(), Pattern.DOTALL));
                }
            }
        }
        return patterns;
    }
}
