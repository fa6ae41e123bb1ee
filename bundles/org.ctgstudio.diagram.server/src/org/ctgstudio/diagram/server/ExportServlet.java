package org.ctgstudio.diagram.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.ctgstudio.diagram.registry.DescriptionRegistry;
import org.ctgstudio.diagram.render.DiagramPictures;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * « Exporter »: the picture of an open diagram as it is stored now (positions, hidden elements, layers), painted
 * on the server by the same painter as documents use. {@code /export.svg} and {@code /export.png}, with the
 * document's id and token.
 */
final class ExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private final transient DiagramServer server;
    private final transient DiagramPictures pictures;

    ExportServlet(DiagramServer server, DescriptionRegistry registry) {
        this.server = server;
        this.pictures = new DiagramPictures(registry);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DiagramDocument document = server.document(request.getParameter("diagram"), request.getParameter("token"));
        if (document == null) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        boolean png = request.getRequestURI().endsWith(".png");
        String name = document.representation().getName().replaceAll("[^\\p{L}\\p{N}]+", "-");
        response.setHeader("Content-Disposition", "inline; filename=\"" + name + (png ? ".png\"" : ".svg\""));
        response.setHeader("Cache-Control", "no-store");
        if (png) {
            byte[] bytes = document.executor().call(() -> pictures.png(document.representation(), 1.0));
            response.setContentType("image/png");
            response.getOutputStream().write(bytes);
        } else {
            String svg = document.executor().call(() -> pictures.svg(document.representation()));
            response.setContentType("image/svg+xml;charset=utf-8");
            response.getOutputStream().write(svg.getBytes(StandardCharsets.UTF_8));
        }
    }
}
