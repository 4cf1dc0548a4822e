package org.xcbir.descriptor;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The process environment PyTorch inference runs fast in on a CPU. Both settings are read by native code when the
 * process starts (OpenMP, glibc's allocator), so they cannot be set from Java: {@code bin/xcbir} and the build pass
 * them to Payara and the tools, and this class reports what a process actually got.
 *
 * <ul>
 *   <li>{@code OMP_WAIT_POLICY=PASSIVE}: idle OpenMP threads sleep instead of spinning, which on a small machine
 *       shared with Payara and Elasticsearch slowed inference several times.
 *   <li>{@code MALLOC_ARENA_MAX=1}, {@code MALLOC_MMAP_MAX_=0}, {@code MALLOC_TRIM_THRESHOLD_}: every layer
 *       allocates activation buffers of up to tens of MB and frees them; by default glibc gives each thread its
 *       own arena of small heaps and serves such blocks with fresh mappings it returns to the kernel on free, so
 *       the next layer page-faults zeroed pages back in (a third to half of inference time was kernel time). One
 *       arena that keeps freed memory made the descriptor's forward pass about 2.5× faster on 2 cores.
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

    /** The recommended variables this environment does not set. */
    public static List<String> missing(Map<String, String> environment) {
        return RECOMMENDED.keySet().stream().filter(name -> !environment.containsKey(name)).toList();
    }

    /** {@code omp_wait_policy=PASSIVE malloc_mmap_max=0 …} for a benchmark's BENCH line; "unset" where not set. */
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
