package org.xcbir.admin.web.api;

import jakarta.ws.rs.core.Response;
import java.nio.file.Path;

/** Responses a browser saves as a file instead of showing. */
public final class Downloads {
    private Downloads() {
    }

    public static Response attachment(Object entity, String fileName) {
        return Response.ok(entity).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }

    /** A stored file, typed by its name (SVG, PNG, CSV, JSON, XLSX). */
    public static Response file(Path file, String downloadName) {
        String name = file.getFileName().toString();
        String type = name.endsWith(".svg") ? "image/svg+xml" : name.endsWith(".png") ? "image/png"
                : name.endsWith(".csv") ? "text/csv; charset=UTF-8" : name.endsWith(".json") ? "application/json"
                : name.endsWith(".xlsx") ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                : "application/octet-stream";
        return Response.ok(file.toFile()).type(type)
                .header("Content-Disposition", "attachment; filename=\"" + downloadName + "\"").build();
    }

    public static Response csv(CharSequence csv, String fileName) {
        return Response.ok(csv.toString()).type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }
}
