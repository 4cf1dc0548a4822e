package org.xcbir.statistics;

import java.util.List;
import java.util.Map;

/**
 * Everything that needs the Confuser/Area split: Table 1, Table 2, the p-values and Figure 4.
 *
 * @param superclassByClass the split (class name to superclass)
 * @param boundaryTies      ties across the half boundary, see {@link SuperclassSplit#boundaryTies()}
 * @param table1            query distribution
 * @param table2            normalised ratios and gains
 * @param pValues           permutation test per metric and gain group
 * @param figure4           one point per class
 * @param figure5BySuperclass final answers split by the superclass searched in each condition
 */
public record SuperclassAnalysis(Map<String, Superclass> superclassByClass, List<String> boundaryTies,
                                 QueryDistribution table1, NormalisedRatioTable table2,
                                 List<PermutationPValue> pValues, List<Figure4Point> figure4,
                                 List<LikertBreakdown> figure5BySuperclass) {
}
