package id.netra.integration.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which receivers are refused, judged by the address check alone: only literals, no lookup, no traffic. */
class AddressPolicyTest {

    private final AddressPolicy production = new AddressPolicy(List.of());
    private final AddressPolicy localRun = new AddressPolicy(List.of("localhost", "127.0.0.0/8", "::1/128"));

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = { "127.0.0.1", "127.255.255.254", "::1", "0.0.0.0", "::", "10.0.0.1", "10.255.255.255",
            "172.16.0.1", "172.31.255.255", "192.168.1.10", "169.254.169.254", "169.254.0.1", "100.64.0.1",
            "100.127.255.255", "192.0.0.170", "198.18.0.1", "224.0.0.1", "239.255.255.250", "255.255.255.255",
            "fd00:ec2::254", "fc00::1", "fe80::1", "ff02::1", "::ffff:127.0.0.1", "::ffff:169.254.169.254",
            "::ffff:10.0.0.1" })
    void shouldRefuseLoopbackPrivateLinkLocalAndSpecialAddresses(String literal) throws UnknownHostException {
        assertThat(production.allows("receiver.example", InetAddress.getByName(literal))).isFalse();
    }

    @ParameterizedTest(name = "{0} is allowed")
    @ValueSource(strings = { "93.184.216.34", "8.8.8.8", "172.32.0.1", "172.15.255.255", "100.128.0.1",
            "2001:4860:4860::8888", "::ffff:93.184.216.34" })
    void shouldAllowPublicAddresses(String literal) throws UnknownHostException {
        assertThat(production.allows("receiver.example", InetAddress.getByName(literal))).isTrue();
    }

    @ParameterizedTest(name = "{0} by {1}: {2}")
    @CsvSource({ "127.0.0.1, receiver.example, true", "::1, receiver.example, true",
            "10.0.0.1, receiver.example, false", "169.254.169.254, receiver.example, false",
            "10.0.0.1, localhost, true" })
    void shouldLetOnlyTheAllowListThrough(String literal, String host, boolean allowed) throws UnknownHostException {
        assertThat(localRun.allows(host, InetAddress.getByName(literal))).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({ "ftp://receiver.example/hook, URL_SCHEME_NOT_ALLOWED", "file:///etc/passwd, URL_SCHEME_NOT_ALLOWED",
            "gopher://receiver.example:70/, URL_SCHEME_NOT_ALLOWED", "javascript:alert(1), URL_SCHEME_NOT_ALLOWED",
            "https://user:pass@receiver.example/hook, URL_INVALID", "https:///hook, URL_INVALID",
            "https://receiver.example/hook#part, URL_INVALID", "not a url, URL_INVALID",
            "'', URL_INVALID" })
    void shouldRefuseUrlsThatAreNotPlainHttp(String url, String code) {
        assertThat(production.refuseUrl(url)).contains(code);
    }

    @ParameterizedTest
    @ValueSource(strings = { "https://receiver.example/hook", "http://203.0.113.7:8443/netra?x=1" })
    void shouldAcceptAPlainHttpUrl(String url) {
        assertThat(production.refuseUrl(url)).isEmpty();
    }
}
