package id.netra.intake.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

import id.netra.kit.problem.Refusal;

/**
 * The Idempotency-Key of the endpoints that create something (a report, a candidacy watch): the first request with a
 * key creates, a retry with the same key and body gets what the first created and stores nothing new, the same key
 * with another body is refused. Keys belong to their submitter; the claim is the key's row, inserted in the creating
 * transaction, so two retries arriving together create once.
 */
@ApplicationScoped
public class Idempotency {

    /** What a key's request created, and the column of {@code idempotency_key} that names it. */
    public enum Target {
        REPORT("report_id"),
        CANDIDACY("candidacy_id");

        private final String column;

        Target(String column) {
            this.column = column;
        }
    }

    private final ObjectMapper canonical = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    /**
     * Inside the caller's transaction: {@code create} for the key's first request, else {@code replay} of the id the
     * first one created ({@code createdId} tells it from the result).
     */
    public <T> Uni<T> once(String submitter, String key, Object request, Target target, Supplier<Uni<T>> create,
            Function<T, UUID> createdId, Function<UUID, Uni<T>> replay) {
        String hash = hash(request);
        return claim(submitter, key, hash).chain(claimed -> {
            if (claimed) {
                return create.get().call(result -> bind(submitter, key, target, createdId.apply(result)));
            }
            return find(submitter, key).chain(previous -> {
                UUID created = target == Target.REPORT ? previous.reportId : previous.candidacyId;
                // another body, or the same key used before on another endpoint
                if (!hash.equals(previous.requestHash) || created == null) {
                    throw Refusal.ruleBroken("IDEMPOTENCY_KEY_REUSED");
                }
                return replay.apply(created);
            });
        });
    }

    /** Claims the key for this submitter; false if it was claimed before. */
    private Uni<Boolean> claim(String submitter, String key, String requestHash) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                "INSERT INTO idempotency_key (submitted_by, key, request_hash, created_at) "
                        + "VALUES (:submitter, :key, :hash, now()) ON CONFLICT DO NOTHING")
                .setParameter("submitter", submitter)
                .setParameter("key", key)
                .setParameter("hash", requestHash)
                .executeUpdate())
                .map(inserted -> inserted == 1);
    }

    private Uni<Void> bind(String submitter, String key, Target target, UUID created) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                "UPDATE idempotency_key SET " + target.column + " = :created WHERE submitted_by = :submitter "
                        + "AND key = :key")
                .setParameter("created", created)
                .setParameter("submitter", submitter)
                .setParameter("key", key)
                .executeUpdate())
                .replaceWithVoid();
    }

    private Uni<IdempotencyKey> find(String submitter, String key) {
        IdempotencyKey.Key id = new IdempotencyKey.Key();
        id.submittedBy = submitter;
        id.key = key;
        return Panache.getSession().chain(session -> session.find(IdempotencyKey.class, id));
    }

    /** SHA-256 of the request written canonically (properties and map entries in order), to tell a retry apart. */
    String hash(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.writeValueAsString(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Request could not be hashed", e);
        }
    }
}
