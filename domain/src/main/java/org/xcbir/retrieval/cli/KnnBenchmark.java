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
 * same query vectors in one run: recall@k and the time per query of both. The exact ranking is an in-process scan
 * over every vector of the index (the node's distribution has no scripting for an exact search there); its time
 * is pure computation, the kNN time includes the HTTP round trip, so the speed ratio is conservative.
 * The last line is machine-readable: {@code BENCH knn key=value …}.
 */
public final class KnnBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private KnnBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        String es = "http://127.0.0.1:9200";
        String alias = "xcbir-demo";
        int queries = 50;
        int k = 100;
        int candidates = 1000;
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--es" -> es = args[i + 1];
                case "--archive" -> alias = "xcbir-" + args[i + 1];
                case "--queries" -> queries = Integer.parseInt(args[i + 1]);
                case "--k" -> k = Integer.parseInt(args[i + 1]);
                case "--candidates" -> candidates = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException(
                        "usage: KnnBenchmark [--es URL] [--archive NAME] [--queries Q] [--k K] [--candidates C]");
            }
        }
        long loadStart = System.nanoTime();
        List<Neighbour> vectors = allVectors(es, alias);
        System.out.printf(Locale.ROOT, "%s: %d vectors loaded in %.1f s; %d queries, k=%d, num_candidates=%d%n",
                alias, vectors.size(), (System.nanoTime() - loadStart) / 1e9, queries, k, candidates);
        ExactNeighbourSource exact = new ExactNeighbourSource(vectors);
        Random random = new Random(7);
        List<float[]> sample = new ArrayList<>();
        for (int i = 0; i < queries; i++) {
            sample.add(vectors.get(random.nextInt(vectors.size())).vector());
        }
        for (int i = 0; i < 3; i++) { // warm-up: JIT, HNSW graph and vectors in the page cache
            exact.nearest(sample.get(i % sample.size()), k);
            approximate(es, alias, sample.get(i % sample.size()), k, candidates);
        }

        double[] approxMs = new double[queries];
        double[] exactMs = new double[queries];
        double recall = 0;
        for (int q = 0; q < queries; q++) {
            float[] query = sample.get(q);
            long start = System.nanoTime();
            List<Long> approximateIds = approximate(es, alias, query, k, candidates);
            approxMs[q] = (System.nanoTime() - start) / 1e6;
            start = System.nanoTime();
            List<Neighbour> exactHits = exact.nearest(query, k);
            exactMs[q] = (System.nanoTime() - start) / 1e6;
            Set<Long> truth = new HashSet<>();
            exactHits.forEach(n -> truth.add(n.imageId()));
            recall += approximateIds.stream().filter(truth::contains).count() / (double) truth.size();
        }
        recall /= queries;
        double approxMean = Arrays.stream(approxMs).average().orElse(0);
        double exactMean = Arrays.stream(exactMs).average().orElse(0);
        double speedup = exactMean / approxMean;
        System.out.printf(Locale.ROOT, "recall@%d %.4f%n", k, recall);
        System.out.printf(Locale.ROOT, "approximate kNN (HNSW, HTTP included): mean %.1f ms, p95 %.1f ms%n",
                approxMean, p95(approxMs));
        System.out.printf(Locale.ROOT, "exact (in-process scan of %d vectors): mean %.1f ms, p95 %.1f ms%n",
                vectors.size(), exactMean, p95(exactMs));
        System.out.printf(Locale.ROOT, "exact / approximate = %.1f (targets: recall >= 0.98 and >= 10x on >= 100,000)%n",
                speedup);
        System.out.printf(Locale.ROOT, "BENCH knn documents=%d queries=%d k=%d num_candidates=%d recall=%.4f"
                        + " approx_ms_mean=%.2f approx_ms_p95=%.2f exact_ms_mean=%.2f exact_ms_p95=%.2f speedup=%.2f%n",
                vectors.size(), queries, k, candidates, recall, approxMean, p95(approxMs), exactMean, p95(exactMs),
                speedup);
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
                {"size": %d, "_source": false, "knn": {"field": "vector", "query_vector": %s, "k": %d,
                 "num_candidates": %d}}""".formatted(k, Arrays.toString(query), k, candidates))
                .path("hits").path("hits");
        List<Long> ids = new ArrayList<>();
        hits.forEach(hit -> ids.add(Long.parseLong(hit.path("_id").asText())));
        return ids;
    }

    private static JsonNode post(String url, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
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
