package org.aibyhand.engine.formula;

import java.util.HashMap;
import java.util.Map;

/** The prefixes Excel writes in files before functions newer than Excel 2007. */
public final class StorageNames {
    private static final Map<String, String> PREFIXES = new HashMap<>();

    static {
        for (String name : ("LET LAMBDA MAP REDUCE SCAN MAKEARRAY BYROW BYCOL ISOMITTED SEQUENCE RANDARRAY UNIQUE "
                + "XLOOKUP XMATCH HSTACK VSTACK TAKE DROP CHOOSEROWS CHOOSECOLS TOCOL TOROW WRAPROWS WRAPCOLS EXPAND "
                + "TEXTSPLIT TEXTBEFORE TEXTAFTER VALUETOTEXT ARRAYTOTEXT SORTBY STDEV.S STDEV.P VAR.S VAR.P IFNA XOR "
                + "CONCAT TEXTJOIN IFS SWITCH MAXIFS MINIFS CEILING.MATH FLOOR.MATH MODE.SNGL MODE.MULT "
                + "PERCENTILE.INC PERCENTILE.EXC QUARTILE.INC QUARTILE.EXC RANK.EQ RANK.AVG NORM.DIST NORM.S.DIST "
                + "NORM.INV NORM.S.INV COVARIANCE.P COVARIANCE.S AGGREGATE DAYS ISOWEEKNUM BITAND BITOR BITXOR "
                + "ACOT ACOTH COT COTH CSC CSCH SEC SECH ARABIC BASE DECIMAL COMBINA PERMUTATIONA GAMMA GAUSS PHI "
                + "SHEET SHEETS FORMULATEXT ISFORMULA NUMBERVALUE UNICHAR UNICODE "
                + "CEILING.PRECISE FLOOR.PRECISE ERF.PRECISE ERFC.PRECISE GAMMALN.PRECISE GAMMA.DIST GAMMA.INV "
                + "BETA.DIST BETA.INV BINOM.DIST BINOM.DIST.RANGE BINOM.INV NEGBINOM.DIST HYPGEOM.DIST POISSON.DIST "
                + "EXPON.DIST WEIBULL.DIST LOGNORM.DIST LOGNORM.INV CHISQ.DIST CHISQ.DIST.RT CHISQ.INV CHISQ.INV.RT "
                + "T.DIST T.DIST.2T T.DIST.RT T.INV T.INV.2T F.DIST F.DIST.RT F.INV F.INV.RT CONFIDENCE.NORM "
                + "CONFIDENCE.T BITLSHIFT BITRSHIFT PDURATION RRI MUNIT").split(" ")) {
            PREFIXES.put(name, "_xlfn.");
        }
        for (String name : new String[] {"SORT", "FILTER"}) {
            PREFIXES.put(name, "_xlfn._xlws.");
        }
    }

    private StorageNames() {
    }

    /** The prefix Excel stores before {@code name} (upper case, unprefixed), or "" for older functions. */
    public static String prefixOf(String name) {
        return PREFIXES.getOrDefault(name, "");
    }
}
