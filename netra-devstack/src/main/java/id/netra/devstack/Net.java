package id.netra.devstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Small network helpers: is a port free, what does a URL answer. */
final class Net {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Net() {
    }

    /** True when nothing listens on the port (on any local address). */
    static boolean isPortFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            // reuse-address so that a port in TIME_WAIT after a stop counts as free, as it does for the servers
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static void requireFree(int port, String what, String hint) {
        if (!isPortFree(port)) {
            throw new IllegalStateException("port " + port + " for " + what + " is already in use; " + hint);
        }
    }

    /** The HTTP status of a GET, or -1 when nothing answers. */
    static int status(URI uri) {
        try {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting", e);
        }
    }
}
