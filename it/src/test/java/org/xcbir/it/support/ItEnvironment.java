package org.xcbir.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.xcbir.descriptor.InferenceEnvironment;

/** Where the services of this IT run, as prepared by bin/xcbir it-up (see it/pom.xml). */
public final class ItEnvironment {
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private ItEnvironment() {
    }

    public static String appUrl() {
        return "http://localhost:" + System.getProperty("it.http.port") + "/xcbir";
    }

    public static String readinessUrl() {
        return "http://localhost:" + System.getProperty("it.http.port") + "/health/ready";
    }

    /** The password the application generated for 'admin' on its first start in this test run. */
    public static String initialAdminPassword() {
        try {
            return Files.readString(Path.of(System.getProperty("it.var"), "data", "initial-admin-password")).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("the initial admin password file is missing; run the ITs via mvn verify", e);
        }
    }

    public static HttpResponse<String> get(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The resident memory of this IT's Payara process (found in /proc by its domain on the command line): what the
     * operating system sees the server use, heap and native (PyTorch) together.
     */
    public static long serverResidentBytes() {
        Pattern domain = Pattern.compile("ASMain.*-domainname (" + Pattern.quote(System.getProperty("it.domain")) + ")( |$)");
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String commandLine = new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8)
                            .replace('\0', ' ');
                    if (domain.matcher(commandLine).find()) {
                        for (String line : Files.readAllLines(process.resolve("status"))) {
                            if (line.startsWith("VmRSS:")) {
                                return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                            }
                        }
                    }
                } catch (IOException gone) {
                    // the process ended while we looked
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("no Payara process of domain " + System.getProperty("it.domain") + " in /proc");
    }

    /** Runs a bin/xcbir command against this IT's Elasticsearch node or Payara domain (e.g. es-stop, domain-kill). */
    public static void launcher(String command) {
        ProcessBuilder process = new ProcessBuilder("bash", System.getProperty("it.launcher"), command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT);
        // what a server started here gets must come from bin/xcbir itself, not from this test JVM's environment
        InferenceEnvironment.RECOMMENDED.keySet().forEach(process.environment()::remove);
        process.environment().put("XCBIR_RUNTIME_DIR", System.getProperty("it.runtime.dir"));
        process.environment().put("XCBIR_VAR", System.getProperty("it.var"));
        process.environment().put("XCBIR_ES_PORT", System.getProperty("it.es.port"));
        process.environment().put("XCBIR_DOMAIN", System.getProperty("it.domain"));
        // domain-start waits until the application answers at this port
        process.environment().put("XCBIR_HTTP_PORT", System.getProperty("it.http.port"));
        process.environment().put("XCBIR_ADMIN_PORT", System.getProperty("it.admin.port"));
        try {
            Process running = process.start();
            if (!running.waitFor(180, TimeUnit.SECONDS) || running.exitValue() != 0) {
                running.destroyForcibly();
                throw new IllegalStateException("bin/xcbir " + command + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
