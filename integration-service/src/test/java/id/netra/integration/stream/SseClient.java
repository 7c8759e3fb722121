package id.netra.integration.stream;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A server-sent events client as a browser's EventSource is one: it reads the stream line by line on a thread of its
 * own and hands each message (id, event name, data, comment) to the test.
 */
final class SseClient implements AutoCloseable {

    /** One message of the stream; a heartbeat has only a comment. */
    record Message(String id, String name, String data, String comment) {

        /** The CloudEvent's id: the SSE id is the replica's, a colon, then the event's. */
        String eventId() {
            return id == null ? null : id.substring(id.indexOf(':') + 1);
        }
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final HttpResponse<Stream<String>> response;
    private final BlockingQueue<Message> messages = new LinkedBlockingQueue<>();
    private final Thread reader;

    private SseClient(HttpResponse<Stream<String>> response) {
        this.response = response;
        this.reader = new Thread(this::read, "sse-client");
        reader.setDaemon(true);
        if (response.statusCode() == 200) {
            reader.start();
        }
    }

    static SseClient open(URI uri, String authorization, String lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        try {
            return new SseClient(HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofLines()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    int status() {
        return response.statusCode();
    }

    String contentType() {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    /** The whole body of an answer that is not a stream (a problem). */
    String body() {
        try (Stream<String> lines = response.body()) {
            return lines.collect(Collectors.joining("\n"));
        }
    }

    /** The next message, or null if none comes in time. */
    Message next(Duration timeout) throws InterruptedException {
        return messages.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The messages up to and including the first that matches; fails if it does not come in time. */
    List<Message> until(Predicate<Message> last, Duration timeout) throws InterruptedException {
        List<Message> seen = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Message message = messages.poll(Math.max(1, (deadline - System.nanoTime()) / 1_000_000),
                    TimeUnit.MILLISECONDS);
            if (message != null) {
                seen.add(message);
                if (last.test(message)) {
                    return seen;
                }
            }
        }
        throw new AssertionError("no matching message within " + timeout + "; saw " + seen);
    }

    /** The events (messages with data) among what arrives within {@code window}. */
    List<Message> eventsWithin(Duration window) throws InterruptedException {
        List<Message> events = new ArrayList<>();
        long deadline = System.nanoTime() + window.toNanos();
        while (System.nanoTime() < deadline) {
            Message message = messages.poll(Math.max(1, (deadline - System.nanoTime()) / 1_000_000),
                    TimeUnit.MILLISECONDS);
            if (message != null && message.data() != null) {
                events.add(message);
            }
        }
        return events;
    }

    /** Whether the server ends the stream within {@code timeout}. */
    boolean endsWithin(Duration timeout) throws InterruptedException {
        reader.join(timeout.toMillis());
        return !reader.isAlive();
    }

    private void read() {
        String id = null;
        String name = null;
        StringBuilder data = null;
        String comment = null;
        try (Stream<String> lines = response.body()) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.isEmpty()) {
                    if (data != null || comment != null || name != null) {
                        messages.add(new Message(id, name, data == null ? null : data.toString(), comment));
                    }
                    id = null;
                    name = null;
                    data = null;
                    comment = null;
                } else if (line.startsWith(":")) {
                    comment = line.substring(1).strip();
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    String part = line.substring(5).startsWith(" ") ? line.substring(6) : line.substring(5);
                    data = data == null ? new StringBuilder(part) : data.append('\n').append(part);
                }
            }
        } catch (UncheckedIOException e) {
            // the stream was closed by the test or the server: nothing more to read
        }
    }

    @Override
    public void close() {
        response.body().close();
        reader.interrupt();
    }
}
