package id.netra.integration.feed;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import id.netra.contracts.CaseEvent;

/**
 * What of an event leaves the suite: ids, the case number, region, status words, codes and dates. Kept by name, so a
 * field a producer adds later stays inside until it is named here; never the reporter's reference, the accused, nor
 * any free text (reasons, notes, names of officers) that could carry a person's identity.
 */
final class ThinEvent {

    /** The fields that leave, besides every {@code …Id} (an id) and every {@code …At}, {@code …On}, {@code …Date}. */
    static final Set<String> KEPT = Set.of("caseNumber", "regionCode", "electionCode", "contestCode", "channel",
            "outcome", "status", "level", "alternativeLevel", "recommendedLevel", "imposedLevel", "sanctionCode",
            "violationCodes", "allegedViolationCodes", "candidacyStage", "compliant", "reasonCode", "target",
            "targetRegionCode", "changedFields", "attendance", "provisional", "overdue",
            // a candidacy watch's: codes, due days and flags, never the ASN or the party
            "obligation", "obligations", "late", "cltnStatus", "d5Flagged", "d3CaseNumber");
    /** Ends like an id or a date but names a person or carries text. */
    static final Set<String> NEVER = Set.of("reporterRef", "accusedNip", "nip", "decidedBy", "concludedBy",
            "correctedBy", "assignedBy", "setBy");

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private ThinEvent() {
    }

    static String of(CaseEvent event) {
        ObjectNode node = MAPPER.valueToTree(event);
        for (Iterator<Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>> fields = node.fields(); fields
                .hasNext();) {
            if (!kept(fields.next().getKey())) {
                fields.remove();
            }
        }
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree is always writable", e);
        }
    }

    static boolean kept(String field) {
        if (NEVER.contains(field)) {
            return false;
        }
        return KEPT.contains(field) || field.endsWith("Id") || field.endsWith("At") || field.endsWith("On")
                || field.endsWith("Date");
    }
}
