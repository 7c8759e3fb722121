package id.netra.clarification.clarification;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;

import id.netra.kit.id.Ids;

/** Writes the audit trail, inside the transaction of the change it records. */
@ApplicationScoped
public class AuditLog {

    /** The actor of what the service does by itself (opening, reminders). */
    static final String SYSTEM = "system";

    private final AuditRepository repository;
    private final ObjectMapper json;

    public AuditLog(AuditRepository repository, ObjectMapper json) {
        this.repository = repository;
        this.json = json;
    }

    Uni<Void> record(String caseNumber, String regionCode, String action, String actor, Instant at,
            Map<String, ?> details) {
        return repository.append(AuditEntry.of(Ids.uuidV7(), caseNumber, regionCode, action, actor, at,
                toJson(details)));
    }

    Uni<Void> record(Clarification clarification, String action, String actor, Instant at, Map<String, ?> details) {
        return record(clarification.caseNumber(), clarification.regionCode(), action, actor, at, details);
    }

    String toJson(Map<String, ?> details) {
        try {
            return json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit details not serialisable", e);
        }
    }

    /** A details map that keeps nulls and order (Map.of allows neither). */
    static Map<String, Object> details(Object... keysAndValues) {
        Map<String, Object> details = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            details.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return details;
    }
}
