package org.aibyhand.engine.function;

import org.aibyhand.engine.value.Coerce;
import org.aibyhand.engine.value.ErrorSignal;
import org.aibyhand.engine.value.ErrorValue;

/**
 * A complex number as Excel's engineering functions read and write it: text such as {@code 3+4i},
 * {@code -2.5j}, {@code i} or {@code 7}, with the suffix it was written with. Text that is not one is #NUM!.
 */
record ComplexNumber(double re, double im, char suffix) {

    static ComplexNumber parse(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            return new ComplexNumber(0, 0, 'i');
        }
        char last = s.charAt(s.length() - 1);
        if (last != 'i' && last != 'j') {
            return new ComplexNumber(real(s), 0, 'i');
        }
        String body = s.substring(0, s.length() - 1);
        int split = splitAt(body);
        String realPart = split < 0 ? "" : body.substring(0, split);
        String imaginaryPart = split < 0 ? body : body.substring(split);
        double im = imaginaryPart.isEmpty() || imaginaryPart.equals("+") ? 1
                : imaginaryPart.equals("-") ? -1 : real(imaginaryPart);
        return new ComplexNumber(realPart.isEmpty() ? 0 : real(realPart), im, last);
    }

    /** Where the imaginary part's sign begins: the last + or - that is not an exponent's; -1 when none. */
    private static int splitAt(String body) {
        for (int i = body.length() - 1; i > 0; i--) {
            char c = body.charAt(i);
            if ((c == '+' || c == '-') && body.charAt(i - 1) != 'e' && body.charAt(i - 1) != 'E') {
                return i;
            }
        }
        return -1;
    }

    private static double real(String text) {
        if (text.contains(" ") || text.endsWith("%")) {
            throw new ErrorSignal(ErrorValue.NUM);
        }
        Double value = Coerce.parseNumber(text);
        if (value == null) {
            throw new ErrorSignal(ErrorValue.NUM);
        }
        return value;
    }

    /** Excel's text: 15 significant digits, the imaginary unit alone for ±1, zero parts left out. */
    String text() {
        if (!Double.isFinite(re) || !Double.isFinite(im)) {
            throw new ErrorSignal(ErrorValue.NUM);
        }
        if (im == 0) {
            return Coerce.numberToText(re);
        }
        String imaginary = im == 1 ? "" : im == -1 ? "-" : Coerce.numberToText(im);
        String realText = re == 0 ? "" : Coerce.numberToText(re);
        String sign = re != 0 && im > 0 ? "+" : "";
        return realText + sign + imaginary + suffix;
    }

    ComplexNumber withSuffix(char other) {
        return new ComplexNumber(re, im, other);
    }

    ComplexNumber with(double real, double imaginary) {
        return new ComplexNumber(real, imaginary, suffix);
    }

    double abs() {
        return Math.hypot(re, im);
    }

    ComplexNumber times(ComplexNumber other) {
        return with(re * other.re - im * other.im, re * other.im + im * other.re);
    }

    ComplexNumber dividedBy(ComplexNumber other) {
        double denominator = other.re * other.re + other.im * other.im;
        if (denominator == 0) {
            throw new ErrorSignal(ErrorValue.NUM);
        }
        return with((re * other.re + im * other.im) / denominator, (im * other.re - re * other.im) / denominator);
    }

    ComplexNumber reciprocal() {
        return with(1, 0).dividedBy(this);
    }

    ComplexNumber exp() {
        double scale = Math.exp(re);
        return with(scale * Math.cos(im), scale * Math.sin(im));
    }

    ComplexNumber ln() {
        if (re == 0 && im == 0) {
            throw new ErrorSignal(ErrorValue.NUM);
        }
        return with(Math.log(abs()), Math.atan2(im, re));
    }

    ComplexNumber power(double n) {
        if (re == 0 && im == 0) {
            if (n <= 0) {
                throw new ErrorSignal(ErrorValue.NUM);
            }
            return this;
        }
        double magnitude = Math.pow(abs(), n);
        double angle = Math.atan2(im, re) * n;
        return with(magnitude * Math.cos(angle), magnitude * Math.sin(angle));
    }

    ComplexNumber sin() {
        return with(Math.sin(re) * Math.cosh(im), Math.cos(re) * Math.sinh(im));
    }

    ComplexNumber cos() {
        return with(Math.cos(re) * Math.cosh(im), -Math.sin(re) * Math.sinh(im));
    }

    ComplexNumber sinh() {
        return with(Math.sinh(re) * Math.cos(im), Math.cosh(re) * Math.sin(im));
    }

    ComplexNumber cosh() {
        return with(Math.cosh(re) * Math.cos(im), Math.sinh(re) * Math.sin(im));
    }
}
