package id.netra.sanction.rules;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.netra.kit.rules.ElectionCatalog;

/** An election as users see it: its contests with the date that decides each act's stage, and how sure its dates are. */
@Schema(name = "Election")
public record ElectionView(
        @Schema(example = "PEMILU_2024") String code,
        @Schema(enumeration = {
                "PEMILU", "PILKADA", "PILKADA_PSU", "PILKADA_ULANG" }) String kind,
        String name,
        @Schema(description = "made up for trying the suite, not an official election") boolean demo,
        @Schema(description = "false while the election has no dates: it takes no report yet") boolean scheduled,
        LocalDate votingDate,
        @Schema(description = "the election's candidate-setting date; a contest may have its own") LocalDate candidateSettingDate,
        ElectionCatalog.Range campaign,
        @Schema(description = "the days an act can belong to it") ElectionCatalog.Range period,
        @Schema(description = "true when the period is Netra's default (a year before the first candidate setting to 90 days after voting), not given") boolean periodIsDefault,
        @Schema(description = "the regions of a re-run; empty: the whole country") List<String> regions,
        List<ContestView> contests,
        @Schema(description = "true when the contests set their candidates on different days: a conclusion names its contest") boolean contestRequired,
        @Schema(enumeration = { "high", "medium", "low" }) String confidence,
        List<String> sources,
        String note){

    public static ElectionView of(ElectionCatalog.Election e) {
        return new ElectionView(e.code(), e.kind(), e.name(), e.demo(), e.isScheduled(), e.votingDate(),
                e.candidateSettingDate(), e.campaign(), e.actPeriod(), e.period() == null && e.actPeriod() != null,
                e.regions(),
                e.contests().stream().map(c -> new ContestView(c.code(), e.candidateSettingDate(c.code()),
                        c.votingDate() != null ? c.votingDate() : e.votingDate(), c.campaign())).toList(),
                e.contestMatters(), e.confidence(), e.sources(), e.note());
    }

    /** One race; its candidate-setting date is the one its acts' stage is judged by. */
    public record ContestView(
            @Schema(example = "PRESIDEN") String code,
            @Schema(example = "2023-11-13") LocalDate candidateSettingDate,
            LocalDate votingDate,
            ElectionCatalog.Range campaign) {
    }
}
