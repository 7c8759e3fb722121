package id.netra.sanction.statistics;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.netra.sanction.rules.Stage;

/** Case counts in the caller's scope: per election, kabupaten/kota with a province roll-up, violation code, stage. */
@Schema(name = "Statistics")
public record Statistics(
        @Schema(nullable = true, description = "the caller's region; null for a national caller, who sees every region", example = "64.71") String scope,
        @Schema(nullable = true, description = "the election filter applied, if any", example = "PILKADA_2024") String election,
        @Schema(nullable = true, description = "the region filter applied, if any", example = "64") String region,
        Instant generatedAt,
        Counts totals,
        List<ElectionCounts> byElection,
        @Schema(description = "per election and province: the sum of its kabupaten/kota rows") List<ProvinceCounts> byProvince,
        @Schema(description = "per election and kabupaten/kota (or a province's own government)") List<RegionCounts> byRegion,
        @Schema(description = "proven cases per violation code as applied at the act's stage") List<CodeCounts> byViolation,
        @Schema(description = "proven cases per stage (a case with codes of both stages counts in both)") List<StageCounts> byStage) {

    /**
     * The outcome counts of a set of cases. {@code overdue}: the PPK had not decided when the due day ended (decided
     * late, or still open past it); {@code blocked}: a block of the personnel data was requested.
     */
    public record Counts(long cases, long proven, long notProven, long sanctioned, long overdue, long blocked) {

        static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0);

        Counts plus(Counts other) {
            return new Counts(cases + other.cases, proven + other.proven, notProven + other.notProven,
                    sanctioned + other.sanctioned, overdue + other.overdue, blocked + other.blocked);
        }
    }

    public record ElectionCounts(@Schema(example = "PILKADA_2024") String electionCode, Counts counts) {
    }

    public record ProvinceCounts(
            @Schema(example = "PILKADA_2024") String electionCode,
            @Schema(example = "64") String provinceCode,
            @Schema(example = "Kalimantan Timur") String provinceName,
            Counts counts) {
    }

    public record RegionCounts(
            @Schema(example = "PILKADA_2024") String electionCode,
            @Schema(example = "64") String provinceCode,
            @Schema(example = "Kalimantan Timur") String provinceName,
            @Schema(example = "64.71") String regionCode,
            @Schema(example = "Kota Balikpapan") String regionName,
            Counts counts) {
    }

    public record CodeCounts(@Schema(example = "D7") String violationCode, Stage stage, long cases) {
    }

    public record StageCounts(Stage stage, long cases) {
    }
}
