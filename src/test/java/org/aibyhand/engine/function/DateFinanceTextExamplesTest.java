package org.aibyhand.engine.function;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Date, financial and text functions against Microsoft's documented examples. Dates are written with DATE, so
 * the expected serials are those of Excel's 1900 system (1900-01-01 is 1, 1900-02-29 is 60). XIRR is compared
 * to 7 of the 9 digits printed: Excel stops its iteration about 1e-9 short of the root.
 */
class DateFinanceTextExamplesTest {
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            DATE(2008,1,2)                                  | 39449
            DATE(108,1,2)                                   | 39449
            DATE(2008,14,2)                                 | 39846
            DATE(2008,-3,2)                                 | 39327
            DATE(2008,1,35)                                 | 39482
            DATE(1900,1,1)                                  | 1
            DATE(1900,2,29)                                 | 60
            DATE(1900,3,1)                                  | 61
            DATE(10000,1,1)                                 | #NUM!
            YEAR(60)                                        | 1900
            MONTH(60)                                       | 2
            DAY(60)                                         | 29
            DAY(0)                                          | 0
            DAYS(DATE(2021,3,15),DATE(2021,2,1))            | 42
            DAYS360(DATE(2011,1,1),DATE(2011,12,31))        | 360
            EDATE(DATE(2011,1,15),1)                        | 40589
            EDATE(DATE(2011,1,15),-1)                       | 40527
            EOMONTH(DATE(2011,1,1),1)                       | 40602
            EOMONTH(DATE(2011,1,1),-3)                      | 40482
            TIME(12,0,0)                                    | 0.5
            TIME(16,48,10)                                  | 0.700115741
            HOUR(0.75)                                      | 18
            MINUTE(TIME(12,45,0))                           | 45
            SECOND(TIME(16,48,18))                          | 18
            WEEKDAY(DATE(2008,2,14))                        | 5
            WEEKDAY(DATE(2008,2,14),2)                      | 4
            WEEKDAY(DATE(2008,2,14),3)                      | 3
            YEARFRAC(DATE(2012,1,1),DATE(2012,7,30))        | 0.58055556
            YEARFRAC(DATE(2012,1,1),DATE(2012,7,30),1)      | 0.57650273
            YEARFRAC(DATE(2012,1,1),DATE(2012,7,30),3)      | 0.57808219
            FV(0.06/12,10,-200,-500,1)                      | 2581.40
            PV(0.08/12,12*20,500,,0)                        | -59777.15
            PMT(0.08/12,10,10000)                           | -1037.03
            PMT(0.08/12,10,10000,0,1)                       | -1030.16
            NPER(0.12/12,-100,-1000,10000,1)                | 59.6738657
            NPER(0.12/12,-100,-1000,10000)                  | 60.0821229
            NPER(0.12/12,-100,-1000)                        | -9.57859404
            RATE(4*12,-200,8000)                            | 0.0077
            IPMT(0.1/12,1,3*12,8000)                        | -66.67
            IPMT(0.1,3,3,8000)                              | -292.45
            PPMT(0.1/12,1,2*12,2000)                        | -75.62
            CUMIPMT(0.09/12,30*12,125000,13,24,0)           | -11135.23213
            CUMIPMT(0.09/12,30*12,125000,1,1,0)             | -937.5
            CUMPRINC(0.09/12,30*12,125000,13,24,0)          | -934.1071234
            CUMPRINC(0.09/12,30*12,125000,1,1,0)            | -68.27827118
            NPV(0.1,-10000,3000,4200,6800)                  | 1188.44
            IRR({-70000,12000,15000,18000,21000})           | -0.021
            IRR({-70000,12000,15000,18000,21000,26000})     | 0.087
            IRR({-70000,12000,15000},-0.1)                  | -0.444
            MIRR({-120000,39000,30000,21000,37000,46000},0.1,0.12) | 0.126
            XNPV(0.09,{-10000,2750,4250,3250,2750},{39448,39508,39751,39859,39904}) | 2086.65
            XIRR({-10000,2750,4250,3250,2750},{39448,39508,39751,39859,39904})      | 0.3733625
            EFFECT(0.0525,4)                                | 0.0535427
            NOMINAL(0.053543,4)                             | 0.05250032
            SLN(30000,7500,10)                              | 2250
            SYD(30000,7500,10,1)                            | 4090.91
            SYD(30000,7500,10,10)                           | 409.09
            DDB(2400,300,10*365,1)                          | 1.32
            DDB(2400,300,10*12,1,2)                         | 40.00
            DDB(2400,300,10,1,2)                            | 480
            DDB(2400,300,10,1,1.5)                          | 360
            DDB(2400,300,10,10)                             | 22.12
            DB(1000000,100000,6,1,7)                        | 186083.33
            DB(1000000,100000,6,2,7)                        | 259639.42
            DB(1000000,100000,6,7,7)                        | 15845.10
            PDURATION(0.025,2000,2200)                      | 3.86
            ACCRINT(DATE(2008,3,1),DATE(2008,8,31),DATE(2008,5,1),0.1,1000,2,0)        | 16.66666667
            ACCRINT(DATE(2008,3,5),DATE(2008,8,31),DATE(2008,5,1),0.1,1000,2,0,FALSE)  | 15.55555556
            ACCRINT(DATE(2008,4,5),DATE(2008,8,31),DATE(2008,5,1),0.1,1000,2,0,TRUE)   | 7.2222222
            ACCRINTM(DATE(2008,4,1),DATE(2008,6,15),0.1,1000,3)                       | 20.54794521
            INTRATE(DATE(2008,2,15),DATE(2008,5,15),1000000,1014420,2)                | 0.05768
            TBILLPRICE(DATE(2008,3,31),DATE(2008,6,1),0.09)                           | 98.45
            TBILLYIELD(DATE(2008,3,31),DATE(2008,6,1),98.45)                          | 0.0914
            TBILLEQ(DATE(2008,3,31),DATE(2008,6,1),0.0914)                            | 0.094151
            RRI(96,10000,11000)                             | 0.0009933
            FVSCHEDULE(1,{0.09,0.11,0.1})                   | 1.33089
            DOLLARDE(1.02,16)                               | 1.125
            DOLLARDE(1.1,32)                                | 1.3125
            DOLLARFR(1.125,16)                              | 1.02
            DOLLARFR(1.125,32)                              | 1.04
            CHAR(65)                                        | "A"
            CHAR(33)                                        | "!"
            CODE("A")                                       | 65
            CODE("!")                                       | 33
            UNICHAR(66)                                     | "B"
            UNICODE("B")                                    | 66
            UNICODE(" ")                                    | 32
            EXACT("word","word")                            | TRUE
            EXACT("Word","word")                            | FALSE
            PROPER("this is a TITLE")                       | "This Is A Title"
            PROPER("2-way street")                          | "2-Way Street"
            PROPER("76BudGet")                              | "76Budget"
            CLEAN(CHAR(9)&"Monthly report"&CHAR(10))        | "Monthly report"
            T("Rainfall")                                   | "Rainfall"
            T(19)                                           | ""
            TEXTBEFORE("Red riding hood's, red hood","hood")        | "Red riding "
            TEXTBEFORE("Red riding hood's, red hood","red",2,1)     | "Red riding hood's, "
            TEXTAFTER("Red riding hood's, red hood","hood")         | "'s, red hood"
            TEXTAFTER("Red riding hood's, red hood","HOOD",1,1)     | "'s, red hood"
            TEXTAFTER("Red riding hood's, red hood","basket",1,0,0,"Not found") | "Not found"
            TEXTAFTER("Red riding hood's, red hood","hood",-1)      | ""
            TEXTBEFORE("Red riding hood's, red hood","x")           | #N/A
            ADDRESS(2,3)                                    | "$C$2"
            ADDRESS(2,3,2)                                  | "C$2"
            ADDRESS(2,3,2,FALSE)                            | "R2C[3]"
            ADDRESS(2,3,1,FALSE,"[Book1]Sheet1")            | "'[Book1]Sheet1'!R2C3"
            ADDRESS(2,3,1,FALSE,"EXCEL SHEET")              | "'EXCEL SHEET'!R2C3"
            """)
    void documentedExamples(String formula, String documented) {
        Documented.check(new Grid(), formula, documented);
    }
}
