package org.xcbir.retrieval;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The one place that talks to Elasticsearch. Thread-safe: the client is shared by all requests. */
@ApplicationScoped
public class ElasticsearchGateway {
    private static final Logger LOG = Logger.getLogger(ElasticsearchGateway.class.getName());
    /** Pages ask for the status on every render; one probe per interval is plenty. */
    private static final Duration STATUS_CACHE = Duration.ofSeconds(2);

    @Inject
    @ConfigProperty(name = "xcbir.elasticsearch.url", defaultValue = "http://127.0.0.1:9200")
    String url;

    @Inject
    @ConfigProperty(name = "xcbir.elasticsearch.connect-timeout-ms", defaultValue = "1000")
    int connectTimeoutMs;

    @Inject
    @ConfigProperty(name = "xcbir.elasticsearch.socket-timeout-ms", defaultValue = "30000")
    int socketTimeoutMs;

    @Inject
    @ConfigProperty(name = "xcbir.elasticsearch.health-timeout-ms", defaultValue = "2000")
    int healthTimeoutMs;

    private RestClient restClient;
    private ElasticsearchClient client;
    private volatile ClusterStatus lastStatus;

    @PostConstruct
    void connect() {
        restClient = RestClient.builder(HttpHost.create(url))
                .setRequestConfigCallback(config -> config
                        .setConnectTimeout(connectTimeoutMs)
                        .setSocketTimeout(socketTimeoutMs))
                .build();
        client = new ElasticsearchClient(new RestClientTransport(restClient, new JacksonJsonpMapper()));
    }

    @PreDestroy
    void close() {
        try {
            restClient.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "closing the Elasticsearch client", e);
        }
    }

    public ElasticsearchClient client() {
        return client;
    }

    public String url() {
        return url;
    }

    /** Cluster health, probed at most every few seconds; never throws. */
    public ClusterStatus status() {
        ClusterStatus cached = lastStatus;
        if (cached != null && cached.checkedAt().plus(STATUS_CACHE).isAfter(Instant.now())) {
            return cached;
        }
        ClusterStatus fresh = probe();
        lastStatus = fresh;
        return fresh;
    }

    private ClusterStatus probe() {
        try {
            // The integ-test distribution answers GET / with 405, so readiness uses cluster health.
            HealthResponse health = client.cluster().health(h -> h.timeout(t -> t.time(healthTimeoutMs + "ms")));
            String colour = health.status().jsonValue();
            return new ClusterStatus(!"red".equals(colour), colour + ", " + health.numberOfNodes() + " node(s)",
                    Instant.now());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "Elasticsearch probe failed", e);
            return new ClusterStatus(false, "not reachable at " + url, Instant.now());
        }
    }

    /** Whether search works, and a short description fit for a banner or a health report. */
    public record ClusterStatus(boolean up, String description, Instant checkedAt) {
    }
}
