package org.aibyhand.engine.function;

/** Registers every category of built-in functions. */
final class BuiltIns {
    private BuiltIns() {
    }

    static void registerAll(FunctionRegistry registry) {
        MathFunctions.register(registry);
        RoundingFunctions.register(registry);
        TrigFunctions.register(registry);
        SumFunctions.register(registry);
        StatisticalFunctions.register(registry);
        CountFunctions.register(registry);
        LogicalFunctions.register(registry);
        InformationFunctions.register(registry);
        TextFunctions.register(registry);
        LookupFunctions.register(registry);
        MatchFunction.register(registry);
        MatrixFunctions.register(registry);
        LambdaFunctions.register(registry);
        ConditionalAggregates.register(registry);
        TextSearchFunctions.register(registry);
        OrderStatistics.register(registry);
        XLookupFunctions.register(registry);
        ArrayBuildFunctions.register(registry);
        ArraySliceFunctions.register(registry);
        ArrayShapeFunctions.register(registry);
        SortFunctions.register(registry);
        FilterFunctions.register(registry);
        TableLookupFunctions.register(registry);
        RomanNumerals.register(registry);
        MultipleRounding.register(registry);
        DateFunctions.register(registry);
        IntegerFunctions.register(registry);
        NormalDistributions.register(registry);
        GammaDistributions.register(registry);
        BetaDistributions.register(registry);
        DiscreteDistributions.register(registry);
        EngineeringFunctions.register(registry);
        RadixConversions.register(registry);
        CharacterFunctions.register(registry);
        TextSlicing.register(registry);
        DatabaseFunctions.register(registry);
        AnnuityFunctions.register(registry);
        CashFlowFunctions.register(registry);
        DepreciationFunctions.register(registry);
        ReferenceFunctions.register(registry);
        RandomFunctions.register(registry);
        SheetInformation.register(registry);
        PairedStatistics.register(registry);
        Percentiles.register(registry);
        ShapeStatistics.register(registry);
        ComplexFunctions.register(registry);
        SecurityFunctions.register(registry);
    }
}
