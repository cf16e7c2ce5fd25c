package org.aibyhand.train;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.engine.ref.CellAddress;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.Value;
import org.aibyhand.i18n.Texts;

/**
 * Gradient descent in the sheet: each step reads the gradients the workbook's own formulas computed, moves the
 * parameters by the optimizer's rule and writes them into their cells in one batch edit per sheet, so the
 * calculator recomputes the forward and backward pass once (compiled, over the cells the edit reaches) and the
 * next step finds fresh gradients. Parameters are read from the cells before every step, so a weight typed in
 * between steps is where training goes on from. Not thread-safe: one thread at a time owns the workbook.
 */
public final class Trainer {
    /** Hears a run's progress and may stop it; called on the training thread after each step. */
    public interface Listener {
        void stepped(int done, double loss);

        boolean cancelled();
    }

    private final Calculator calculator;
    private final TrainingTarget target;
    private final double[] initial;
    private final double[] values;
    private final double[] gradients;
    private final List<Double> losses = new ArrayList<>();
    private final Map<Cell, Update> lastUpdates = new HashMap<>();
    private Optimizer optimizer;

    /** Trains {@code target}'s cells from their current values, which {@link #reset()} puts back. */
    public Trainer(Calculator calculator, TrainingTarget target, Hyperparameters settings) {
        this.calculator = calculator;
        this.target = target;
        int n = target.parameters().size();
        this.initial = new double[n];
        this.values = new double[n];
        this.gradients = new double[n];
        readParameters(initial);
        this.optimizer = new Optimizer(settings, n);
        losses.add(loss());
    }

    public TrainingTarget target() {
        return target;
    }

    public Hyperparameters settings() {
        return optimizer.settings();
    }

    /**
     * Changes the rule or its settings from the next step on; the running averages start again when the rule
     * changes, and are kept when only the numbers do.
     */
    public void configure(Hyperparameters settings) {
        if (settings.kind() != optimizer.settings().kind()) {
            optimizer = new Optimizer(settings, values.length);
        } else if (!settings.equals(optimizer.settings())) {
            Optimizer next = new Optimizer(settings, values.length);
            next.adopt(optimizer);
            optimizer = next;
        }
    }

    /** The loss now. */
    public double loss() {
        return target.loss().number();
    }

    /** The loss before the first step and after each step since, for the curve. */
    public List<Double> losses() {
        return losses;
    }

    /** The last update of a trained cell, or null if it has not moved yet. */
    public Update lastUpdate(Cell cell) {
        return lastUpdates.get(cell);
    }

    /**
     * One update of every parameter, written in one recalculation; returns the cells whose value changed.
     *
     * @throws IllegalStateException with a message to show when a gradient is not a number or the step diverged
     */
    public Set<Cell> step() {
        readParameters(values);
        List<TrainingTarget.Parameter> parameters = target.parameters();
        for (int i = 0; i < gradients.length; i++) {
            gradients[i] = parameters.get(i).gradient().number();
            if (!Double.isFinite(gradients[i])) {
                throw new IllegalStateException(Texts.get("train.error.gradient", parameters.get(i).gradient().address()));
            }
        }
        Update[] updates = optimizer.step(values, gradients);
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalStateException(Texts.get("train.error.diverged", parameters.get(i).label()));
            }
        }
        Set<Cell> changed = write(values);
        for (int i = 0; i < updates.length; i++) {
            lastUpdates.put(parameters.get(i).cell(), updates[i]);
        }
        losses.add(loss());
        return changed;
    }

    /**
     * Up to {@code steps} steps, stopping early when the listener cancels; returns every cell changed. Whatever
     * was done before a cancel or an error stays done.
     */
    public Set<Cell> run(int steps, Listener listener) {
        Set<Cell> changed = new LinkedHashSet<>();
        for (int done = 1; done <= steps; done++) {
            if (listener != null && listener.cancelled()) {
                break;
            }
            changed.addAll(step());
            if (listener != null) {
                listener.stepped(done, losses.get(losses.size() - 1));
            }
        }
        return changed;
    }

    /** Puts the starting values back and forgets the curve and the optimizer's averages. */
    public Set<Cell> reset() {
        Set<Cell> changed = write(initial);
        optimizer = new Optimizer(optimizer.settings(), values.length);
        lastUpdates.clear();
        losses.clear();
        losses.add(loss());
        return changed;
    }

    /** Writes parameter values into their cells, one batch edit (one recalculation) per sheet. */
    public Set<Cell> write(double[] numbers) {
        Map<Sheet, Map<CellAddress, Value>> bySheet = new LinkedHashMap<>();
        List<TrainingTarget.Parameter> parameters = target.parameters();
        for (int i = 0; i < numbers.length; i++) {
            Cell cell = parameters.get(i).cell();
            bySheet.computeIfAbsent(cell.sheet(), s -> new HashMap<>())
                    .put(new CellAddress(cell.row(), cell.column()), new NumberValue(numbers[i]));
        }
        Set<Cell> changed = new LinkedHashSet<>();
        bySheet.forEach((sheet, edits) -> changed.addAll(calculator.setValues(sheet, edits).changedCells()));
        return changed;
    }

    private void readParameters(double[] into) {
        List<TrainingTarget.Parameter> parameters = target.parameters();
        for (int i = 0; i < into.length; i++) {
            Cell cell = parameters.get(i).cell();
            double value = cell.number();
            if (!Double.isFinite(value)) {
                throw new IllegalStateException(Texts.get("train.error.parameter", cell.address()));
            }
            into[i] = value;
        }
    }
}
