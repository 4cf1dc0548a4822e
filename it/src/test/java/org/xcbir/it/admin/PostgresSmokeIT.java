package org.xcbir.it.admin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xcbir.admin.Role;
import org.xcbir.admin.UserService;
import org.xcbir.it.support.Deployments;
import org.xcbir.retrieval.RetrievalSessionRepository;
import org.xcbir.retrieval.adjudication.Mark;
import org.xcbir.retrieval.adjudication.Relevance;
import org.xcbir.retrieval.session.RetrievalSession;
import org.xcbir.retrieval.session.SessionMark;

/** The same EAR on PostgreSQL instead of H2 (mvn verify -Ppostgres, see bin/xcbir test). */
@Tag("postgres")
@ExtendWith(ArquillianExtension.class)
class PostgresSmokeIT {

    @Deployment
    static EnterpriseArchive application() {
        return Deployments.applicationWithTests(PostgresSmokeIT.class);
    }

    @Resource(lookup = "java:app/jdbc/xcbir")
    DataSource dataSource;

    @Inject
    UserService users;

    @Inject
    RetrievalSessionRepository sessions;

    @Resource
    UserTransaction transaction;

    @Test
    void theApplicationRunsOnPostgresql() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            assertEquals("PostgreSQL", connection.getMetaData().getDatabaseProductName());
            for (String table : List.of("user_account", "archive", "archive_image", "archive_class", "skipped_image",
                    "retrieval_session", "session_mark")) {
                assertTrue(connection.getMetaData().getTables(null, null, table, null).next(),
                        "table " + table + " was created in PostgreSQL");
            }
        }
        String name = "pg-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(name, "postgres password".toCharArray(), Role.RESEARCHER);
        assertEquals(Role.RESEARCHER, users.authenticate(name, "postgres password".toCharArray()).orElseThrow().getRole());
        assertTrue(users.anyUserExists());
    }

    @Test
    void aRetrievalSessionWithItsDescriptorAndMarksRoundTrips() throws Exception {
        float[] query = {0.25f, -0.5f, 1e-6f};
        transaction.begin();
        RetrievalSession session = new RetrievalSession("pg-user", "pg session", 1, "model", null, query, Instant.now());
        sessions.add(session);
        sessions.addMark(new SessionMark(session.getId(), new Mark(42, Relevance.POSITIVE), Instant.now()));
        transaction.commit();

        RetrievalSession stored = sessions.find(session.getId()).orElseThrow();
        assertArrayEquals(query, stored.queryVector());
        assertEquals(List.of(new Mark(42, Relevance.POSITIVE)),
                sessions.marks(session.getId()).stream().map(SessionMark::mark).toList());
    }
}
