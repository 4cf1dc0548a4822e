package org.xcbir.retrieval;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.indices.segments.ShardsSegment;
import co.elastic.clients.elasticsearch.tasks.GetTasksResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Image vectors in Elasticsearch: one index per (archive, descriptor model), searched through an alias per archive
 * so that a re-index can be swapped in atomically. Documents are keyed by the archive image id (idempotent re-runs).
 */
@ApplicationScoped
public class VectorIndex {
    static final String VECTOR_FIELD = "vector";

    @Inject
    private ElasticsearchGateway elasticsearch;

    @Inject
    @ConfigProperty(name = "xcbir.index.shards", defaultValue = "1")
    int shards;

    @Inject
    @ConfigProperty(name = "xcbir.index.replicas", defaultValue = "0")
    int replicas;

    @Inject
    @ConfigProperty(name = "xcbir.index.hnsw-m", defaultValue = "16")
    int hnswM;

    @Inject
    @ConfigProperty(name = "xcbir.index.hnsw-ef-construction", defaultValue = "100")
    int hnswEfConstruction;

    private static final int FOREIGN_BATCH = 1000;
    private static final Duration MERGE_POLL = Duration.ofSeconds(2);

    public static String aliasOf(String archiveName) {
        return "xcbir-" + archiveName;
    }

    public static String indexOf(String archiveName, String modelId) {
        return aliasOf(archiveName) + "-" + Integer.toHexString(modelId.hashCode());
    }

    /**
     * Creates the index if it is missing. Float vectors with explicit HNSW options (not the int8 default),
     * L2 distance: the descriptors are unit vectors, so L2 ranks exactly as cosine does.
     */
    public void ensureIndex(String index, int dimensions) {
        try {
            ElasticsearchClient client = elasticsearch.client();
            if (client.indices().exists(e -> e.index(index)).value()) {
                return;
            }
            String body = """
                    {"settings": {"number_of_shards": %d, "number_of_replicas": %d, "refresh_interval": "5s"},
                     "mappings": {"properties": {
                       "archive_image_id": {"type": "long"},
                       "categories": {"type": "keyword"},
                       "%s": {"type": "dense_vector", "dims": %d, "index": true, "similarity": "l2_norm",
                              "index_options": {"type": "hnsw", "m": %d, "ef_construction": %d}}}}}
                    """.formatted(shards, replicas, VECTOR_FIELD, dimensions, hnswM, hnswEfConstruction);
            client.indices().create(c -> c.index(index).withJson(new StringReader(body)));
        } catch (IOException e) {
            throw unreachable(e);
        }
    }

    /** Indexes (or overwrites) one document per image. */
    public void put(String index, List<IndexedVector> vectors) {
        if (vectors.isEmpty()) {
            return;
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (IndexedVector v : vectors) {
            Map<String, Object> document = Map.of("archive_image_id", v.imageId(),
                    "categories", List.of(v.categoryIds().isEmpty() ? new String[0] : v.categoryIds().split(" ")),
                    VECTOR_FIELD, v.vector());
            bulk.operations(op -> op.index(i -> i.index(index).id(Long.toString(v.imageId())).document(document)));
        }
        try {
            BulkResponse response = elasticsearch.client().bulk(bulk.build());
            if (response.errors()) {
                String reason = response.items().stream().filter(item -> item.error() != null)
                        .map(item -> item.id() + ": " + item.error().reason()).findFirst().orElse("unknown");
                throw new IllegalStateException("Elasticsearch refused some documents, e.g. " + reason);
            }
        } catch (IOException e) {
            throw unreachable(e);
        }
    }

    /**
     * Deletes the documents whose image ids lie outside {@code [firstId, endId)}: left behind by an archive of the
     * same name that was deleted, or by a database that was reset while Elasticsearch kept its data. Without this
     * a re-registered archive would find the old archive's images (ids it no longer knows) among its results.
     */
    public long removeForeignDocuments(String index, long firstId, long endId) {
        // search and delete by id: the node may run without the reindex module (no _delete_by_query)
        long removed = 0;
        try {
            ElasticsearchClient client = elasticsearch.client();
            client.indices().refresh(r -> r.index(index));
            while (true) {
                List<Hit<Void>> foreign = client.search(s -> s.index(index).size(FOREIGN_BATCH)
                        .source(src -> src.fetch(false))
                        .query(q -> q.bool(b -> b.mustNot(m -> m.range(r -> r.number(n -> n.field("archive_image_id")
                                .gte((double) firstId).lt((double) endId)))))), Void.class).hits().hits();
                if (foreign.isEmpty()) {
                    return removed;
                }
                BulkRequest.Builder bulk = new BulkRequest.Builder().refresh(Refresh.True);
                foreign.forEach(hit -> bulk.operations(op -> op.delete(d -> d.index(index).id(hit.id()))));
                client.bulk(bulk.build());
                removed += foreign.size();
            }
        } catch (IOException e) {
            throw unreachable(e);
        }
    }

    /** How a merge into one segment ended for the caller. */
    public enum MergeOutcome { MERGED, TIMED_OUT, STOPPED }

    /**
     * Force-merges the index into one segment and waits for the merge, polling its task (so no HTTP request has to
     * stay open for the minutes a large index takes) until it ends, {@code limit} passes or {@code stopRequested}
     * says so. A merge that ended with an error throws.
     */
    public MergeOutcome mergeToOneSegment(String index, Duration limit, BooleanSupplier stopRequested) {
        try {
            ElasticsearchClient client = elasticsearch.client();
            client.indices().refresh(r -> r.index(index));
            String task = client.indices().forcemerge(f -> f.index(index).maxNumSegments(1L).waitForCompletion(false))
                    .task();
            long deadline = System.nanoTime() + limit.toNanos();
            while (task != null) {
                GetTasksResponse state = client.tasks().get(t -> t.taskId(task));
                if (state.completed()) {
                    if (state.error() != null) {
                        throw new IllegalStateException("the merge of " + index + " failed: " + state.error().reason());
                    }
                    break;
                }
                if (stopRequested.getAsBoolean()) {
                    return MergeOutcome.STOPPED;
                }
                if (System.nanoTime() > deadline) {
                    return MergeOutcome.TIMED_OUT;
                }
                Thread.sleep(MERGE_POLL.toMillis());
            }
            return MergeOutcome.MERGED;
        } catch (IOException e) {
            throw unreachable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return MergeOutcome.STOPPED;
        }
    }

    /** Lucene segments searched behind an index or alias (each with its own HNSW graph). */
    public int segmentCount(String indexOrAlias) {
        try {
            return elasticsearch.client().indices().segments(s -> s.index(indexOrAlias)).indices().values().stream()
                    .flatMap(index -> index.shards().values().stream()).flatMap(List::stream)
                    .mapToInt(ShardsSegment::numSearchSegments).sum();
        } catch (IOException e) {
            throw unreachable(e);
        }
    }

    /** Points the archive's alias at this index only (atomically), so searches switch to it at once. */
    public void publish(String alias, String index) {
        try {
            ElasticsearchClient client = elasticsearch.client();
            client.indices().refresh(r -> r.index(index));
            client.indices().updateAliases(u -> u
                    .actions(a -> a.remove(r -> r.index(alias + "-*").alias(alias).mustExist(false)))
                    .actions(a -> a.add(add -> add.index(index).alias(alias))));
        } catch (IOException e) {
            throw unreachable(e);
        }
    }

    public long count(String indexOrAlias) {
        try {
            elasticsearch.client().indices().refresh(r -> r.index(indexOrAlias));
            return elasticsearch.client().count(c -> c.index(indexOrAlias)).count();
        } catch (IOException e) {
            throw unreachable(e);
        }
    }

    /** Approximate k nearest neighbours (HNSW) of a vector: image ids with their scores, best first. */
    public List<Neighbour> nearest(String indexOrAlias, float[] vector, int k, int candidates) {
        return knn(indexOrAlias, vector, k, candidates, false, Void.class).stream()
                .map(hit -> new Neighbour(Long.parseLong(hit.id()), hit.score() == null ? 0 : hit.score())).toList();
    }

    /**
     * Approximate k nearest neighbours with their vectors, for a session's working set. A vector travels as
     * JSON (about 10 kB for 1280 dimensions), so this costs more than {@link #nearest}.
     */
    public List<org.xcbir.retrieval.workingset.Neighbour> nearestWithVectors(String indexOrAlias, float[] vector,
            int k, int candidates) {
        return knn(indexOrAlias, vector, k, candidates, true, VectorDocument.class).stream()
                .map(hit -> new org.xcbir.retrieval.workingset.Neighbour(Long.parseLong(hit.id()), hit.source().vector()))
                .toList();
    }

    private <T> List<Hit<T>> knn(String indexOrAlias, float[] vector, int k, int candidates, boolean withVectors,
            Class<T> source) {
        List<Float> query = new ArrayList<>(vector.length);
        for (float x : vector) {
            query.add(x);
        }
        try {
            SearchResponse<T> response = elasticsearch.client().search(s -> s
                    .index(indexOrAlias)
                    .knn(knn -> knn.field(VECTOR_FIELD).queryVector(query).k(k).numCandidates(Math.max(k, candidates)))
                    .size(k)
                    // the whole stored document, not a filtered one: filtering makes Elasticsearch parse and rewrite
                    // every hit's JSON (500 hits: 250–450 ms against 65–110 ms unfiltered, same bytes sent)
                    .source(src -> src.fetch(withVectors)), source);
            return response.hits().hits();
        } catch (IOException e) {
            throw unreachable(e);
        }
    }

    /** The part of an indexed document a working set needs; the document's other fields are ignored. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record VectorDocument(float[] vector) {
    }

    private UncheckedIOException unreachable(IOException e) {
        return new UncheckedIOException("Elasticsearch is not reachable at " + elasticsearch.url(), e);
    }

    public record IndexedVector(long imageId, String categoryIds, float[] vector) {
    }

    public record Neighbour(long imageId, double score) {
    }
}
