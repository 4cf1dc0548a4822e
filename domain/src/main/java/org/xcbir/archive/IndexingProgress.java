package org.xcbir.archive;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Speed and time left of a running indexing job, from the images processed since this run started (a restarted
 * job's earlier images do not inflate the rate).
 */
public record IndexingProgress(int processedAtStart, int processed, int total, Instant startedAt, Instant now) {

    public Optional<Double> imagesPerSecond() {
        double seconds = Duration.between(startedAt, now).toMillis() / 1000.0;
        int done = processed - processedAtStart;
        return seconds <= 0 || done <= 0 ? Optional.empty() : Optional.of(done / seconds);
    }

    public Optional<Duration> timeLeft() {
        return imagesPerSecond().map(rate -> Duration.ofSeconds(Math.round(Math.max(0, total - processed) / rate)));
    }

    /** "3.2 images/s, about 4 min left", or "starting" before the first chunk is done. */
    public String describe() {
        return imagesPerSecond().map(rate -> String.format(Locale.ROOT, "%.1f images/s, about %s left", rate,
                humanDuration(timeLeft().orElseThrow()))).orElse("starting");
    }

    private static String humanDuration(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds < 90) {
            return seconds + " s";
        }
        if (seconds < 90 * 60) {
            return Math.round(seconds / 60.0) + " min";
        }
        return String.format(Locale.ROOT, "%.1f h", seconds / 3600.0);
    }
}
