package id.netra.intake.identity;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.netra.intake.report.ReportRequest;

/** A reporter's decrypted identity, as shown to a role that needs it; each answer is audited. */
@Schema(name = "ReporterIdentity")
public record ReporterIdentity(
        UUID reportId,
        @Schema(example = "64.71-2024-000001") String caseNumber,
        @Schema(description = "the pseudonym events and logs carry", example = "rep-3f2a9c1d0b7e6a5f4c3b2a19") String reporterRef,
        boolean confidential,
        @Schema(description = "the identity as the reporter gave it") ReportRequest.Reporter identity,
        @Schema(description = "id of the audit record written for this view") UUID auditId) {
}
