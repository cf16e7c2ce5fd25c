package org.aibyhand.engine.walkthrough;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.aibyhand.engine.book.Plan;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.lesson.LessonOptions;
import org.aibyhand.lesson.Lessons;
import org.aibyhand.xlsx.SharedWorkbooks;
import org.aibyhand.xlsx.XlsxReader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Derived plans are walkthroughs ({@link PlanProperty}) of every given workbook and of a lesson whose chain of
 * formulas is 100,000 steps deep, derived on a thread with a small stack so that any recursion along the chain
 * would overflow it.
 */
class DerivedPlanPropertyTest {
    private static final long SMALL_STACK = 256 * 1024;

    @TestFactory
    Stream<DynamicTest> everyGivenWorkbooksDerivedPlanIsAWalkthrough() {
        return SharedWorkbooks.all().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Workbook book = XlsxReader.read(file).workbook();
            Calculator calculator = new Calculator(book);
            calculator.recalculateAll();
            Plan plan = DerivedPlan.of(book, calculator);
            assertFalse(plan.isEmpty(), "every given workbook has formulas");
            assertEquals(List.of(), PlanProperty.violations(book, calculator, plan));
            System.out.printf("%-34s %4d stages%n", file.getFileName(), plan.size());
        }));
    }

    @Test
    void aHundredThousandStepRnnDerivesWithoutDeepRecursion() throws Exception {
        Workbook book = Lessons.build("rnn", new LessonOptions(3).with("steps", 100_000)).workbook();
        Calculator calculator = new Calculator(book);
        calculator.recalculateAll();
        AtomicReference<Object> result = new AtomicReference<>();
        long start = System.nanoTime();
        Thread derive = new Thread(null, () -> {
            try {
                result.set(DerivedPlan.of(book, calculator));
            } catch (Throwable t) {
                result.set(t);
            }
        }, "derive-plan", SMALL_STACK);
        derive.start();
        derive.join();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(result.get() instanceof Plan, () -> "derivation failed: " + result.get());
        Plan plan = (Plan) result.get();
        System.out.printf("RNN T = 100,000: plan of %,d stages derived in %,d ms%n", plan.size(), millis);
        assertTrue(plan.size() > 100_000, "the recurrence is a chain: one level per step at least");
        assertEquals(List.of(), PlanProperty.violations(book, calculator, plan));
    }

    @Test
    void theCheckCatchesAPlanInTheWrongOrderOrWithAFormulaLeftOut() throws Exception {
        Workbook book = XlsxReader.read(SharedWorkbooks.get("Backpropgation.xlsx")).workbook();
        Calculator calculator = new Calculator(book);
        calculator.recalculateAll();
        Plan plan = DerivedPlan.of(book, calculator);
        assertTrue(plan.size() > 1);
        assertFalse(PlanProperty.violations(book, calculator, plan.moved(0, plan.size() - 1)).isEmpty());
        assertFalse(PlanProperty.violations(book, calculator, new Plan(plan.stages().subList(1, plan.size()))).isEmpty());
    }
}
