package id.netra.clarification.clarification;

import java.time.LocalDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A summons to the clarification hearing; the time is the wall-clock time of the case's region. */
@Schema(name = "ScheduleRequest", example = """
        {"scheduledAt": "2024-10-10T09:00", "place": "Ruang Rapat Inspektorat Kota Balikpapan",
         "letterNumber": "700/123/INSP/X/2024"}""")
public record ScheduleRequest(
        @Schema(required = true, type = SchemaType.STRING, format = "local-date-time", description = "local date and time in the region's zone (WIB, WITA or WIT), no offset; in the future", example = "2024-10-10T09:00") @NotNull LocalDateTime scheduledAt,
        @Schema(required = true, maxLength = 300, example = "Ruang Rapat Inspektorat Kota Balikpapan") @NotBlank @Size(max = 300) String place,
        @Schema(required = true, maxLength = 100, description = "number of the summons letter", example = "700/123/INSP/X/2024") @NotBlank @Size(max = 100) String letterNumber,
        @Schema(maxLength = 4000, description = "why an earlier schedule is replaced; required for a reschedule", example = "Terlapor sedang dinas luar kota.") @Size(max = 4000) String reason) {
}
