package org.xcbir.statistics;

/**
 * Final-questionnaire answers of the participants who searched a class of {@code superclass} in
 * {@code taskCondition}: Figure 5's split of the preference statement by the query classes each
 * sub-population saw (paper §5.3, "obtained from different sub-populations").
 */
public record LikertBreakdown(Condition taskCondition, Superclass superclass, LikertSummary summary) {
}
