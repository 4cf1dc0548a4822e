package org.xcbir.retrieval.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.xcbir.retrieval.workingset.ExactNeighbourSource;
import org.xcbir.retrieval.workingset.Neighbour;

/**
 * Elasticsearch's approximate kNN (HNSW, what searches use) against the exact ranking of the same index, on the
 * same query vectors in one run: recall@k and the time per query of both, for several num_candidates (HNSW's
 * search breadth). The exact ranking is an in-process scan over every vector of the index (the node's
 * distribution has no scripting for an exact search there); its time is pure computation, the kNN time includes
 * the HTTP round trip, so the speed ratio is conservative. kNN hits are read from doc values (image id), not from
 * the stored document, whose 1280 numbers would dominate the fetch. The headline is the smallest num_candidates
 * that reaches the recall target. The last line is machine-readable: {@code BENCH knn key=value …}.
 */
public final class KnnBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final double RECALL_TARGET = 0.98;
    private static final double SPEED_TARGET = 10;
    private static final int[] DEFAULT_CANDIDATES = {100, 150, 200, 300, 500, 1000};

    private KnnBenchmark() {
    }

    private record Run(int candidates, double recall, double meanMs, double p95Ms) {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        String es = "http://127.0.0.1:9200";
        String alias = "xcbir-demo";
        int queries = 50;
        int k = 100;
        int[] candidateCounts = DEFAULT_CANDIDATES;
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--es" -> es = args[i + 1];
                case "--archive" -> alias = "xcbir-" + args[i + 1];
                case "--index" -> alias = args[i + 1];
                case "--queries" -> queries = Integer.parseInt(args[i + 1]);
                case "--k" -> k = Integer.parseInt(args[i + 1]);
                case "--candidates" -> candidateCounts = Arrays.stream(args[i + 1].split(","))
                        .mapToInt(Integer::parseInt).sorted().distinct().toArray();
                default -> throw new IllegalArgumentException("usage: KnnBenchmark [--es URL] [--archive NAME | --index INDEX]"
                        + " [--queries Q] [--k K] [--candidates C[,C…]]");
            }
        }
        if (!exists(es, alias)) {
            System.err.println(notPublishedMessage(es, alias));
            System.exit(2);
        }
        long loadStart = System.nanoTime();
        List<Neighbour> vectors = allVectors(es, alias);
        JsonNode segments = get(es + "/" + alias + "/_segments");
        System.out.printf(Locale.ROOT, "%s: %d vectors loaded in %.1f s (%d segments); %d queries, k=%d%n",
                alias, vectors.size(), (System.nanoTime() - loadStart) / 1e9, segmentCount(segments), queries, k);
        ExactNeighbourSource exact = new ExactNeighbourSource(vectors);
        Random random = new Random(7);
        List<float[]> sample = new ArrayList<>();
        for (int i = 0; i < queries; i++) {
            sample.add(vectors.get(random.nextInt(vectors.size())).vector());
        }
        for (int i = 0; i < 3; i++) { // warm-up: JIT, HNSW graph and vectors in the page cache
            exact.nearest(sample.get(i % sample.size()), k);
            approximate(es, alias, sample.get(i % sample.size()), k, candidateCounts[candidateCounts.length - 1]);
        }

        double[] exactMs = new double[queries];
        List<Set<Long>> truths = new ArrayList<>();
        for (int q = 0; q < queries; q++) {
            long start = System.nanoTime();
            List<Neighbour> exactHits = exact.nearest(sample.get(q), k);
            exactMs[q] = (System.nanoTime() - start) / 1e6;
            Set<Long> truth = new HashSet<>();
            exactHits.forEach(n -> truth.add(n.imageId()));
            truths.add(truth);
        }
        double exactMean = Arrays.stream(exactMs).average().orElse(0);
        System.out.printf(Locale.ROOT, "exact (in-process scan of %d vectors): mean %.1f ms, p95 %.1f ms%n",
                vectors.size(), exactMean, p95(exactMs));

        List<Run> runs = new ArrayList<>();
        for (int candidates : candidateCounts) {
            double[] approxMs = new double[queries];
            double recall = 0;
            for (int q = 0; q < queries; q++) {
                long start = System.nanoTime();
                List<Long> approximateIds = approximate(es, alias, sample.get(q), k, Math.max(k, candidates));
                approxMs[q] = (System.nanoTime() - start) / 1e6;
                Set<Long> truth = truths.get(q);
                recall += approximateIds.stream().filter(truth::contains).count() / (double) truth.size();
            }
            Run run = new Run(Math.max(k, candidates), recall / queries, Arrays.stream(approxMs).average().orElse(0),
                    p95(approxMs));
            runs.add(run);
            System.out.printf(Locale.ROOT, "HNSW num_candidates %4d: recall@%d %.4f, mean %.1f ms, p95 %.1f ms"
                    + " (HTTP included), exact / approximate %.1fx%n", run.candidates(), k, run.recall(),
                    run.meanMs(), run.p95Ms(), exactMean / run.meanMs());
        }
        Run headline = runs.stream().filter(r -> r.recall() >= RECALL_TARGET).findFirst()
                .orElse(runs.get(runs.size() - 1));
        double speedup = exactMean / headline.meanMs();
        boolean meets = vectors.size() >= 100_000 && headline.recall() >= RECALL_TARGET && speedup >= SPEED_TARGET;
        System.out.printf(Locale.ROOT, "headline (smallest num_candidates with recall >= %.2f): %d, %.1fx (targets:"
                + " recall >= %.2f and >= %.0fx on >= 100,000 vectors: %s)%n", RECALL_TARGET, headline.candidates(),
                speedup, RECALL_TARGET, SPEED_TARGET, meets ? "met" : "not met");
        System.out.printf(Locale.ROOT, "BENCH knn documents=%d segments=%d queries=%d k=%d num_candidates=%d recall=%.4f"
                        + " approx_ms_mean=%.2f approx_ms_p95=%.2f exact_ms_mean=%.2f exact_ms_p95=%.2f speedup=%.2f"
                        + " meets_target=%b%n",
                vectors.size(), segmentCount(segments), queries, k, headline.candidates(), headline.recall(),
                headline.meanMs(), headline.p95Ms(), exactMean, p95(exactMs), speedup, meets);
    }

    /**
     * An archive's alias appears only when its indexing finishes; before that, name the index it is filling rather
     * than fail with Elasticsearch's bare "no such index".
     */
    private static String notPublishedMessage(String es, String alias) throws IOException, InterruptedException {
        HttpResponse<String> candidates = HTTP.send(HttpRequest.newBuilder(URI.create(
                es + "/_cat/indices/" + alias + "-*?h=index,docs.count&s=index&expand_wildcards=open")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String unpublished = candidates.statusCode() == 200 ? candidates.body().strip() : "";
        return "no index or alias '" + alias + "' in Elasticsearch at " + es
                + (unpublished.isEmpty()
                        ? ": is the archive name right, and has it been indexed?"
                        : ": the archive's alias is published when its indexing finishes. Indices being filled (name,"
                                + " documents):\n" + unpublished + "\nBenchmark one of them with --index NAME.");
    }

    private static boolean exists(String es, String indexOrAlias) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(es + "/" + indexOrAlias))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode() == 200;
    }

    /** Lucene segments of the index behind the alias: each is searched with its own HNSW graph. */
    private static int segmentCount(JsonNode segments) {
        int count = 0;
        for (JsonNode index : segments.path("indices")) {
            for (JsonNode shard : index.path("shards")) {
                for (JsonNode copy : shard) {
                    count += copy.path("num_search_segments").asInt();
                }
            }
        }
        return count;
    }

    /** Every vector of the index, paged in id order. */
    private static List<Neighbour> allVectors(String es, String alias) throws IOException, InterruptedException {
        List<Neighbour> vectors = new ArrayList<>();
        long after = -1;
        while (true) {
            JsonNode hits = post(es + "/" + alias + "/_search", """
                    {"size": 1000, "sort": [{"archive_image_id": "asc"}], "search_after": [%d],
                     "_source": ["vector"]}""".formatted(after)).path("hits").path("hits");
            if (hits.isEmpty()) {
                return vectors;
            }
            for (JsonNode hit : hits) {
                JsonNode values = hit.path("_source").path("vector");
                float[] vector = new float[values.size()];
                for (int i = 0; i < vector.length; i++) {
                    vector[i] = (float) values.get(i).asDouble();
                }
                after = Long.parseLong(hit.path("_id").asText());
                vectors.add(new Neighbour(after, vector));
            }
        }
    }

    private static List<Long> approximate(String es, String alias, float[] query, int k, int candidates)
            throws IOException, InterruptedException {
        JsonNode hits = post(es + "/" + alias + "/_search?request_cache=false", """
                {"size": %d, "_source": false, "stored_fields": "_none_", "docvalue_fields": ["archive_image_id"],
                 "knn": {"field": "vector", "query_vector": %s, "k": %d, "num_candidates": %d}}"""
                .formatted(k, Arrays.toString(query), k, candidates)).path("hits").path("hits");
        List<Long> ids = new ArrayList<>();
        hits.forEach(hit -> ids.add(hit.path("fields").path("archive_image_id").get(0).asLong()));
        return ids;
    }

    private static JsonNode post(String url, String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), url);
    }

    private static JsonNode get(String url) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).GET().build(), url);
    }

    private static JsonNode send(HttpRequest request, String url) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("Elasticsearch answered " + response.statusCode() + " for " + url + ": "
                    + response.body().substring(0, Math.min(300, response.body().length())));
        }
        return JSON.readTree(response.body());
    }

    private static double p95(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.95) - 1)];
    }
}
