package org.xcbir.study.simulation;

import java.util.random.RandomGenerator;
import org.xcbir.study.LikertLevel;

/**
 * How a simulated participant tends to answer a statement: a normal draw around {@code mean} with standard
 * deviation {@code spread}, rounded and clamped to the scale.
 *
 * @param mean   the typical score, 1 to 6 (3.5 is undecided: the scale has no midpoint)
 * @param spread standard deviation in scale points; 0 always gives the rounded mean
 */
public record LikertTendency(double mean, double spread) {

    public LikertTendency {
        if (!(mean >= LikertLevel.MIN_SCORE && mean <= LikertLevel.MAX_SCORE)) {
            throw new IllegalArgumentException("a Likert tendency's mean is from " + LikertLevel.MIN_SCORE + " to "
                    + LikertLevel.MAX_SCORE + ", not " + mean);
        }
        if (!(spread >= 0 && Double.isFinite(spread))) {
            throw new IllegalArgumentException("a Likert tendency's spread is 0 or more, not " + spread);
        }
    }

    public LikertLevel draw(RandomGenerator random) {
        long score = Math.round(mean + spread * random.nextGaussian());
        return LikertLevel.ofScore((int) Math.max(LikertLevel.MIN_SCORE, Math.min(LikertLevel.MAX_SCORE, score)));
    }
}
