package org.xcbir.admin;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The application's database, chosen by configuration: H2 (Payara's embedded engine) by default,
 * PostgreSQL in production. Payara resolves {@code ${MPCONFIG=key:default}} at deployment, before
 * the application's own microprofile-config.properties is read, so the defaults live here.
 */
@Singleton
@DataSourceDefinition(
        name = "java:app/jdbc/xcbir",
        className = "${MPCONFIG=xcbir.db.datasource-class:org.h2.jdbcx.JdbcDataSource}",
        url = "${MPCONFIG=xcbir.db.url:jdbc:h2:./xcbir-db/xcbir;AUTO_SERVER=TRUE}",
        user = "${MPCONFIG=xcbir.db.user:xcbir}",
        password = "${MPCONFIG=xcbir.db.password:xcbir}",
        minPoolSize = 2,
        maxPoolSize = 32)
public class DataSourceConfiguration {
}
