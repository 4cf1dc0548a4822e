package org.xcbir.retrieval.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.xcbir.retrieval.SearchableArchives;

/**
 * Serves archive images at /images/{id} to logged-in users (the web.xml constraint on /* applies). Archive
 * files do not change under an id, so browsers may keep them for a day; the ETag covers a replaced file.
 */
@WebServlet("/images/*")
public class ArchiveImageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    private SearchableArchives images;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Path> file = imageId(request.getPathInfo()).flatMap(images::file);
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No such image");
            return;
        }
        Path path = file.get();
        String etag = "\"" + Long.toHexString(Files.size(path)) + "-" + Long.toHexString(Files.getLastModifiedTime(path).toMillis()) + "\"";
        response.setHeader("Cache-Control", "private, max-age=86400");
        response.setHeader("ETag", etag);
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        String type = Files.probeContentType(path);
        response.setContentType(type == null ? "application/octet-stream" : type);
        response.setContentLengthLong(Files.size(path));
        Files.copy(path, response.getOutputStream());
    }

    private static Optional<Long> imageId(String pathInfo) {
        try {
            return pathInfo == null ? Optional.empty() : Optional.of(Long.parseLong(pathInfo.substring(1)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
