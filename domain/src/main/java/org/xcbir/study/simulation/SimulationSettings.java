package org.xcbir.study.simulation;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.xcbir.study.Condition;

/**
 * How the simulated participants of a run behave, and the seed that makes the run replay exactly.
 *
 * @param policy               how results are judged
 * @param noise                probability of misjudging a result, 0 to 1
 * @param overlapThreshold     share of a map's mass on the target from which {@link MapTrustingPolicy} trusts it
 * @param refineAfterEveryPage refine after each page; without, participants only page down the query's ranking
 * @param pageLimit            pages after which a participant gives up a task
 * @param seed                 the run's seed; every participant's task and questionnaire draws derive from it
 */
public record SimulationSettings(PolicyName policy, double noise, double overlapThreshold,
        boolean refineAfterEveryPage, int pageLimit, long seed) {

    public static final String POLICY = "policy";
    public static final String NOISE = "noise";
    public static final String OVERLAP_THRESHOLD = "overlapThreshold";
    public static final String REFINE_AFTER_EVERY_PAGE = "refineAfterEveryPage";
    public static final String PAGE_LIMIT = "pageLimit";
    public static final String SEED = "seed";

    /** 500 results: far past where the paper's participants found their 12 (≈ 7–10 minutes per task). */
    public static final int DEFAULT_PAGE_LIMIT = 25;

    /** The streams of random draws a participant uses, one per task and one for the questionnaires. */
    private static final int STREAMS_PER_PARTICIPANT = 3;
    private static final int QUESTIONNAIRE_STREAM = 2;

    public enum PolicyName {
        GROUND_TRUTH("ground-truth"),
        MAP_TRUSTING("map-trusting");

        private final String tag;

        PolicyName(String tag) {
            this.tag = tag;
        }

        /** As written in job parameters. */
        public String tag() {
            return tag;
        }
    }

    public SimulationSettings {
        Objects.requireNonNull(policy, "policy");
        if (!(noise >= 0 && noise <= 1)) {
            throw new IllegalArgumentException(NOISE + " must be a probability from 0 to 1, not " + noise);
        }
        if (!(overlapThreshold >= 0 && overlapThreshold <= 1)) {
            throw new IllegalArgumentException(OVERLAP_THRESHOLD + " must be a share from 0 to 1, not "
                    + overlapThreshold);
        }
        if (pageLimit < 1) {
            throw new IllegalArgumentException(PAGE_LIMIT + " must be at least 1, not " + pageLimit);
        }
    }

    /** Map-trusting participants (the interesting case: the maps change what they mark), 5 % noise, seed 0. */
    public static SimulationSettings defaults() {
        return new SimulationSettings(PolicyName.MAP_TRUSTING, GroundTruthPolicy.DEFAULT_NOISE,
                MapTrustingPolicy.DEFAULT_OVERLAP_THRESHOLD, true, DEFAULT_PAGE_LIMIT, 0);
    }

    /**
     * Reads the settings from job parameters (keys {@value #POLICY}, {@value #NOISE}, {@value #OVERLAP_THRESHOLD},
     * {@value #REFINE_AFTER_EVERY_PAGE}, {@value #PAGE_LIMIT}, {@value #SEED}); an absent or blank value takes the
     * default and other keys are ignored, since the job has parameters of its own.
     *
     * @throws IllegalArgumentException naming the parameter and the value it cannot use (a number out of range is
     *                                  reported by the constructor, also by name)
     */
    public static SimulationSettings parse(Map<String, String> parameters) {
        SimulationSettings defaults = defaults();
        PolicyName policy = value(parameters, POLICY, defaults.policy(), SimulationSettings::policyNamed,
                "ground-truth or map-trusting");
        double noise = value(parameters, NOISE, defaults.noise(), Double::parseDouble, "a probability from 0 to 1");
        double overlapThreshold = value(parameters, OVERLAP_THRESHOLD, defaults.overlapThreshold(),
                Double::parseDouble, "a share from 0 to 1");
        boolean refine = value(parameters, REFINE_AFTER_EVERY_PAGE, defaults.refineAfterEveryPage(),
                SimulationSettings::bool, "true or false");
        int pageLimit = value(parameters, PAGE_LIMIT, defaults.pageLimit(), Integer::parseInt,
                "a whole number of at least 1");
        long seed = value(parameters, SEED, defaults.seed(), Long::parseLong, "a whole number");
        return new SimulationSettings(policy, noise, overlapThreshold, refine, pageLimit, seed);
    }

    /** {@link #parse(Map)} for job parameters as {@link Properties}. */
    public static SimulationSettings parse(Properties parameters) {
        Map<String, String> values = new HashMap<>();
        for (String key : parameters.stringPropertyNames()) {
            values.put(key, parameters.getProperty(key));
        }
        return parse(values);
    }

    public AdjudicationPolicy adjudicationPolicy() {
        return switch (policy) {
            case GROUND_TRUTH -> new GroundTruthPolicy(noise);
            case MAP_TRUSTING -> new MapTrustingPolicy(noise, overlapThreshold);
        };
    }

    public SimulatedParticipant participant() {
        return new SimulatedParticipant(adjudicationPolicy(), refineAfterEveryPage, pageLimit);
    }

    /**
     * The generator for one participant's task in one condition. Each (participant, use) gets an independent stream,
     * so adding participants or reordering the tasks does not change anyone else's draws.
     *
     * @param participant the participant's number in the run
     */
    public RandomGenerator randomForTask(long participant, Condition condition) {
        return stream(participant, condition.ordinal());
    }

    /** The generator for one participant's questionnaire answers. */
    public RandomGenerator randomForQuestionnaires(long participant) {
        return stream(participant, QUESTIONNAIRE_STREAM);
    }

    private RandomGenerator stream(long participant, int use) {
        // Hashing the key (rather than adding it to the seed) keeps streams apart: SplittableRandom seeded with
        // s + k·γ replays the stream of s shifted by k draws.
        return new SplittableRandom(mix(mix(seed) + participant * STREAMS_PER_PARTICIPANT + use));
    }

    /** Stafford's variant 13 of the MurmurHash3 finaliser, as SplittableRandom mixes its own state. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static <T> T value(Map<String, String> parameters, String key, T byDefault, Function<String, T> parser,
            String expected) {
        String text = parameters.get(key);
        if (text == null || text.isBlank()) {
            return byDefault;
        }
        try {
            return parser.apply(text.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + " must be " + expected + ", not '" + text + "'", e);
        }
    }

    private static PolicyName policyNamed(String text) {
        for (PolicyName name : PolicyName.values()) {
            if (name.tag().equalsIgnoreCase(text)) {
                return name;
            }
        }
        throw new IllegalArgumentException(text);
    }

    private static Boolean bool(String text) {
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.valueOf(text);
        }
        throw new IllegalArgumentException(text);
    }
}
