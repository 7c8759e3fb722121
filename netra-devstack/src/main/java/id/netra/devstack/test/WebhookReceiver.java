package id.netra.devstack.test;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/** A webhook receiver on the loopback address, as a regional government would run one, answering with scripted status codes. */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as it arrived. */
    public record Request(Instant at, Map<String, List<String>> headers, String body, int answered) {

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                    .map(e -> e.getValue().get(0)).orElse(null);
        }
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Deque<int[]> script = new ArrayDeque<>();

    public WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            int[] answer;
            synchronized (script) {
                answer = script.isEmpty() ? new int[] { 200, -1 } : script.poll();
            }
            if (answer[1] >= 0) {
                exchange.getResponseHeaders().add("Retry-After", Integer.toString(answer[1]));
            }
            requests.add(new Request(Instant.now(), Map.copyOf(exchange.getRequestHeaders()), body, answer[0]));
            exchange.sendResponseHeaders(answer[0], -1);
            exchange.close();
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** The next requests get these answers in turn, then 200. */
    public void answer(int status, int retryAfterSeconds) {
        synchronized (script) {
            script.add(new int[] { status, retryAfterSeconds });
        }
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
