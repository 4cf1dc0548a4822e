package org.xcbir.study.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xcbir.study.Condition;

class SimulationSettingsTest {

    @Test
    void noParametersGiveTheDefaults() {
        SimulationSettings settings = SimulationSettings.parse(Map.of());

        assertEquals(SimulationSettings.defaults(), settings);
        assertEquals(SimulationSettings.PolicyName.MAP_TRUSTING, settings.policy());
        assertEquals(0.05, settings.noise());
        assertEquals(0.3, settings.overlapThreshold());
        assertTrue(settings.refineAfterEveryPage());
        assertEquals(25, settings.pageLimit());
        assertEquals(new MapTrustingPolicy(0.05, 0.3), settings.adjudicationPolicy());
    }

    @Test
    void blankValuesAndOtherJobParametersAreIgnored() {
        Map<String, String> parameters = new HashMap<>();
        parameters.put("studyId", "7");
        parameters.put("participants", "30");
        parameters.put(SimulationSettings.NOISE, "  ");
        assertEquals(SimulationSettings.defaults(), SimulationSettings.parse(parameters));
    }

    @Test
    void readsEveryParameter() {
        SimulationSettings settings = SimulationSettings.parse(Map.of(
                "policy", " Ground-Truth ", "noise", "0.2", "overlapThreshold", "0.45",
                "refineAfterEveryPage", "FALSE", "pageLimit", "40", "seed", "-12345678901"));

        assertEquals(new SimulationSettings(SimulationSettings.PolicyName.GROUND_TRUTH, 0.2, 0.45, false, 40,
                -12_345_678_901L), settings);
        assertEquals(new GroundTruthPolicy(0.2), settings.adjudicationPolicy());
    }

    @Test
    void readsProperties() {
        Properties properties = new Properties();
        properties.setProperty("policy", "map-trusting");
        properties.setProperty("pageLimit", "3");
        SimulationSettings settings = SimulationSettings.parse(properties);
        assertEquals(SimulationSettings.PolicyName.MAP_TRUSTING, settings.policy());
        assertEquals(3, settings.pageLimit());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "policy               | random          | ground-truth or map-trusting",
        "policy               | ground_truth    | ground-truth or map-trusting",
        "noise                | much            | noise must be a probability from 0 to 1",
        "noise                | 1.5             | noise must be a probability from 0 to 1",
        "noise                | -0.1            | noise must be a probability from 0 to 1",
        "noise                | NaN             | noise must be a probability from 0 to 1",
        "overlapThreshold     | 30%             | overlapThreshold must be a share from 0 to 1",
        "overlapThreshold     | 2               | overlapThreshold must be a share from 0 to 1",
        "refineAfterEveryPage | yes             | refineAfterEveryPage must be true or false",
        "pageLimit            | 0               | pageLimit must be at least 1",
        "pageLimit            | 2.5             | pageLimit must be a whole number of at least 1",
        "pageLimit            | 99999999999     | pageLimit must be a whole number of at least 1",
        "seed                 | 0x10            | seed must be a whole number",
    })
    void rejectsABadValueNamingTheParameterAndTheValue(String key, String value, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SimulationSettings.parse(Map.of(key, value)));
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertTrue(e.getMessage().contains(key) && e.getMessage().contains(value), e.getMessage());
    }

    @Test
    void buildsTheParticipantTheSettingsDescribe() {
        SimulationSettings settings = new SimulationSettings(SimulationSettings.PolicyName.GROUND_TRUTH, 0, 0.3,
                false, 2, 1);
        FakeSearchTask task = FakeSearchTask.ranked(Fixtures.ids(100));
        SearchOutcome outcome = settings.participant().search(task, Condition.NO_XAI,
                Fixtures.archive(100, id -> false), 12, settings.randomForTask(0, Condition.NO_XAI));
        assertEquals(2, outcome.pagesSeen());
        assertEquals(0, task.refinements);
    }

    @Test
    void everyParticipantAndUseHasItsOwnReproducibleStream() {
        SimulationSettings settings = SimulationSettings.defaults();
        long[] firstDraws = {
            first(settings.randomForTask(0, Condition.NO_XAI)), first(settings.randomForTask(0, Condition.WITH_XAI)),
            first(settings.randomForQuestionnaires(0)), first(settings.randomForTask(1, Condition.NO_XAI)),
            first(settings.randomForTask(1, Condition.WITH_XAI)), first(settings.randomForQuestionnaires(1)),
        };
        for (int i = 0; i < firstDraws.length; i++) {
            for (int j = i + 1; j < firstDraws.length; j++) {
                assertNotEquals(firstDraws[i], firstDraws[j], "streams " + i + " and " + j);
            }
        }
        assertEquals(first(settings.randomForTask(1, Condition.WITH_XAI)),
                first(SimulationSettings.parse(Map.of()).randomForTask(1, Condition.WITH_XAI)));
        assertNotEquals(first(settings.randomForTask(0, Condition.NO_XAI)), first(new SimulationSettings(
                settings.policy(), settings.noise(), settings.overlapThreshold(), true, 25, 1)
                .randomForTask(0, Condition.NO_XAI)), "another seed");
    }

    @Test
    void aStreamIsNotAnotherStreamShifted() {
        // Seeding SplittableRandom with seed + k·γ would replay the neighbouring stream k draws later.
        SimulationSettings settings = SimulationSettings.defaults();
        RandomGenerator second = settings.randomForTask(0, Condition.WITH_XAI);
        long secondsFirstDraw = second.nextLong();
        RandomGenerator first = settings.randomForTask(0, Condition.NO_XAI);
        for (int draw = 0; draw < 1000; draw++) {
            assertNotEquals(secondsFirstDraw, first.nextLong());
        }
    }

    private static long first(RandomGenerator random) {
        return random.nextLong();
    }
}
