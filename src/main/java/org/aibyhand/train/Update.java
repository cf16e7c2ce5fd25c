package org.aibyhand.train;

/**
 * One parameter's last step, written the way it is taught: {@code after = before − rate × direction}, where the
 * direction is the gradient for SGD and what the rule made of it for the others (the velocity, the gradient over
 * the root of its running square, Adam's corrected ratio). Kept so Explain can show the numbers.
 */
public record Update(double before, double gradient, double rate, double direction, double after) {
}
