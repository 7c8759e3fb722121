package id.netra.intake.report;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Keeps reporters' identities confidential: AES-256-GCM at rest (random nonce per record, so equal identities give
 * different ciphertexts), and a keyed pseudonym (HMAC) for events and logs, stable per NIK so repeat reporters can be
 * counted without being named.
 */
import id.netra.kit.crypto.Sealer;

@ApplicationScoped
public class ReporterVault {

    private final Sealer sealer;
    private final SecretKeySpec pseudonymKey;
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public ReporterVault(@ConfigProperty(name = "netra.reporter.encryption-key") String encryptionKey,
            @ConfigProperty(name = "netra.reporter.pseudonym-key") String pseudonymKey) {
        this.sealer = Sealer.of(encryptionKey, "netra.reporter.encryption-key");
        this.pseudonymKey = new SecretKeySpec(Base64.getDecoder().decode(pseudonymKey), "HmacSHA256");
    }

    public byte[] seal(ReportRequest.Reporter reporter) {
        try {
            return sealer.seal(mapper.writeValueAsBytes(reporter));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Reporter identity could not be encrypted", e);
        }
    }

    public ReportRequest.Reporter open(byte[] sealed) {
        try {
            return mapper.readValue(sealer.open(sealed), ReportRequest.Reporter.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Reporter identity could not be decrypted", e);
        }
    }

    /** The pseudonymous reporter id carried by events: the same NIK always gives the same id. */
    public String pseudonym(String nik) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(pseudonymKey);
            byte[] digest = mac.doFinal(nik.getBytes(StandardCharsets.UTF_8));
            return "rep-" + HexFormat.of().formatHex(digest, 0, 12);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Pseudonym could not be computed", e);
        }
    }
}
