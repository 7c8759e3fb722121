package id.netra.sanction.rules;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An election or re-run an admin adds, or an election whose dates an admin sets or corrects. */
@Schema(name = "ElectionRequest", description = "An election, PSU or pilkada ulang; the same code again replaces it")
public record ElectionRequest(
        @Schema(required = true, pattern = "^[A-Z][A-Z0-9_]{2,39}$", example = "PSU_2027_KOTA_CONTOH") String code,
        @Schema(required = true, enumeration = {
                "PEMILU", "PILKADA", "PILKADA_PSU", "PILKADA_ULANG" }) String kind,
        @Schema(maxLength = 200) String name,
        @Schema(description = "made up for trying the suite, not an official election") Boolean demo,
        @Schema(nullable = true, description = "null while the election body has not set it") LocalDate votingDate,
        @Schema(description = "the day the candidates were set; required with the voting date") LocalDate candidateSettingDate,
        Range campaign,
        @Schema(description = "the days an act can belong to the election; default: a year before the first candidate-setting date to 90 days after the voting day") Range period,
        @Schema(description = "for a re-run: the Kemendagri codes it covers; empty: the whole country") List<String> regions,
        @Schema(description = "the races, each with its own candidate-setting date where it differs") List<Contest> contests,
        @Schema(enumeration = { "high", "medium", "low" }) String confidence,
        @Schema(description = "where the dates come from (the KPU decision, a report); at least one unless a demo") List<String> sources,
        @Schema(maxLength = 2000) String note){

    public record Range(LocalDate from, LocalDate to) {
    }

    public record Contest(
            @Schema(required = true, example = "BUPATI") String code,
            LocalDate candidateSettingDate,
            LocalDate votingDate,
            Range campaign) {
    }
}
