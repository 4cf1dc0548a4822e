package org.xcbir.admin.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.xcbir.retrieval.ElasticsearchGateway;
import org.xcbir.retrieval.ElasticsearchGateway.ClusterStatus;

/** What the page banner says about the services behind the portal. */
@Named
@RequestScoped
public class SystemStatusBean {

    @Inject
    private ElasticsearchGateway elasticsearch;

    private ClusterStatus status;

    public boolean isSearchAvailable() {
        return status().up();
    }

    public String getSearchStatus() {
        return status().description();
    }

    private ClusterStatus status() {
        if (status == null) {
            status = elasticsearch.status();
        }
        return status;
    }
}
