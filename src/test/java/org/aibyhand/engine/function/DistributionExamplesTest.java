package org.aibyhand.engine.function;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The statistical distributions and their inverses against the examples of Microsoft's documentation for each
 * function, to the digits it prints ({@link Documented}).
 */
class DistributionExamplesTest {
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            NORM.DIST(42,40,1.5,TRUE)            | 0.9087888
            NORM.DIST(42,40,1.5,FALSE)           | 0.10934005
            NORM.INV(0.908789,40,1.5)            | 42.000002
            NORM.S.DIST(1.333333,TRUE)           | 0.908788726
            NORM.S.DIST(1.333333,FALSE)          | 0.164010148
            NORM.S.INV(0.908789)                 | 1.3333347
            NORM.INV(0,40,1.5)                   | #NUM!
            NORM.DIST(42,40,0,TRUE)              | #NUM!
            LOGNORM.DIST(4,3.5,1.2,TRUE)         | 0.0390836
            LOGNORM.DIST(4,3.5,1.2,FALSE)        | 0.0176176
            LOGNORM.INV(0.039084,3.5,1.2)        | 4.0000252
            GAUSS(2)                             | 0.47725
            PHI(0.75)                            | 0.301137432
            STANDARDIZE(42,40,1.5)               | 1.33333333
            CONFIDENCE.NORM(0.05,2.5,50)         | 0.692952
            CONFIDENCE.T(0.05,1,50)              | 0.284196855
            FISHER(0.75)                         | 0.9729551
            FISHERINV(0.972955)                  | 0.75
            GAMMA.DIST(10.00001131,9,2,FALSE)    | 0.032639
            GAMMA.DIST(10.00001131,9,2,TRUE)     | 0.068094
            GAMMA.INV(0.068094,9,2)              | 10.0000112
            GAMMALN(4)                           | 1.7917595
            GAMMALN.PRECISE(4)                   | 1.7917595
            GAMMA(2.5)                           | 1.329
            GAMMA(-3.75)                         | 0.268
            GAMMA(0)                             | #NUM!
            GAMMA(-2)                            | #NUM!
            CHISQ.DIST(0.5,1,TRUE)               | 0.52049988
            CHISQ.DIST(2,3,FALSE)                | 0.20755375
            CHISQ.DIST.RT(18.307,10)             | 0.0500006
            CHISQ.INV(0.93,1)                    | 3.283020287
            CHISQ.INV(0.6,2)                     | 1.832581464
            CHISQ.INV.RT(0.050001,10)            | 18.306973
            POISSON.DIST(2,5,TRUE)               | 0.124652
            POISSON.DIST(2,5,FALSE)              | 0.084224
            EXPON.DIST(0.2,10,TRUE)              | 0.86466472
            EXPON.DIST(0.2,10,FALSE)             | 1.35335283
            WEIBULL.DIST(105,20,100,TRUE)        | 0.929581
            WEIBULL.DIST(105,20,100,FALSE)       | 0.035589
            BETA.DIST(2,8,10,TRUE,1,3)           | 0.6854706
            BETA.DIST(2,8,10,FALSE,1,3)          | 1.4837646
            BETA.INV(0.685470581,8,10,1,3)       | 2
            T.DIST(60,1,TRUE)                    | 0.99469533
            T.DIST(8,3,FALSE)                    | 0.00073691
            T.DIST.2T(1.959999998,60)            | 0.054644930
            T.DIST.RT(1.959999998,60)            | 0.027322465
            T.INV(0.75,2)                        | 0.8164966
            T.INV.2T(0.546449,60)                | 0.606533
            F.DIST(15.2069,6,4,TRUE)             | 0.99
            F.DIST(15.2069,6,4,FALSE)            | 0.0012238
            F.DIST.RT(15.2068649,6,4)            | 0.01
            F.INV(0.01,6,4)                      | 0.10930991
            F.INV.RT(0.01,6,4)                   | 15.20686
            BINOM.DIST(6,10,0.5,FALSE)           | 0.2050781
            BINOM.INV(6,0.5,0.75)                | 4
            BINOM.DIST.RANGE(60,0.75,48)         | 0.084
            BINOM.DIST.RANGE(60,0.75,45,50)      | 0.524
            NEGBINOM.DIST(10,5,0.25,TRUE)        | 0.3135141
            NEGBINOM.DIST(10,5,0.25,FALSE)       | 0.0550487
            HYPGEOM.DIST(1,4,8,20,TRUE)          | 0.4654
            HYPGEOM.DIST(1,4,8,20,FALSE)         | 0.3633
            """)
    void documentedExamples(String formula, String documented) {
        Documented.check(new Grid(), formula, documented);
    }
}
