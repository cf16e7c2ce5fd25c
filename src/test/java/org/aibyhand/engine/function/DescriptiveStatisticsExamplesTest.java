package org.aibyhand.engine.function;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Paired, shape and percentile statistics against Microsoft's documented examples. */
class DescriptiveStatisticsExamplesTest {
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            COVARIANCE.P({3,2,4,5,6},{9,7,12,15,17})              | 5.2
            COVARIANCE.S({2,4,8},{5,11,12})                       | 9.666666667
            COVARIANCE.P({1,2,3},{1,2})                           | #N/A
            CORREL({3,2,4,5,6},{9,7,12,15,17})                    | 0.997054486
            PEARSON({9,7,5,3,1},{10,6,1,5,3})                     | 0.699379
            RSQ({2,3,9,1,8,7,5},{6,5,11,7,5,4,4})                 | 0.05795
            SLOPE({2,3,9,1,8,7,5},{6,5,11,7,5,4,4})               | 0.305556
            INTERCEPT({2,3,9,1,8},{6,5,11,7,5})                   | 0.0483871
            STEYX({2,3,9,1,8,7,5},{6,5,11,7,5,4,4})               | 3.305719
            GEOMEAN(4,5,8,7,11,4,3)                               | 5.476987
            HARMEAN(4,5,8,7,11,4,3)                               | 5.028376
            GEOMEAN(4,0)                                          | #NUM!
            DEVSQ(4,5,8,7,11,4,3)                                 | 48
            AVEDEV(4,5,6,7,5,4,3)                                 | 1.020408
            SKEW(3,4,5,2,3,4,5,6,4,7)                             | 0.359543
            SKEW.P(3,4,5,2,3,4,5,6,4,7)                           | 0.303193
            KURT(3,4,5,2,3,4,5,6,4,7)                             | -0.151799637
            MODE.SNGL(5.6,4,4,3,2,4)                              | 4
            MODE.SNGL(1,2,3)                                      | #N/A
            PERCENTILE.INC({1,3,2,4},0.3)                         | 1.9
            PERCENTILE.EXC({1,2,3,6,6,6,7,8,9},0.25)              | 2.5
            PERCENTILE.EXC({1,2,3,6,6,6,7,8,9},0)                 | #NUM!
            PERCENTILE.EXC({1,2,3,6,6,6,7,8,9},0.01)              | #NUM!
            PERCENTILE.EXC({1,2,3,6,6,6,7,8,9},2)                 | #NUM!
            QUARTILE.INC({1,2,4,7,8,9,10,12},1)                   | 3.5
            QUARTILE.EXC({6,7,15,36,39,40,41,42,43,47,49},1)      | 15
            QUARTILE.EXC({6,7,15,36,39,40,41,42,43,47,49},3)      | 43
            TRIMMEAN({4,5,6,7,2,3,4,5,1,2,3},0.2)                 | 3.777778
            """)
    void documentedExamples(String formula, String documented) {
        Documented.check(new Grid(), formula, documented);
    }
}
