package org.ctgstudio.diagram.tests;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A GLSP client for tests, speaking the wire protocol (JSON-RPC over the websocket, protocol 1.0.0) with the JDK's
 * websocket: initialize, initializeClientSession, then actions in both directions. Every action the server sends
 * is queued for the test to wait on.
 */
final class GlspTestClient implements AutoCloseable {

    /** The action kinds this client says it handles (the server forwards only those). */
    static final List<String> CLIENT_ACTIONS = List.of("setModel", "updateModel", "setDirtyState", "message",
            "status", "setTypeHints", "setClipboardData", "startProgress", "updateProgress", "endProgress",
            "setContextActions", "selectElement", "setEditValidationResult", "setMarkers", "deleteMarkers",
            "setViewport", "triggerNodeCreation", "triggerEdgeCreation", "setEditMode", "navigateToExternalTarget");

    private final WebSocket socket;
    private final LinkedBlockingQueue<JsonObject> actions = new LinkedBlockingQueue<>();
    private final Map<String, CompletableFuture<JsonElement>> pending = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final String clientId = "test-" + System.nanoTime();

    private GlspTestClient(WebSocket socket) {
        this.socket = socket;
    }

    /** Opens the websocket; the handshake's failure (403 ...) is thrown. */
    static GlspTestClient connect(String address, String origin) throws Exception {
        Holder holder = new Holder();
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(60));
        if (origin != null) {
            builder.header("Origin", origin);
        }
        WebSocket socket = builder.buildAsync(URI.create(address), holder.listener).get(90, TimeUnit.SECONDS);
        GlspTestClient client = new GlspTestClient(socket);
        holder.client = client;
        return client;
    }

    /** Joins a diagram: initialize, session, requestModel; returns the setModel action. */
    JsonObject open(String diagram, String token) throws Exception {
        startSession();
        requestModel(diagram, token);
        return await("setModel");
    }

    /** The server's initialize and this client's session of the CTG diagram type (no diagram yet). */
    void startSession() throws Exception {
        JsonObject init = new JsonObject();
        init.addProperty("applicationId", "ctg-tests");
        init.addProperty("protocolVersion", "1.0.0");
        request("initialize", init);
        JsonObject session = new JsonObject();
        session.addProperty("clientSessionId", clientId);
        session.addProperty("diagramType", "ctg-diagram");
        JsonArray kinds = new JsonArray();
        CLIENT_ACTIONS.forEach(kinds::add);
        session.add("clientActionKinds", kinds);
        request("initializeClientSession", session);
    }

    /** Asks for the model of that diagram (its document's id and token), as the page's loader does. */
    void requestModel(String diagram, String token) {
        JsonObject options = new JsonObject();
        options.addProperty("diagram", diagram);
        options.addProperty("token", token);
        options.addProperty("diagramType", "ctg-diagram");
        JsonObject requestModel = action("requestModel");
        requestModel.addProperty("requestId", "model-" + ids.incrementAndGet());
        requestModel.add("options", options);
        send(requestModel);
    }

    static JsonObject action(String kind) {
        JsonObject action = new JsonObject();
        action.addProperty("kind", kind);
        return action;
    }

    static JsonObject operation(String kind) {
        JsonObject operation = action(kind);
        operation.addProperty("isOperation", true);
        return operation;
    }

    void send(JsonObject action) {
        JsonObject params = new JsonObject();
        params.addProperty("clientId", clientId);
        params.add("action", action);
        JsonObject message = new JsonObject();
        message.addProperty("jsonrpc", "2.0");
        message.addProperty("method", "process");
        message.add("params", params);
        socket.sendText(message.toString(), true).join();
    }

    JsonElement request(String method, JsonObject params) throws Exception {
        String id = String.valueOf(ids.incrementAndGet());
        CompletableFuture<JsonElement> result = new CompletableFuture<>();
        pending.put(id, result);
        JsonObject message = new JsonObject();
        message.addProperty("jsonrpc", "2.0");
        message.addProperty("id", id);
        message.addProperty("method", method);
        message.add("params", params);
        socket.sendText(message.toString(), true).join();
        return result.get(90, TimeUnit.SECONDS);
    }

    /** The next action of that kind the server sent (earlier ones of other kinds are dropped). */
    JsonObject await(String kind) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        List<String> others = new ArrayList<>();
        while (System.nanoTime() < end) {
            JsonObject action = actions.poll(end - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (action != null && kind.equals(action.get("kind").getAsString())) {
                return action;
            }
            if (action != null) {
                others.add("message".equals(action.get("kind").getAsString()) ? action.toString()
                        : action.get("kind").getAsString());
            }
        }
        throw new AssertionError("no " + kind + " from the server; received " + others);
    }

    /** The actions of that kind received within the next {@code millis} (to count model sends). */
    List<JsonObject> drain(String kind, long millis) throws InterruptedException {
        List<JsonObject> found = new ArrayList<>();
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        JsonObject action;
        while ((action = actions.poll(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS)) != null) {
            if (kind.equals(action.get("kind").getAsString())) {
                found.add(action);
            }
        }
        return found;
    }

    private void received(String text) {
        JsonObject message = JsonParser.parseString(text).getAsJsonObject();
        if (message.has("id") && !message.has("method")) {
            CompletableFuture<JsonElement> result = pending.remove(message.get("id").getAsString());
            if (result != null) {
                if (message.has("error")) {
                    result.completeExceptionally(new AssertionError(message.get("error").toString()));
                } else {
                    result.complete(message.get("result"));
                }
            }
        } else if (message.has("method") && "process".equals(message.get("method").getAsString())) {
            actions.add(message.getAsJsonObject("params").getAsJsonObject("action"));
        }
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null)
                .join();
    }

    private static final class Holder {
        volatile GlspTestClient client;
        final StringBuilder partial = new StringBuilder();
        final List<String> early = new ArrayList<>();
        final WebSocket.Listener listener = new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    String text = partial.toString();
                    partial.setLength(0);
                    synchronized (early) {
                        if (client == null) {
                            early.add(text);
                        } else {
                            early.forEach(client::received);
                            early.clear();
                            client.received(text);
                        }
                    }
                }
                webSocket.request(1);
                return null;
            }
        };
    }
}
