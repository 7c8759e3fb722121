package id.netra.intake.review;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.netra.kit.validation.Nip;

/** What the reporter adds when the initial review asked for it. */
@Schema(name = "CompletionRequest")
public record CompletionRequest(
        @Schema(description = "the information asked for", example = "Unggahan ada di tautan berikut; terlapor bertugas di Dinas Pendidikan.", maxLength = 10000) @NotBlank @Size(max = 10000) String text,
        @Schema(description = "the accused's NIP, if it was missing (a lead becomes a registrable case)", example = "196608011988031001") @Nip String accusedNip,
        @Schema(description = "more links to the material", maxItems = 20) @Size(max = 20) List<@NotBlank @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "{netra.validation.LINK_FORMAT}") String> links) {
}
