package id.netra.intake.report;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.netra.kit.validation.Nik;
import id.netra.kit.validation.Nip;
import id.netra.kit.validation.RegionCode;

/** A report as a partner or Bawaslu submits it. */
@Schema(name = "ReportRequest", description = "A report of an ASN neutrality violation")
public record ReportRequest(
        @Schema(description = "election code from the elections data", example = "PILKADA_2024") @NotBlank @Size(max = 40) String electionCode,
        @NotNull @Valid Reporter reporter,
        @NotNull @Valid Accused accused,
        @NotNull @Valid Incident incident) {

    /** Who reports. Stored encrypted; never shown in events, logs or tracking answers. */
    @Schema(name = "Reporter")
    public record Reporter(
            @Schema(example = "Siti Aminah") @NotBlank @Size(max = 200) String name,
            @Schema(example = "6471054505900001", description = "16-digit NIK") @NotBlank @Nik String nik,
            @Schema(example = "Jl. Jenderal Sudirman No. 1, Balikpapan") @NotBlank @Size(max = 500) String address,
            @Schema(example = "081234567890") @NotBlank @Pattern(regexp = "\\+?[0-9 ()-]{6,20}", message = "{netra.validation.PHONE_FORMAT}") String phone,
            @Schema(example = "siti@example.org") @Email @Size(max = 200) String email,
            @Schema(description = "keep the identity from the accused, regional staff and the public") boolean confidential) {
    }

    /** The civil servant reported. */
    @Schema(name = "Accused")
    public record Accused(
            @Schema(example = "Budi Santoso") @NotBlank @Size(max = 200) String name,
            @Schema(example = "196608011988031001", description = "18-digit NIP") @NotBlank @Nip String nip,
            @Schema(example = "Sekretaris Dinas") @Size(max = 200) String position,
            @Schema(example = "Dinas Pendidikan Kota Balikpapan") @Size(max = 200) String agency,
            @Schema(example = "64.71", description = "region of the employing government") @NotBlank @RegionCode String regionCode) {
    }

    /** What happened, when and where. */
    @Schema(name = "Incident")
    public record Incident(
            @Schema(example = "D7", description = "code from the violation catalogue") @NotBlank @Size(max = 10) String violationCode,
            @Schema(example = "2024-10-01") @NotNull @PastOrPresent LocalDate occurredOn,
            @Schema(example = "2024-10-02") @NotNull @PastOrPresent LocalDate knownOn,
            @Schema(example = "Kantor Dinas Pendidikan") @Size(max = 500) String place,
            @Schema(example = "Posted a photo with the candidate pair showing a two-finger sign.") @NotBlank @Size(max = 10000) String description,
            @Size(max = 20) List<@NotBlank @Size(max = 2000) String> links) {
    }
}
