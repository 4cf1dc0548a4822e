package org.xcbir.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InferenceEnvironmentTest {

    @Test
    void reportsTheRecommendedVariablesAProcessLacks() {
        assertEquals(List.of("OMP_WAIT_POLICY", "MALLOC_ARENA_MAX", "MALLOC_MMAP_MAX_", "MALLOC_TRIM_THRESHOLD_"),
                InferenceEnvironment.missing(Map.of("PATH", "/bin")));
        assertEquals(List.of("MALLOC_ARENA_MAX"), InferenceEnvironment.missing(Map.of("OMP_WAIT_POLICY", "ACTIVE",
                "MALLOC_MMAP_MAX_", "0", "MALLOC_TRIM_THRESHOLD_", "1")));
        assertEquals(List.of(), InferenceEnvironment.missing(InferenceEnvironment.RECOMMENDED));
    }

    @Test
    void benchFieldsAreOneKeyValuePairPerVariable() {
        assertEquals("omp_wait_policy=PASSIVE malloc_arena_max=unset malloc_mmap_max=0 malloc_trim_threshold=a_b",
                InferenceEnvironment.benchFields(Map.of("OMP_WAIT_POLICY", "PASSIVE", "MALLOC_MMAP_MAX_", "0",
                        "MALLOC_TRIM_THRESHOLD_", "a b")));
    }
}
