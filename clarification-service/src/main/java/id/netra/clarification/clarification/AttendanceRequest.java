package id.netra.clarification.clarification;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.netra.contracts.Attendance;

/** Whether the accused came to the hearing in force. */
@Schema(name = "AttendanceRequest", example = """
        {"attendance": "NO_SHOW", "note": "Terlapor tidak hadir tanpa pemberitahuan."}""")
public record AttendanceRequest(
        @Schema(required = true, example = "NO_SHOW") @NotNull Attendance attendance,
        @Schema(maxLength = 4000, description = "internal: never published", example = "Terlapor tidak hadir tanpa pemberitahuan.") @Size(max = 4000) String note) {
}
