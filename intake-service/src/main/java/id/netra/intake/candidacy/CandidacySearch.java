package id.netra.intake.candidacy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Finding an ASN's watches by NIP. The NIP travels in a body, never in an address: addresses end up in access logs,
 * proxies and browser histories, which must not list who is watched.
 */
@Schema(name = "CandidacySearch", description = "The ASN's watches, by NIP")
public record CandidacySearch(
        @Schema(description = "the ASN's 18-digit NIP", example = "196608011988031001") @NotBlank @Pattern(regexp = "[0-9]{18}", message = "{netra.validation.NIP_FILTER_INVALID}") String nip,
        @Schema(description = "only the watch of this election", example = "PEMILU_2024", maxLength = 40) @Pattern(regexp = "[A-Z0-9_]{1,40}", message = "{netra.validation.CODE_FILTER_INVALID}") String electionCode) {
}
