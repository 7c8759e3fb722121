package id.netra.intake.candidacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A document of a watch; an exit request says whether it is held, and by which open cases. */
@Schema(name = "CandidacyDocument")
public record DocumentView(
        UUID documentId,
        UUID candidacyId,
        @Schema(enumeration = {
                "RESIGNATION_LETTER", "RESIGNATION_RECEIPT", "DISMISSAL_DECREE", "CLTN_DECREE",
                "EXIT_REQUEST", "PARTY_MEMBERSHIP" }) String type,
        @Schema(nullable = true, enumeration = { "EARLY_RETIREMENT",
                "RESIGNATION" }, description = "for an EXIT_REQUEST; null otherwise") String exitKind,
        @Schema(description = "the date the letter or decree bears", example = "2023-11-07") LocalDate documentDate,
        @Schema(example = "800/123/BKPSDM") String documentNumber,
        @Schema(description = "the name the sender gave, without folders or control characters", example = "sk-pemberhentian.pdf") String fileName,
        @Schema(description = "the type read from the file's content", example = "application/pdf") String contentType,
        long sizeBytes,
        @Schema(description = "SHA-256 of the content as received, lowercase hex") String sha256,
        @Schema(example = "ppk.balikpapan") String uploadedBy,
        Instant uploadedAt,
        @Schema(nullable = true, description = "for an EXIT_REQUEST: held while a neutrality case about the same NIP "
                + "is open; the request never closes or moots the case; null for other documents") Hold hold){

    /** Whether an exit request is held now, by which open cases the reader may see, and on what basis. */
    @Schema(name = "CandidacyDocumentHold")
    public record Hold(boolean held,
            @Schema(description = "the holding cases about the same NIP within the reader's region") List<String> caseNumbers,
            @Schema(nullable = true, description = "when only forwarded cases (examined outside Netra) hold it: the last day they "
                    + "hold it, a set number of days after forwarding; null while a case handled in Netra holds it") LocalDate heldUntil,
            String basis, @Schema(enumeration = {
                    "C", "P", "U" }) String confidence,
            String text){
    }

    static DocumentView of(CandidacyDocument d, Hold hold) {
        return new DocumentView(d.id, d.candidacyId, d.type.name(), d.exitKind == null ? null : d.exitKind.name(),
                d.documentDate, d.documentNumber, d.fileName, d.contentType, d.sizeBytes, d.sha256, d.uploadedBy,
                d.uploadedAt, hold);
    }
}
