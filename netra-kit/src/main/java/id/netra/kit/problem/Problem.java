package id.netra.kit.problem;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The body of every error answer: RFC 9457 problem details with a stable {@code code} and per-field errors. */
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json)")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(example = "urn:netra:problem:VALIDATION_FAILED") String type,
        @Schema(example = "Data tidak valid") String title,
        @Schema(example = "400") int status,
        @Schema(example = "Periksa kolom yang ditandai.") String detail,
        @Schema(description = "stable machine code", example = "VALIDATION_FAILED") String code,
        String instance,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
