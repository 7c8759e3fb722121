package id.netra.sanction.recommendation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.netra.contracts.PositionCategory;
import id.netra.sanction.rules.AggravatingFact;
import id.netra.sanction.rules.RulesView.SanctionOption;
import id.netra.sanction.rules.SanctionLevel;
import id.netra.sanction.rules.Stage;

/** One case's recommendation as the API shows it: the level, where it came from, the options and the deadline. */
@Schema(name = "Recommendation")
public record RecommendationView(
        UUID id,
        UUID caseId,
        @Schema(example = "64.71-2024-000007") String caseNumber,
        @Schema(example = "64.71") String regionCode,
        @Schema(example = "PILKADA_2024") String electionCode,
        AccusedView accused,
        RecommendationStatus status,
        @Schema(nullable = true, description = "the most severe level over all proven codes (raised for aggravating facts only where the Netra policy is on, see levelRaisedByPolicy); null while the task force decides (D13) or when not proven") SanctionLevel level,
        @Schema(description = "the most severe level over the codes, as the catalogue gives it") SanctionLevel baseLevel,
        @Schema(description = "true when Netra's own policy, not the law, raised the level for aggravating facts") boolean levelRaisedByPolicy,
        @Schema(nullable = true, description = "the accused's position as concluded (JPT, CAMAT, LURAH, OTHER); null when not known") PositionCategory positionCategory,
        @Schema(description = "aggravating facts found (a repeat offender, a senior or territorial official): shown to the PPK, who weighs them within the level") List<FactView> aggravatingFacts,
        @Schema(nullable = true, description = "the task force's level for an act outside the catalogue (D13); null otherwise") TaskForceView taskForce,
        @Schema(description = "whether a disputed rule could give a more severe level") boolean disputed,
        @Schema(nullable = true, description = "the more severe level the disputed reading gives; null when the reading is not disputed") SanctionLevel alternativeLevel,
        @Schema(example = "SKB-2022/1#1a2b3c4d") String ruleVersion,
        LocalDate actDate,
        Instant concludedAt,
        Instant issuedAt,
        @Schema(nullable = true, description = "null while no deadline runs (the task force has not set the level)") DecisionDue decisionDue,
        List<ViolationFinding> violations,
        @Schema(description = "the sanctions the PPK may impose at the recommended level") List<SanctionOption> sanctionOptions,
        @Schema(nullable = true, description = "set when the case is closed, e.g. NOT_PROVEN") String closedOutcome,
        @Schema(nullable = true, description = "null while the case is open") Instant closedAt,
        @Schema(nullable = true, description = "the PPK's decision; null until it is recorded") DecisionView decision,
        @Schema(nullable = true, description = "what happened after the due day passed without a decision; null while no deadline runs") EscalationView escalation,
        @Schema(description = "what corrected conclusions replaced, oldest first") List<RevisionView> revisions,
        @Schema(description = "earlier decisions a later one replaced (a non-compliant decree stays on record), oldest first") List<DecisionView> pastDecisions,
        @Schema(description = "the body supervising ASN neutrality on the issue date (KASN until August 2024, then BKN)", example = "BKN") String supervisingBody,
        @Schema(nullable = true, description = "set when an applied row also has a criminal side: the articles, for Gakkumdu") String criminalNotice) {

    static RecommendationView of(Recommendation r, Instant now) {
        DecisionDue due = r.getDecisionDueAt() == null ? null
                : new DecisionDue(r.getDecisionDueAt(), r.isDecisionDueProvisional(), r.isOverdue(now));
        List<ViolationFinding> violations = r.getItems().stream()
                .map(item -> new ViolationFinding(item.getRequestedCode(), item.getViolationCode(), item.getStage(),
                        item.getLevel(), item.getLegalBasis(), item.isDisputed(), item.getAlternativeLevel(),
                        item.isDisputed() ? Stream.of(item.getLevel(), item.getAlternativeLevel())
                                .filter(Objects::nonNull).toList() : List.of(),
                        item.getPairBasis()))
                .toList();
        List<FactView> facts = r.getFacts().stream()
                .map(f -> new FactView(f.getFact(), f.getBasis(), f.getDetail())).toList();
        TaskForceView taskForce = r.getTaskForceLevel() == null
                ? (r.getStatus() == RecommendationStatus.AWAITING_TASK_FORCE
                        ? new TaskForceView(null, r.getMinimumLevel(), null, null, null)
                        : null)
                : new TaskForceView(r.getTaskForceLevel(), r.getMinimumLevel(), r.getTaskForceReason(),
                        r.getTaskForceSetBy(), r.getTaskForceSetAt());
        EscalationView escalation = r.getDecisionDueAt() == null ? null
                : new EscalationView(r.getBlockDueAt(), r.isBlockDueProvisional(), r.getOverdueAt(), r.getBlockRequestedAt(),
                        r.getUnblockRequestedAt(), r.isBlocked());
        List<SanctionOption> options = r.getSanctions().stream()
                .map(s -> new SanctionOption(s.getCode(), s.getName())).toList();
        return new RecommendationView(r.getId(), r.getCaseId(), r.getCaseNumber(), r.getRegionCode(),
                r.getElectionCode(), new AccusedView(r.getAccusedName(), r.getAccusedNip()), r.getStatus(), r.getLevel(),
                r.getBaseLevel(), r.getLevel() != null && r.getBaseLevel() != null && r.getLevel() != r.getBaseLevel()
                        && r.getTaskForceLevel() == null,
                r.getPositionCategory(), facts, taskForce, r.getAlternativeLevel() != null,
                r.getAlternativeLevel(), r.getRuleVersion(), r.getActDate(),
                r.getConcludedAt(), r.getIssuedAt(), due, violations, options, r.getClosedOutcome(), r.getClosedAt(),
                DecisionView.of(r.getDecision()), escalation, r.getRevisions().stream().map(RevisionView::of).toList(),
                r.getPastDecisions().stream().map(DecisionView::of).toList(), r.getSupervisingBody(),
                r.getCriminalNotice());
    }

    /** A revision by a corrected conclusion: who corrected what and why, and what the recommendation was before. */
    public record RevisionView(
            Instant revisedAt,
            Instant correctedAt,
            @Schema(example = "inspektorat.balikpapan") String correctedBy,
            String correctionReason,
            @Schema(description = "the conclusion's fields the correction changed", example = "[\"violationCodes\"]") List<String> changedFields,
            RecommendationStatus previousStatus,
            SanctionLevel previousLevel,
            String previousRuleVersion) {

        static RevisionView of(RecommendationRevision r) {
            List<String> fields = r.getChangedFields() == null || r.getChangedFields().isEmpty() ? List.of()
                    : List.of(r.getChangedFields().split(","));
            return new RevisionView(r.getRevisedAt(), r.getCorrectedAt(), r.getCorrectedBy(), r.getCorrectionReason(),
                    fields, r.getPreviousStatus(), r.getPreviousLevel(), r.getPreviousRuleVersion());
        }
    }

    /** An aggravating fact, the rule version's text for it, and what showed it (earlier cases, the position). */
    public record FactView(
            AggravatingFact fact,
            String basis,
            @Schema(example = "64.71-2020-000003") String detail) {
    }

    /** The task force's part in a D13 case. */
    public record TaskForceView(
            @Schema(nullable = true, description = "the level the task force set; null while it has not") SanctionLevel level,
            @Schema(description = "the level of the other proven codes, which the case's level cannot go below") SanctionLevel minimumLevel,
            @Schema(nullable = true, description = "null while the task force has not set the level") String reason,
            @Schema(nullable = true, example = "bkn") String setBy,
            @Schema(nullable = true) Instant setAt) {
    }

    /** The escalation of an overdue decision: warned (overdue), block of the personnel data requested, lifted. */
    public record EscalationView(
            @Schema(description = "the end of the grace after the due day: a block is requested from then") Instant blockDueAt,
            @Schema(description = "true when the grace is counted over a year without its holiday list: no block is requested on it until the list is loaded") boolean blockDueProvisional,
            Instant overdueAt,
            Instant blockRequestedAt,
            Instant unblockRequestedAt,
            @Schema(description = "a block is requested and not yet lifted") boolean blocked) {
    }

    /** The sanction the PPK imposed, the decree, and whether it met the recommended level. */
    public record DecisionView(
            @Schema(example = "TURUN_JABATAN_12") String sanctionCode,
            @Schema(example = "Penurunan jabatan setingkat lebih rendah selama 12 bulan") String sanctionName,
            SanctionLevel level,
            @Schema(description = "false when the sanction is below the recommended level (then justified)") boolean compliant,
            @Schema(example = "800.1.6.4/123/BKPSDM") String decreeNumber,
            LocalDate decreeDate,
            String justification,
            @Schema(description = "the decision's own legal basis, given for a disciplinary sanction on an ethics-only recommendation") String legalBasis,
            Instant decidedAt,
            @Schema(description = "the account that recorded the decision", example = "ppk.balikpapan") String decidedBy) {

        static DecisionView of(Decision d) {
            return d == null ? null
                    : new DecisionView(d.getSanctionCode(), d.getSanctionName(), d.getLevel(), d.isCompliant(),
                            d.getDecreeNumber(), d.getDecreeDate(), d.getJustification(), d.getLegalBasis(),
                            d.getDecidedAt(), d.getDecidedBy());
        }

    }

    /** The civil servant the case is about. */
    public record AccusedView(String name, @Schema(example = "196608011988031001") String nip) {
    }

    /** When the PPK must have decided. */
    public record DecisionDue(
            Instant dueAt,
            @Schema(description = "counted in working days in the region's zone; true when the holiday list of a year the count crosses is missing, so only weekends and fixed-date holidays were skipped: no overdue event is raised on it until the list is loaded") boolean provisional,
            boolean overdue) {
    }

    /** One proven code: as concluded, as applied at the act's stage, and the level and legal basis it gives. */
    public record ViolationFinding(
            @Schema(description = "the code the Inspektorat concluded", example = "KE5") String requestedCode,
            @Schema(description = "the row applied at the act's stage", example = "D7") String violationCode,
            Stage stage,
            SanctionLevel level,
            @Schema(example = "PP 94/2021 Pasal 8 ayat (4) jo. Pasal 14; UU 20/2023 Pasal 9 ayat (2) dan Pasal 24 ayat (1) huruf d; SKB Netralitas ASN 2022") String legalBasis,
            boolean disputed,
            SanctionLevel alternativeLevel,
            @Schema(description = "both readings of a disputed row, the recommended one first; empty when not disputed") List<SanctionLevel> readings,
            @Schema(description = "confirmed or inferred when the code was moved to its stage pair") String pairBasis) {
    }
}
