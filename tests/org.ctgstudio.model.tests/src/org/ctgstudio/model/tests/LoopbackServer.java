package org.ctgstudio.model.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A server on the loopback interface that counts its connections, and answers them with fixed bytes (or never). */
final class LoopbackServer implements AutoCloseable {
    final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    final AtomicInteger connections = new AtomicInteger();
    private final List<Socket> held = new CopyOnWriteArrayList<>();

    LoopbackServer(byte[] answer) throws IOException {
        Thread acceptor = new Thread(() -> {
            try {
                while (true) {
                    Socket client = socket.accept();
                    connections.incrementAndGet();
                    if (answer == null) {
                        held.add(client); // accepted, never answered, never closed
                        continue;
                    }
                    try (client) {
                        OutputStream out = client.getOutputStream();
                        out.write(("HTTP/1.0 200 OK\r\nContent-Length: " + answer.length + "\r\n\r\n")
                                .getBytes(StandardCharsets.US_ASCII));
                        out.write(answer);
                    }
                }
            } catch (IOException closed) {
                // the test is over
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
    }

    String address() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        for (Socket client : held) {
            client.close();
        }
    }
}
