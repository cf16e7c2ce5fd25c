package org.aibyhand.engine.function;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.aibyhand.engine.function.FormatCode.Kind;
import org.aibyhand.engine.function.FormatCode.Token;

/**
 * Where the parts of one format section are: the placeholders of the integer, fraction and exponent, and what
 * each comma means. A comma between integer placeholders turns on thousands grouping; commas right after the
 * last placeholder divide by 1000 each; any other comma is printed.
 */
final class FormatLayout {
    String integer = "";
    String fraction = "";
    String exponentDigits = "";
    int pointAt = -1;
    int exponentAt = -1;
    boolean grouping;
    int percents;
    int scalingCommas;
    final Set<Integer> literalCommas = new HashSet<>();

    private FormatLayout() {
    }

    static FormatLayout of(List<Token> section) {
        FormatLayout layout = new FormatLayout();
        for (int k = 0; k < section.size(); k++) {
            Kind kind = section.get(k).kind();
            if (kind == Kind.EXPONENT && layout.exponentAt < 0) {
                layout.exponentAt = k;
            } else if (kind == Kind.POINT && layout.pointAt < 0 && layout.exponentAt < 0) {
                layout.pointAt = k;
            } else if (kind == Kind.PERCENT) {
                layout.percents++;
            }
        }
        for (int k = 0; k < section.size(); k++) {
            Token token = section.get(k);
            if (token.kind() == Kind.DIGIT) {
                if (layout.exponentAt >= 0 && k > layout.exponentAt) {
                    layout.exponentDigits += token.text();
                } else if (layout.pointAt >= 0 && k > layout.pointAt) {
                    layout.fraction += token.text();
                } else {
                    layout.integer += token.text();
                }
            } else if (token.kind() == Kind.COMMA) {
                layout.classifyComma(section, k);
            }
        }
        return layout;
    }

    private void classifyComma(List<Token> section, int k) {
        int first = k;
        while (first > 0 && section.get(first - 1).kind() == Kind.COMMA) {
            first--;
        }
        int last = k;
        while (last + 1 < section.size() && section.get(last + 1).kind() == Kind.COMMA) {
            last++;
        }
        boolean afterDigit = first > 0 && section.get(first - 1).kind() == Kind.DIGIT;
        boolean beforeDigit = last + 1 < section.size() && section.get(last + 1).kind() == Kind.DIGIT;
        boolean inMantissa = exponentAt < 0 || k < exponentAt;
        boolean inInteger = inMantissa && (pointAt < 0 || k < pointAt);
        if (afterDigit && beforeDigit && inInteger) {
            grouping = true;
        } else if (afterDigit && !beforeDigit && inMantissa) {
            scalingCommas++;
        } else {
            literalCommas.add(k);
        }
    }
}
