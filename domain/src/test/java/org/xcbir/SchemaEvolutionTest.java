package org.xcbir;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Deployments extend the schema of an existing database (EclipseLink create-or-extend-tables): a new column is added
 * to tables that already hold rows, so it must allow NULL, or the ALTER TABLE fails and the application does not
 * start on an upgraded installation. The columns that existed are listed in {@code schema-baseline.txt}; any other
 * column of a listed table must be nullable. New tables are free. After adding columns, refresh the baseline with
 * {@code mvn test -pl domain -Dtest=SchemaEvolutionTest -Dxcbir.schema.write=true}.
 */
class SchemaEvolutionTest {
    private static final Path PERSISTENCE_XML = Path.of("../persistence/src/main/resources/META-INF/persistence.xml");
    private static final Path BASELINE = Path.of("src/test/resources/schema-baseline.txt");

    private record ColumnInfo(String table, String column, boolean nullable) {
        String key() {
            return table + "." + column;
        }
    }

    @Test
    void columnsAddedToExistingTablesAllowNull() throws Exception {
        List<ColumnInfo> columns = columns();
        if (Boolean.getBoolean("xcbir.schema.write")) {
            Set<String> keys = new TreeSet<>();
            columns.forEach(c -> keys.add(c.key()));
            Files.write(BASELINE, keys, StandardCharsets.UTF_8);
        }
        Set<String> baseline = new TreeSet<>(Files.readAllLines(BASELINE, StandardCharsets.UTF_8));
        Set<String> baselineTables = new TreeSet<>();
        baseline.forEach(k -> baselineTables.add(k.substring(0, k.indexOf('.'))));
        List<String> unsafe = new ArrayList<>();
        for (ColumnInfo column : columns) {
            if (baselineTables.contains(column.table()) && !baseline.contains(column.key()) && !column.nullable()) {
                unsafe.add(column.key());
            }
        }
        assertEquals(List.of(), unsafe, "new NOT NULL columns in existing tables break upgrades; make them nullable");
    }

    private static List<ColumnInfo> columns() throws IOException, ClassNotFoundException {
        List<ColumnInfo> columns = new ArrayList<>();
        Matcher entity = Pattern.compile("<class>([^<]+)</class>").matcher(Files.readString(PERSISTENCE_XML));
        while (entity.find()) {
            Class<?> type = Class.forName(entity.group(1).trim());
            Table table = type.getAnnotation(Table.class);
            String tableName = (table != null && !table.name().isEmpty() ? table.name() : type.getSimpleName())
                    .toLowerCase(Locale.ROOT);
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || Modifier.isTransient(field.getModifiers())
                        || field.isAnnotationPresent(Transient.class)) {
                    continue;
                }
                Column column = field.getAnnotation(Column.class);
                String name = (column != null && !column.name().isEmpty() ? column.name() : field.getName())
                        .toLowerCase(Locale.ROOT);
                boolean notNull = field.getType().isPrimitive() || field.isAnnotationPresent(Id.class)
                        || (column != null && !column.nullable());
                columns.add(new ColumnInfo(tableName, name, !notNull));
            }
        }
        return columns;
    }
}
