package id.netra.intake.report;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
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
@ApplicationScoped
public class ReporterVault {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec pseudonymKey;
    private final SecureRandom random = new SecureRandom();
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public ReporterVault(@ConfigProperty(name = "netra.reporter.encryption-key") String encryptionKey,
            @ConfigProperty(name = "netra.reporter.pseudonym-key") String pseudonymKey) {
        byte[] key = Base64.getDecoder().decode(encryptionKey);
        if (key.length != 32) {
            throw new IllegalStateException("netra.reporter.encryption-key must be 32 bytes, base64-encoded");
        }
        this.encryptionKey = new SecretKeySpec(key, "AES");
        this.pseudonymKey = new SecretKeySpec(Base64.getDecoder().decode(pseudonymKey), "HmacSHA256");
    }

    public byte[] seal(ReportRequest.Reporter reporter) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(mapper.writeValueAsBytes(reporter));
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException | JsonProcessingException e) {
            throw new IllegalStateException("Reporter identity could not be encrypted", e);
        }
    }

    public ReportRequest.Reporter open(byte[] sealed) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            byte[] plain = cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
            return mapper.readValue(plain, ReportRequest.Reporter.class);
        } catch (GeneralSecurityException | java.io.IOException e) {
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
