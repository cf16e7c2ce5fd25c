package org.aibyhand.engine.function;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.aibyhand.engine.TestBooks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a cell shows: General numbers shortened to fit a narrow column as Excel does, formats, text, errors. */
class DisplayFormatTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "0.333333333333333 | General | 11 | 0.333333333",
        "0.333333333333333 | General | 5  | 0.333",
        "-0.25             | General | 4  | -0.3",
        "0.25              | General | 3  | 0.3",
        "123456789         | General | 6  | 1E+08",
        "123456789         | General | 11 | 123456789",
        "-123456789        | General | 3  | ###",
        "2.5               | 0.00    | 3  | 2.50",
        "TRUE              | General | 2  | TRUE",
        "#DIV/0!           | General | 2  | #DIV/0!",
        "word              | 0.0     | 2  | word",
    })
    void showsAsExcelDoesInANarrowColumn(String value, String format, int characters, String expected) {
        assertEquals(expected, DisplayFormat.text(TestBooks.constant(value), format, characters));
    }
}
