package id.netra.intake.report;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.netra.kit.validation.Nik;
import id.netra.kit.validation.Nip;
import id.netra.kit.validation.RegionCode;

/**
 * A report of an ASN neutrality violation, as the law asks for it: who reports, who is reported, what happened, in
 * which election, and through which channel. Dates are checked against the region's calendar when it arrives.
 */
@Schema(name = "ReportRequest", description = "A report of an ASN neutrality violation")
public record ReportRequest(
        @Schema(description = "election code from the elections data", example = "PILKADA_2024", maxLength = 40) @NotBlank @Size(max = 40) String electionCode,
        @Schema(description = "how the report came in. Partners may claim PARTNER (default), MONITOR or SOCIAL_MEDIA; "
                + "Bawaslu BAWASLU_FINDING (its default) or SOCIAL_MEDIA. PUBLIC is set by the public endpoint only.", enumeration = {
                        "PUBLIC", "MONITOR", "PARTNER", "BAWASLU_FINDING",
                        "SOCIAL_MEDIA" }, example = "PARTNER") @Pattern(regexp = CHANNELS, message = "{netra.validation.CHANNEL}") String channel,
        @NotNull @Valid Reporter reporter,
        @NotNull @Valid Accused accused,
        @NotNull @Valid Incident incident){

    static final String CHANNELS = "PUBLIC|MONITOR|PARTNER|BAWASLU_FINDING|SOCIAL_MEDIA";

    /** Who reports. Stored encrypted; never shown in events, logs or tracking answers. */
    @Schema(name = "Reporter", description = "The reporter (pelapor). Identity fields are encrypted at rest.")
    public record Reporter(
            @Schema(example = "Siti Aminah", maxLength = 200) @NotBlank @Size(max = 200) String name,
            @Schema(example = "6471054505900001", description = "16-digit NIK; its birth date and gender must match") @NotBlank @Nik String nik,
            @Schema(example = "Balikpapan", maxLength = 100) @NotBlank @Size(max = 100) String placeOfBirth,
            @Schema(example = "1990-05-05", description = "not in the future") @NotNull LocalDate dateOfBirth,
            @Schema(enumeration = {
                    "MALE",
                    "FEMALE" }, example = "FEMALE") @NotBlank @Pattern(regexp = "MALE|FEMALE", message = "{netra.validation.GENDER}") String gender,
            @Schema(example = "Guru", maxLength = 100) @NotBlank @Size(max = 100) String occupation,
            @Schema(example = "Jl. Jenderal Sudirman No. 1, Balikpapan", maxLength = 500) @NotBlank @Size(max = 500) String address,
            @Schema(example = "081234567890", pattern = PHONE) @NotBlank @Pattern(regexp = PHONE, message = "{netra.validation.PHONE_FORMAT}") String phone,
            @Schema(example = "siti@example.org", maxLength = 200) @Email @Size(max = 200) String email,
            @Schema(description = "keep the identity from the accused, regional staff and the public") boolean confidential){

        static final String PHONE = "\\+?[0-9 ()-]{6,20}";
    }

    /** The civil servant reported. */
    @Schema(name = "Accused", description = "The civil servant (ASN) reported")
    public record Accused(
            @Schema(example = "Budi Santoso", maxLength = 200) @NotBlank @Size(max = 200) String name,
            @Schema(example = "196608011988031001", description = "18-digit NIP. Required, except on the public channel: "
                    + "a public report without it is kept as a lead (informasi awal).") @Nip String nip,
            @Schema(example = "Sekretaris Dinas", maxLength = 200) @NotBlank @Size(max = 200) String position,
            @Schema(example = "Dinas Pendidikan Kota Balikpapan", description = "agency / OPD", maxLength = 200) @NotBlank @Size(max = 200) String agency,
            @Schema(example = "64.71", description = "region of the employing government: the case's region") @NotBlank @RegionCode String regionCode) {
    }

    /** What happened, when and where. */
    @Schema(name = "Incident", description = "The act reported")
    public record Incident(
            @Schema(example = "D7", description = "code from the violation catalogue, or UNKNOWN with a violationDescription", maxLength = 10) @NotBlank @Size(max = 10) String violationCode,
            @Schema(example = "Ikut kampanye di media sosial", description = "required when violationCode is UNKNOWN", maxLength = 500) @Size(max = 500) String violationDescription,
            @Schema(example = "2024-10-01", description = "not in the future, not after knownOn") @NotNull LocalDate occurredOn,
            @Schema(example = "2024-10-02", description = "the day it became known: the filing deadline counts from it") @NotNull LocalDate knownOn,
            @Schema(example = "Kantor Dinas Pendidikan", maxLength = 500) @NotBlank @Size(max = 500) String place,
            @Schema(example = "64.71", description = "region where it happened") @NotBlank @RegionCode String regionCode,
            @Schema(example = "Foto bersama paslon dengan pose dua jari.", maxLength = 10000) @NotBlank @Size(max = 10000) String description,
            @Schema(description = "people who saw it (name and how to reach them)", maxItems = 20) @Size(max = 20) List<@NotBlank @Size(max = 300) String> witnesses,
            @Schema(description = "links to the material", maxItems = 20) @Size(max = 20) List<@NotBlank @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "{netra.validation.LINK_FORMAT}") String> links) {
    }
}
