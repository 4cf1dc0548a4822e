package org.xcbir.it.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
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

    @Test
    void theApplicationRunsOnPostgresql() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            assertEquals("PostgreSQL", connection.getMetaData().getDatabaseProductName());
            assertTrue(connection.getMetaData().getTables(null, null, "user_account", null).next(),
                    "the schema was created in PostgreSQL");
        }
        String name = "pg-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(name, "postgres password".toCharArray(), Role.RESEARCHER);
        assertEquals(Role.RESEARCHER, users.authenticate(name, "postgres password".toCharArray()).orElseThrow().getRole());
        assertTrue(users.anyUserExists());
    }
}
