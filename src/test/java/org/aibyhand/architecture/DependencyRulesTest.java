package org.aibyhand.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The one-way dependency rule: app -> train, lesson, xlsx, engine; xlsx -> engine; lesson -> engine; train (the
 * training step loop, the teacher's data, training as formulas) -> lesson, engine, i18n; bench -> train, lesson, xlsx,
 * engine; cli -> all; i18n (the strings in both languages) -> nothing; engine -> nothing (no JavaFX, ControlsFX,
 * POI or I/O libraries). A wrong import fails the build.
 */
class DependencyRulesTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.aibyhand");

    @Test
    void theEngineDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("org.aibyhand.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.aibyhand.app..", "org.aibyhand.lesson..",
                        "org.aibyhand.xlsx..", "org.aibyhand.cli..")
                .check(MAIN);
    }

    @Test
    void theEngineUsesNoUiNoPoiAndNoFiles() {
        noClasses().that().resideInAPackage("org.aibyhand.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.apache.poi..",
                        "org.openxmlformats..", "java.io..", "java.nio.file..")
                .check(MAIN);
    }

    @Test
    void onlyTheXlsxPackageUsesPoi() {
        noClasses().that().resideOutsideOfPackage("org.aibyhand.xlsx..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.openxmlformats..")
                .check(MAIN);
    }

    @Test
    void onlyTheAppUsesJavaFx() {
        noClasses().that().resideOutsideOfPackages("org.aibyhand.app..", "org.aibyhand.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(MAIN);
    }

    @Test
    void theBenchmarkIsRunOnlyFromTheCommandLineAndUsesNoUi() {
        noClasses().that().resideOutsideOfPackages("org.aibyhand.bench..", "org.aibyhand.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.aibyhand.bench..")
                .check(MAIN);
        noClasses().that().resideInAPackage("org.aibyhand.bench..")
                .should().dependOnClassesThat().resideInAnyPackage("org.aibyhand.app..", "org.aibyhand.cli..")
                .check(MAIN);
    }

    @Test
    void trainingKnowsOnlyLessonsTheEngineAndTheLanguages() {
        noClasses().that().resideInAPackage("org.aibyhand.train..")
                .should().dependOnClassesThat().resideInAnyPackage("org.aibyhand.app..", "org.aibyhand.cli..",
                        "org.aibyhand.xlsx..", "org.aibyhand.bench..", "javafx..", "org.apache.poi..")
                .check(MAIN);
        noClasses().that().resideOutsideOfPackages("org.aibyhand.train..", "org.aibyhand.app..", "org.aibyhand.cli..",
                        "org.aibyhand.bench..")
                .should().dependOnClassesThat().resideInAPackage("org.aibyhand.train..")
                .check(MAIN);
    }

    @Test
    void theLanguagesDependOnNothingOfOurs() {
        noClasses().that().resideInAPackage("org.aibyhand.i18n..")
                .should().dependOnClassesThat().resideInAnyPackage("org.aibyhand.app..", "org.aibyhand.lesson..",
                        "org.aibyhand.xlsx..", "org.aibyhand.cli..", "org.aibyhand.engine..", "javafx..")
                .check(MAIN);
    }

    @Test
    void xlsxAndLessonsKnowOnlyTheEngine() {
        noClasses().that().resideInAnyPackage("org.aibyhand.xlsx..", "org.aibyhand.lesson..")
                .should().dependOnClassesThat().resideInAnyPackage("org.aibyhand.app..", "org.aibyhand.cli..")
                .check(MAIN);
        noClasses().that().resideInAPackage("org.aibyhand.xlsx..")
                .should().dependOnClassesThat().resideInAPackage("org.aibyhand.lesson..")
                .check(MAIN);
        noClasses().that().resideInAPackage("org.aibyhand.lesson..")
                .should().dependOnClassesThat().resideInAPackage("org.aibyhand.xlsx..")
                .allowEmptyShould(true) // holds trivially until the package has classes
                .check(MAIN);
    }
}
