package org.xcbir.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InferenceEnvironmentTest {

    @Test
    void reportsEveryRecommendedVariableThatIsUnsetOrDifferent() {
        assertEquals(List.of("OMP_WAIT_POLICY unset", "MALLOC_ARENA_MAX unset", "MALLOC_MMAP_MAX_ unset",
                "MALLOC_TRIM_THRESHOLD_ unset"), InferenceEnvironment.deviations(Map.of("PATH", "/bin")));
        assertEquals(List.of("OMP_WAIT_POLICY=ACTIVE (not PASSIVE)", "MALLOC_ARENA_MAX unset"),
                InferenceEnvironment.deviations(Map.of("OMP_WAIT_POLICY", "ACTIVE", "MALLOC_MMAP_MAX_", "0",
                        "MALLOC_TRIM_THRESHOLD_", "1073741824")));
        assertEquals(List.of(), InferenceEnvironment.deviations(InferenceEnvironment.RECOMMENDED));
    }

    @Test
    void statusIsOkOnlyWithTheRecommendedSettings() {
        assertEquals("ok", InferenceEnvironment.status(InferenceEnvironment.RECOMMENDED));
        assertEquals("slower inference: OMP_WAIT_POLICY unset, MALLOC_ARENA_MAX=8 (not 1)",
                InferenceEnvironment.status(Map.of("MALLOC_ARENA_MAX", "8", "MALLOC_MMAP_MAX_", "0",
                        "MALLOC_TRIM_THRESHOLD_", "1073741824")));
    }

    @Test
    void benchFieldsAreOneKeyValuePairPerVariable() {
        assertEquals("omp_wait_policy=PASSIVE malloc_arena_max=unset malloc_mmap_max=0 malloc_trim_threshold=a_b",
                InferenceEnvironment.benchFields(Map.of("OMP_WAIT_POLICY", "PASSIVE", "MALLOC_MMAP_MAX_", "0",
                        "MALLOC_TRIM_THRESHOLD_", "a b")));
    }
}
