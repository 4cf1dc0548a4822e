package org.xcbir.descriptor;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The process environment PyTorch inference runs fast in on a CPU. These variables are read by native code when
 * the process starts (OpenMP, glibc's allocator), so they cannot be set from Java: {@code bin/xcbir} and the build
 * pass them to Payara and the tools, and this class reports what a process actually got.
 *
 * <ul>
 *   <li>{@code OMP_WAIT_POLICY=PASSIVE}: idle OpenMP threads sleep instead of spinning, which on a small machine
 *       shared with Payara and Elasticsearch slowed inference several times.
 *   <li>{@code MALLOC_ARENA_MAX=1}, {@code MALLOC_MMAP_MAX_=0}, {@code MALLOC_TRIM_THRESHOLD_}: every layer
 *       allocates activation buffers of up to tens of MB and frees them; by default glibc gives each thread its
 *       own arena of small heaps and serves such blocks with fresh mappings it returns to the kernel on free, so
 *       the next layer page-faults zeroed pages back in (a third to half of inference time was kernel time). One
 *       arena that keeps freed memory made the descriptor's forward pass about 3× faster on 2 cores.
 * </ul>
 */
public final class InferenceEnvironment {

    /** Variable → recommended value, in the order benchmarks print them. */
    public static final Map<String, String> RECOMMENDED = recommended();

    private InferenceEnvironment() {}

    private static Map<String, String> recommended() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("OMP_WAIT_POLICY", "PASSIVE");
        values.put("MALLOC_ARENA_MAX", "1");
        values.put("MALLOC_MMAP_MAX_", "0");
        values.put("MALLOC_TRIM_THRESHOLD_", "1073741824");
        return Collections.unmodifiableMap(values);
    }

    /** Each recommended variable this environment lacks or sets otherwise, e.g. {@code MALLOC_ARENA_MAX=8 (not 1)}. */
    public static List<String> deviations(Map<String, String> environment) {
        return RECOMMENDED.entrySet().stream()
                .filter(recommended -> !recommended.getValue().equals(environment.get(recommended.getKey())))
                .map(recommended -> environment.containsKey(recommended.getKey())
                        ? recommended.getKey() + "=" + environment.get(recommended.getKey())
                                + " (not " + recommended.getValue() + ")"
                        : recommended.getKey() + " unset")
                .toList();
    }

    /** "ok", or what differs from the recommended settings, for the readiness check and the server log. */
    public static String status(Map<String, String> environment) {
        List<String> deviations = deviations(environment);
        return deviations.isEmpty() ? "ok" : "slower inference: " + String.join(", ", deviations);
    }

    /**
     * {@code omp_wait_policy=PASSIVE malloc_arena_max=1 malloc_mmap_max=0 …} for a benchmark's BENCH line; "unset"
     * where not set.
     */
    public static String benchFields(Map<String, String> environment) {
        return RECOMMENDED.keySet().stream()
                .map(name -> benchKey(name) + "=" + environment.getOrDefault(name, "unset").replace(' ', '_'))
                .collect(Collectors.joining(" "));
    }

    private static String benchKey(String variable) {
        String key = variable.toLowerCase(Locale.ROOT);
        return key.endsWith("_") ? key.substring(0, key.length() - 1) : key;
    }
}
