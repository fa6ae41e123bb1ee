package org.ctgstudio.diagram.server;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.ctgstudio.diagram.registry.DescriptionRegistry;
import org.ctgstudio.diagram.server.glsp.CtgDiagramModule;
import org.ctgstudio.diagram.server.glsp.CtgGsonConfigurator;
import org.eclipse.glsp.server.websocket.GLSPConfigurator;

import jakarta.websocket.Extension;
import org.eclipse.glsp.server.websocket.GLSPServerEndpoint;
import org.eclipse.glsp.server.websocket.WebsocketModule;
import org.eclipse.jetty.ee10.servlet.DefaultServlet;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.websocket.jakarta.server.config.JakartaWebSocketServletContainerInitializer;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

import com.google.inject.Guice;

import jakarta.websocket.Extension;
import jakarta.websocket.server.ServerEndpointConfig;

/**
 * The diagram server: GLSP 2.3.0 in this JVM, on its own Jetty bound to 127.0.0.1 on a free port. It serves the
 * diagram client (static files of org.ctgstudio.diagram.client) and the GLSP websocket at {@link #ENDPOINT}.
 * Several diagrams ({@link DiagramDocument}s) share it; each websocket connection gets its own GLSP server
 * (injector, made ahead: {@link GlspInjectors}), so closing one never stops the others or this server.
 * <p>
 * The websocket has no authentication of its own: the handshake must carry the token of an open document
 * ({@code ?token=}) or this server's page token, and an Origin header, when the client sends one (browsers do), must
 * be this server's. Anything else gets 403 before any upgrade. The page token starts a page ahead of any diagram
 * ({@link #startedPageAddress()}: script, container, GLSP session); that page then shows a diagram only with the
 * document's own id and token. Works the same in the workbench (OSGi) and in plain Java.
 */
public final class DiagramServer implements AutoCloseable {

    public static final String ENDPOINT = "/glsp";
    public static final String PAGE = "/diagram.html";

    private final Path webRoot;
    private final DescriptionRegistry registry;
    private final Map<String, DiagramDocument> documents = new ConcurrentHashMap<>();
    private final String pageToken = DiagramDocument.token(24);
    private Server jetty;
    private GlspInjectors injectors;
    private int port;

    /** @param webRoot the built client (folder with diagram.html and its script); null: websocket only */
    public DiagramServer(Path webRoot, DescriptionRegistry registry) {
        this.webRoot = webRoot;
        this.registry = registry;
    }

    public synchronized void start() throws Exception {
        if (jetty != null) {
            return;
        }
        injectors = new GlspInjectors(() -> Guice.createInjector(new CtgGsonConfigurator.Server()
                .configureDiagramModule(new CtgDiagramModule(this, registry)), new WebsocketModule()));
        Server server = new Server(new InetSocketAddress("127.0.0.1", 0));
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
        context.setContextPath("/");
        if (webRoot != null && Files.isDirectory(webRoot)) {
            context.setBaseResourceAsPath(webRoot);
            ServletHolder files = new ServletHolder("client", DefaultServlet.class);
            files.setInitParameter("dirAllowed", "false");
            files.setInitParameter("cacheControl", "no-cache");
            context.addServlet(files, "/");
        }
        ExportServlet export = new ExportServlet(this, registry);
        context.addServlet(new ServletHolder("export-svg", export), "/export.svg");
        context.addServlet(new ServletHolder("export-png", export), "/export.png");
        JakartaWebSocketServletContainerInitializer.configure(context, (servletContext, container) -> {
            ServerEndpointConfig config = ServerEndpointConfig.Builder.create(GLSPServerEndpoint.class, ENDPOINT)
                    .configurator(new LoopbackConfigurator(injectors))
                    .build();
            // Jetty closes idle websockets after 30 s by default; a diagram left open in a tab must stay connected.
            container.setDefaultMaxSessionIdleTimeout(0);
            container.addEndpoint(config);
        });
        server.setHandler(new Guard(context));
        server.start();
        port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
        jetty = server;
    }

    public synchronized int port() {
        return port;
    }

    /** Registers an open document; its page address is {@link #pageAddress}. */
    public DiagramDocument register(DiagramDocument document) {
        documents.put(document.id(), document);
        return document;
    }

    /** Closes a document's sessions' link to it; the server and the other documents go on. */
    public void unregister(DiagramDocument document) {
        if (documents.remove(document.id()) != null) {
            document.closed();
        }
    }

    /** The open document of that id, if the token is its own. */
    public DiagramDocument document(String id, String token) {
        DiagramDocument document = id == null ? null : documents.get(id);
        return document != null && token != null && same(document.token(), token) ? document : null;
    }

    public String unknownDiagramMessage() {
        return Texts.format("session.unknownDiagram");
    }

    /** The address of the diagram page for a browser: it carries the document's id and token. */
    public String pageAddress(DiagramDocument document) {
        return origin() + PAGE + "?diagram=" + document.id() + "&token=" + document.token();
    }

    /**
     * The address of a page started before it knows its diagram: it loads the client, connects and opens its GLSP
     * session, then waits for {@code ctgOpen(diagramId, token)} (a page kept ready this way: opening a diagram
     * then costs its model and its drawing only).
     */
    public String startedPageAddress() {
        return origin() + PAGE + "?token=" + pageToken;
    }

    /** The websocket address of a document (with its token). */
    public String websocketAddress(DiagramDocument document) {
        return "ws://127.0.0.1:" + port + ENDPOINT + "?token=" + document.token();
    }

    public String origin() {
        return "http://127.0.0.1:" + port;
    }

    boolean acceptsToken(String token) {
        if (token == null) {
            return false;
        }
        if (same(pageToken, token)) {
            return true;
        }
        for (DiagramDocument document : documents.values()) {
            if (same(document.token(), token)) {
                return true;
            }
        }
        return false;
    }

    boolean acceptsOrigin(String origin) {
        return origin == null || origin.equals(origin()) || origin.equals("http://localhost:" + port);
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public synchronized void close() throws Exception {
        documents.values().forEach(DiagramDocument::closed);
        documents.clear();
        if (jetty != null) {
            jetty.stop();
            jetty = null;
        }
        if (injectors != null) {
            injectors.close();
            injectors = null;
        }
    }

    /** Refuses websocket handshakes without an open document's token or the page token, or from a foreign page. */
    private final class Guard extends Handler.Wrapper {
        Guard(Handler handler) {
            super(handler);
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            if (Request.getPathInContext(request).startsWith(ENDPOINT)) {
                Fields query = Request.extractQueryParameters(request);
                String origin = request.getHeaders().get("Origin");
                if (!acceptsToken(query.getValue("token")) || !acceptsOrigin(origin)) {
                    Response.writeError(request, response, callback, HttpStatus.FORBIDDEN_403);
                    return true;
                }
            }
            return super.handle(request, response, callback);
        }
    }

    /**
     * GLSP's configurator without websocket compression: browsers ask for permessage-deflate, and Jetty then
     * compressed every model (0.78 MB at 1,000 nodes, sent again on each change) for a connection that never leaves
     * this machine, and the browser inflated it again.
     */
    private static final class LoopbackConfigurator extends GLSPConfigurator {
        LoopbackConfigurator(GlspInjectors injectors) {
            super(injectors);
        }

        @Override
        public List<Extension> getNegotiatedExtensions(List<Extension> installed, List<Extension> requested) {
            return List.of();
        }
    }
}
