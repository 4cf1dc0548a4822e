package org.xcbir.it.support;

import java.net.http.HttpResponse;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the MicroProfile Health readiness document. */
public final class Readiness {
    private Readiness() {
    }

    /** The status ("UP"/"DOWN") of the named check, or null if the document has no such check. */
    public static String status(String json, String check) {
        Matcher m = Pattern.compile("\\{\"name\":\"" + check + "\",\"status\":\"(UP|DOWN)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    /** The model check's report on the process settings inference runs fast with: "ok", or what differs. */
    public static String inferenceEnvironment(String json) {
        Matcher m = Pattern.compile("\"environment\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    public static HttpResponse<String> awaitUp() {
        return await(r -> r.statusCode() == 200, "readiness UP");
    }

    public static HttpResponse<String> await(Predicate<HttpResponse<String>> condition, String what) {
        long deadline = System.nanoTime() + 240_000_000_000L;
        HttpResponse<String> last = null;
        while (System.nanoTime() < deadline) {
            last = ItEnvironment.get(ItEnvironment.readinessUrl());
            if (condition.test(last)) {
                return last;
            }
            sleep();
        }
        throw new AssertionError("timed out waiting for " + what + "; last answer: "
                + (last == null ? "none" : last.statusCode() + " " + last.body()));
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
