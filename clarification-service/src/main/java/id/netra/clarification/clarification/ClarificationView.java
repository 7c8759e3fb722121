package id.netra.clarification.clarification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import id.netra.contracts.Outcome;

/** A clarification as the API shows it. */
@Schema(name = "Clarification", description = "The Inspektorat's clarification of one case")
public record ClarificationView(
        @Schema(example = "01928c3e-5f7a-7b3c-9d2e-4f5a6b7c8d9e") UUID id,
        @Schema(example = "01928c3e-1a2b-7c3d-8e4f-5a6b7c8d9e0f") UUID caseId,
        @Schema(example = "64.71-2024-000007") String caseNumber,
        @Schema(description = "Kemendagri code of the accused's employing government", example = "64.71") String regionCode,
        @Schema(example = "PILKADA_2024") String electionCode,
        AccusedView accused,
        @Schema(description = "codes alleged at registration", example = "[\"D7\"]") List<String> allegedViolationCodes,
        ClarificationStatus status,
        Instant openedAt,
        Instant dueAt,
        @Schema(description = "open past its due date") boolean overdue,
        @Schema(description = "absent while the clarification is open") @JsonInclude(JsonInclude.Include.NON_NULL) ConclusionView conclusion) {

    static ClarificationView of(Clarification clarification, Instant now) {
        ConclusionView conclusion = clarification.isConcluded()
                ? new ConclusionView(clarification.outcome(), clarification.violationCodes(), clarification.actDate(),
                        clarification.reason(), clarification.concludedAt(), clarification.concludedBy())
                : null;
        var accused = clarification.accused();
        return new ClarificationView(clarification.id(), clarification.caseId(), clarification.caseNumber(),
                clarification.regionCode(), clarification.electionCode(),
                new AccusedView(accused.name(), accused.nip(), accused.position(), accused.agency()),
                clarification.allegedViolationCodes(), clarification.status(), clarification.openedAt(),
                clarification.dueAt(), clarification.isOverdue(now), conclusion);
    }

    /** The civil servant the case is about. */
    @Schema(name = "Accused")
    public record AccusedView(
            @Schema(example = "Budi Santoso") String name,
            @Schema(example = "196608011988031001") String nip,
            @Schema(example = "Sekretaris Dinas") String position,
            @Schema(example = "Dinas Pendidikan Kota Balikpapan") String agency) {
    }

    /** The Inspektorat's conclusion. */
    @Schema(name = "Conclusion")
    public record ConclusionView(
            Outcome outcome,
            @Schema(example = "[\"D7\"]") List<String> violationCodes,
            @Schema(example = "2024-10-01") LocalDate actDate,
            String reason,
            Instant concludedAt,
            @Schema(example = "inspektorat.balikpapan") String concludedBy) {
    }
}
