package org.xcbir.saliency.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.xcbir.retrieval.session.UnknownSessionException;
import org.xcbir.saliency.ColourMap;
import org.xcbir.saliency.SessionMaps;

/**
 * Serves saliency maps drawn over their result image, {@code /saliency/{session}/{image}.png?colours=jet|viridis},
 * to the session's owner only (anyone else gets 404, as for a session that does not exist), and the colour
 * legend, {@code /saliency/legend/{colours}.png}. A map never changes under its version tag, so a URL with
 * {@code v=} equal to the current version may be kept by the browser for a year; without it the browser
 * revalidates with the ETag.
 */
@WebServlet("/saliency/*")
public class SaliencyServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Pattern MAP = Pattern.compile("/(\\d{1,18})/(\\d{1,18})\\.png");
    private static final Pattern LEGEND = Pattern.compile("/legend/(jet|viridis)\\.png");

    @Inject
    private SessionMaps maps;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        Matcher legend = LEGEND.matcher(path);
        if (legend.matches()) {
            response.setHeader("Cache-Control", "public, max-age=86400");
            response.setContentType("image/png");
            ImageIO.write(legend(colours(legend.group(1))), "png", response.getOutputStream());
            return;
        }
        Matcher map = MAP.matcher(path);
        if (!map.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No such map");
            return;
        }
        long sessionId = Long.parseLong(map.group(1));
        long imageId = Long.parseLong(map.group(2));
        String owner = request.getUserPrincipal().getName();
        ColourMap colours = colours(request.getParameter("colours"));
        try {
            String etag = "\"" + maps.version(owner, sessionId, imageId) + "-" + colours.name().toLowerCase(Locale.ROOT) + "\"";
            if (etag.equals(request.getHeader("If-None-Match"))) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
            Optional<SessionMaps.RenderedMap> rendered = maps.overlay(owner, sessionId, imageId, colours);
            if (rendered.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND, "This map is not computed yet.");
                return;
            }
            boolean versioned = rendered.get().version().equals(request.getParameter("v"));
            response.setHeader("Cache-Control", versioned ? "private, max-age=31536000, immutable" : "private, no-cache");
            response.setHeader("ETag", etag);
            response.setContentType("image/png");
            response.setContentLength(rendered.get().png().length);
            response.getOutputStream().write(rendered.get().png());
        } catch (UnknownSessionException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
        }
    }

    private static ColourMap colours(String name) {
        return "viridis".equalsIgnoreCase(name) ? ColourMap.VIRIDIS : ColourMap.JET;
    }

    /** Low (left) to high (right), as the overlay colours a normalised map. */
    private static BufferedImage legend(ColourMap colours) {
        BufferedImage bar = new BufferedImage(256, 12, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 256; x++) {
            int rgb = colours.rgb(x / 255f);
            for (int y = 0; y < 12; y++) {
                bar.setRGB(x, y, rgb);
            }
        }
        return bar;
    }
}
