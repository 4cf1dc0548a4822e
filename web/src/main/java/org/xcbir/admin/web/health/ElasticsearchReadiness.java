package org.xcbir.admin.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.xcbir.retrieval.ElasticsearchGateway;
import org.xcbir.retrieval.ElasticsearchGateway.ClusterStatus;

/** Search needs a reachable Elasticsearch cluster that is not red. */
@Readiness
@ApplicationScoped
public class ElasticsearchReadiness implements HealthCheck {

    @Inject
    private ElasticsearchGateway elasticsearch;

    @Override
    public HealthCheckResponse call() {
        ClusterStatus status = elasticsearch.status();
        return HealthCheckResponse.named("elasticsearch").status(status.up())
                .withData("url", elasticsearch.url())
                .withData("status", status.description())
                .build();
    }
}
