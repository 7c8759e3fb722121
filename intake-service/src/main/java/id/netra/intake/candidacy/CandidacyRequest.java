package id.netra.intake.candidacy;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.netra.kit.validation.Nip;
import id.netra.kit.validation.RegionCode;

/**
 * An ASN who registered with the election body as a (prospective) candidate: who, for which contest of which election,
 * nominated by which party (or independent), on which day, and whether they were on unpaid leave (CLTN) then.
 */
@Schema(name = "CandidacyRequest", description = "An ASN registered as a (prospective) candidate")
public record CandidacyRequest(
        @Schema(description = "election code from the elections data", example = "PEMILU_2024", maxLength = 40) @NotBlank @Size(max = 40) String electionCode,
        @Schema(description = "the contest: one of the election's contests (GET /api/v1/rules/elections), e.g. DPRD, "
                + "WALIKOTA", example = "DPRD", maxLength = 40) @NotBlank @Pattern(regexp = "[A-Z0-9_]{1,40}", message = "{netra.validation.CONTEST_CODE}") String contestCode,
        @NotNull @Valid Asn asn,
        @Schema(description = "the nominating party; leave out for an independent candidate", example = "Partai Contoh", maxLength = 200) @Size(max = 200) String party,
        @Schema(description = "true for an independent candidate (perseorangan, e.g. DPD): then no party", example = "false") Boolean independent,
        @Schema(description = "the day the ASN registered with the election body (KPU/KIP); not in the future, within "
                + "the election's period", example = "2023-05-10") @NotNull LocalDate registeredOn,
        @Schema(description = "unpaid leave (cuti di luar tanggungan negara) on that day: NONE, REQUESTED (asked, not "
                + "granted) or GRANTED. NONE and REQUESTED open (or join) a D3 case.", enumeration = {
                        "NONE",
                        "REQUESTED",
                        "GRANTED" }, example = "NONE") @NotBlank @Pattern(regexp = "NONE|REQUESTED|GRANTED", message = "{netra.validation.CLTN_STATUS}") String cltnStatus,
        @Schema(description = "the evidence of party membership the filer holds (what and where, e.g. the membership "
                + "card in the registration file): flags the watch for D5", maxLength = 1000) @Size(max = 1000) String partyMembershipEvidence){

    /** The ASN registered. */
    @Schema(name = "CandidacyAsn", description = "The ASN who registered")
    public record Asn(
            @Schema(example = "Budi Santoso", maxLength = 200) @NotBlank @Size(max = 200) String name,
            @Schema(example = "196608011988031001", description = "18-digit NIP; it tells a PNS from a PPPK") @NotBlank @Nip String nip,
            @Schema(example = "Sekretaris Dinas", maxLength = 200) @NotBlank @Size(max = 200) String position,
            @Schema(example = "Dinas Pendidikan Kota Balikpapan", description = "agency / OPD", maxLength = 200) @NotBlank @Size(max = 200) String agency,
            @Schema(example = "64.71", description = "region of the employing government: the watch's region") @NotBlank @RegionCode String regionCode) {
    }
}
