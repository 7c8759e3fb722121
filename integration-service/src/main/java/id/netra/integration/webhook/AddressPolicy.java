package id.netra.integration.webhook;

import java.math.BigInteger;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Which receivers Netra may call (no server-side request forgery): http(s) only, and never a loopback, link-local
 * (cloud metadata included), private, unique-local, carrier-grade NAT, multicast or unspecified address unless the
 * allow-list names it. Checked when subscribing and again on every delivery against the addresses the name resolves
 * to then, which is the address the delivery then connects to (a name that changes its answer gains nothing).
 */
@ApplicationScoped
public class AddressPolicy {

    private static final List<Cidr> REFUSED = List.of(
            Cidr.of("0.0.0.0/8"), Cidr.of("10.0.0.0/8"), Cidr.of("100.64.0.0/10"), Cidr.of("127.0.0.0/8"),
            Cidr.of("169.254.0.0/16"), Cidr.of("172.16.0.0/12"), Cidr.of("192.0.0.0/24"), Cidr.of("192.168.0.0/16"),
            Cidr.of("198.18.0.0/15"), Cidr.of("224.0.0.0/4"), Cidr.of("240.0.0.0/4"), Cidr.of("::/128"),
            Cidr.of("::1/128"), Cidr.of("fc00::/7"), Cidr.of("fe80::/10"), Cidr.of("ff00::/8"));

    private final List<String> allowedNames = new ArrayList<>();
    private final List<Cidr> allowedRanges = new ArrayList<>();

    @Inject
    public AddressPolicy(WebhooksConfig config) {
        this(config.allowedHosts().orElse(List.of()));
    }

    AddressPolicy(List<String> allowed) {
        for (String entry : allowed) {
            String value = entry.strip().toLowerCase(Locale.ROOT);
            if (value.contains("/")) {
                allowedRanges.add(Cidr.of(value));
            } else if (!value.isEmpty()) {
                allowedNames.add(value);
            }
        }
    }

    /** Why the URL may not be a receiver (a problem code), or empty when its form is fine. */
    public Optional<String> refuseUrl(String url) {
        if (url == null || url.isBlank() || url.length() > 2000) {
            return Optional.of("URL_INVALID");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("URL_INVALID");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return Optional.of("URL_SCHEME_NOT_ALLOWED");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            return Optional.of("URL_INVALID");
        }
        return Optional.empty();
    }

    /** Whether Netra may connect to {@code address} for the receiver named {@code host}. */
    public boolean allows(String host, InetAddress address) {
        if (allowedNames.contains(host.toLowerCase(Locale.ROOT))
                || allowedRanges.stream().anyMatch(range -> range.contains(address))) {
            return true;
        }
        InetAddress effective = unmapped(address);
        return REFUSED.stream().noneMatch(range -> range.contains(effective));
    }

    /**
     * The address to connect to for the host: all it resolves to must be allowed (a name with one private answer
     * among public ones is refused), blocking DNS lookup, so call it off the event loop.
     *
     * @throws UnknownHostException when the name does not resolve
     * @throws RefusedAddressException when an answer is refused
     */
    public InetAddress resolve(String host) throws UnknownHostException {
        InetAddress[] addresses = InetAddress.getAllByName(host);
        for (InetAddress address : addresses) {
            if (!allows(host, address)) {
                throw new RefusedAddressException(host + " resolves to a refused address");
            }
        }
        return addresses[0];
    }

    /** An IPv4 address written as IPv6 (::ffff:a.b.c.d) is judged as the IPv4 address it is. */
    private static InetAddress unmapped(InetAddress address) {
        if (address instanceof Inet6Address v6) {
            byte[] bytes = v6.getAddress();
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= bytes[i] == 0;
            }
            if (mapped && bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff) {
                try {
                    return InetAddress.getByAddress(new byte[] { bytes[12], bytes[13], bytes[14], bytes[15] });
                } catch (UnknownHostException e) {
                    throw new IllegalStateException("four bytes are always an address", e);
                }
            }
        }
        return address;
    }

    /** A receiver's name resolved to an address Netra may not call. */
    public static class RefusedAddressException extends RuntimeException {
        RefusedAddressException(String message) {
            super(message);
        }
    }

    record Cidr(byte[] network, int bits) {

        static Cidr of(String text) {
            String[] parts = text.split("/");
            try {
                // a literal, parsed without any lookup
                byte[] network = InetAddress.getByName(parts[0]).getAddress();
                return new Cidr(network, Integer.parseInt(parts[1]));
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("not an address range: " + text, e);
            }
        }

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
                    .shiftLeft(bytes.length * 8 - bits);
            return new BigInteger(1, bytes).and(mask).equals(new BigInteger(1, network).and(mask));
        }
    }
}
