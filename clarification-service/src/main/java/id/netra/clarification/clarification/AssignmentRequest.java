package id.netra.clarification.clarification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Puts a named officer in charge of the clarification. */
@Schema(name = "AssignmentRequest", example = """
        {"assignee": "budi.inspektorat", "reason": "Pemeriksa sebelumnya cuti."}""")
public record AssignmentRequest(
        @Schema(required = true, maxLength = 100, pattern = AssignmentRequest.ACCOUNT, description = "the officer's account name", example = "budi.inspektorat") @NotBlank @Pattern(regexp = AssignmentRequest.ACCOUNT, message = "{netra.validation.ACCOUNT_NAME}") String assignee,
        @Schema(maxLength = 4000, description = "why the clarification changes hands; required for a reassignment", example = "Pemeriksa sebelumnya cuti.") @Size(max = 4000) String reason) {

    /** A Keycloak user name: lower case letters, digits, dot, dash, underscore, @. */
    static final String ACCOUNT = "[a-z0-9][a-z0-9._@-]{0,99}";
}
