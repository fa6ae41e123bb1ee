package org.ctgstudio.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;

import org.ctgstudio.diagram.server.DiagramDocument;
import org.ctgstudio.model.plan.Action;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.command.SetCommand;
import org.ctgstudio.model.plan.PlanPackage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

/**
 * The in-process GLSP server: websocket handshake guarded by token and Origin, several diagrams on one server, a
 * change made outside the diagram (the tree editor's command stack) resent once to the diagram.
 */
class DiagramServerTest {

    ServerFixture fixture;

    @BeforeEach
    void start() throws Exception {
        fixture = new ServerFixture();
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    static int refusal(Exception e) {
        Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
        assertTrue(cause instanceof WebSocketHandshakeException, String.valueOf(cause));
        return ((WebSocketHandshakeException) cause).getResponse().statusCode();
    }

    @Test
    void theHandshakeNeedsTheTokenAndTheServersOwnOrigin() throws Exception {
        DiagramDocument document = fixture.open("plan-actions");
        String base = "ws://127.0.0.1:" + fixture.server.port() + "/glsp";
        assertEquals(403, refusal(assertThrows(Exception.class, () -> GlspTestClient.connect(base, null))));
        assertEquals(403, refusal(assertThrows(Exception.class,
                () -> GlspTestClient.connect(base + "?token=0123456789abcdef", fixture.server.origin()))));
        assertEquals(403, refusal(assertThrows(Exception.class, () -> GlspTestClient
                .connect(fixture.server.websocketAddress(document), "http://evil.example"))));
        assertEquals(403, refusal(assertThrows(Exception.class, () -> GlspTestClient
                .connect(fixture.server.websocketAddress(document), "http://127.0.0.1:1"))));
        try (GlspTestClient client = fixture.client(document)) {
            JsonObject model = client.open(document.id(), document.token());
            assertEquals("graph", model.getAsJsonObject("newRoot").get("id").getAsString());
        }
        // A session of another document's id with this token is not let in either.
        DiagramDocument other = fixture.open("gouvernance");
        assertEquals(null, fixture.server.document(other.id(), document.token()));
    }

    /**
     * A page started ahead connects with the server's page token; it gets a diagram only with that diagram's id and
     * its document's token, never with the page token alone.
     */
    @Test
    void aPageStartedAheadGetsADiagramOnlyWithItsDocumentsToken() throws Exception {
        DiagramDocument document = fixture.open("plan-actions");
        String started = fixture.server.startedPageAddress();
        String pageToken = started.substring(started.indexOf("?token=") + "?token=".length());
        assertFalse(pageToken.isEmpty() || pageToken.equals(document.token()), started);
        String websocket = "ws://127.0.0.1:" + fixture.server.port() + "/glsp?token=" + pageToken;
        assertEquals(403, refusal(assertThrows(Exception.class,
                () -> GlspTestClient.connect(websocket, "http://evil.example"))));
        try (GlspTestClient client = GlspTestClient.connect(websocket, fixture.server.origin())) {
            client.startSession();
            client.requestModel(document.id(), pageToken);
            JsonObject refused = client.await("message");
            assertEquals("ERROR", refused.get("severity").getAsString(), refused::toString);
            String text = refused.get("message").getAsString() + " " + (refused.has("details")
                    ? refused.get("details").getAsString() : "");
            assertTrue(text.contains(fixture.server.unknownDiagramMessage()), refused::toString);
            assertTrue(client.drain("setModel", 300).isEmpty());
        }
        try (GlspTestClient client = GlspTestClient.connect(websocket, fixture.server.origin())) {
            JsonObject model = client.open(document.id(), document.token());
            assertEquals("graph", model.getAsJsonObject("newRoot").get("id").getAsString());
        }
    }

    /** Browsers ask for permessage-deflate; on loopback it only costs (each model compressed, then inflated). */
    @Test
    void theWebsocketIsNotCompressed() throws Exception {
        DiagramDocument document = fixture.open("plan-actions");
        int port = fixture.server.port();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            String request = "GET /glsp?token=" + document.token() + " HTTP/1.1\r\n"
                    + "Host: 127.0.0.1:" + port + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                    + "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n"
                    + "Origin: " + fixture.server.origin() + "\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            BufferedReader response = new BufferedReader(
                    new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            String status = response.readLine();
            assertTrue(status != null && status.contains(" 101 "), status);
            List<String> headers = new ArrayList<>();
            for (String line = response.readLine(); line != null && !line.isEmpty(); line = response.readLine()) {
                headers.add(line.toLowerCase(Locale.ROOT));
            }
            assertTrue(headers.stream().anyMatch(h -> h.startsWith("upgrade: websocket")), headers::toString);
            assertFalse(headers.stream().anyMatch(h -> h.startsWith("sec-websocket-extensions")), headers::toString);
        }
    }

    @Test
    void severalDiagramsShareOneServerAndClosingOneKeepsTheOthers() throws Exception {
        DiagramDocument plan = fixture.open("plan-actions");
        DiagramDocument governance = fixture.open("gouvernance");
        int port = fixture.server.port();
        GlspTestClient first = fixture.client(plan);
        first.open(plan.id(), plan.token());
        try (GlspTestClient second = fixture.client(governance)) {
            JsonObject model = second.open(governance.id(), governance.token());
            assertTrue(model.toString().contains("Comit"), "the governance diagram");
            first.close();
            fixture.server.unregister(plan);
            // The server goes on: the other session edits, and a new session joins.
            JsonObject layout = GlspTestClient.operation("layout");
            second.send(layout);
            assertNotNull(second.await("updateModel"));
            try (GlspTestClient third = fixture.client(governance)) {
                assertNotNull(third.open(governance.id(), governance.token()));
            }
            assertEquals(port, fixture.server.port());
        }
    }

    @Test
    void aChangeMadeOutsideTheDiagramIsSentOnce() throws Exception {
        DiagramDocument document = fixture.open("plan-actions");
        try (GlspTestClient client = fixture.client(document)) {
            client.open(document.id(), document.token());
            Action action = fixture.onModel(() -> fixture.model.convention.getActions().get(0));
            // As the tree editor or the Properties view does: a command on the model's stack, on the model thread.
            fixture.onModel(() -> {
                fixture.domain.getCommandStack().execute(SetCommand.create(fixture.domain, action,
                        PlanPackage.Literals.ACTION__TITLE, "Titre changé ailleurs"));
                return null;
            });
            JsonObject update = client.await("updateModel");
            assertTrue(update.toString().contains("Titre changé ailleurs"), "refreshed label");
            assertEquals(0, client.drain("updateModel", 400).size(), "one model send per change");
            assertTrue(((BasicCommandStack) fixture.domain.getCommandStack()).isSaveNeeded(), "shared dirty state");
            fixture.undo();
            assertFalse(client.await("updateModel").toString().contains("Titre changé ailleurs"));
        }
    }
}
