package id.netra.sanction.recommendation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import id.netra.contracts.Accused;
import id.netra.contracts.ClarificationConcluded;
import id.netra.contracts.Outcome;
import id.netra.contracts.PositionCategory;
import id.netra.kit.calendar.Deadline;
import id.netra.kit.rules.ViolationCatalog.Sanction;
import id.netra.kit.validation.NipKind;
import id.netra.kit.validation.NipValidator;
import id.netra.kit.validation.ParsedNip;
import id.netra.sanction.rules.Assessment;
import id.netra.sanction.rules.SanctionLevel;

/** A concluded case in the sanction service: the recommendation to the PPK, or the closed case if not proven. */
@Entity
@Table(name = "recommendation")
public class Recommendation {

    @Id
    private UUID id;

    @Column(name = "case_id", nullable = false, unique = true, updatable = false)
    private UUID caseId;

    @Column(name = "case_number", nullable = false, unique = true, updatable = false)
    private String caseNumber;

    @Column(name = "region_code", nullable = false)
    private String regionCode;

    /** The region code's first two digits, computed by the database (V9) for the province's list. */
    @Column(name = "province_code", insertable = false, updatable = false)
    private String provinceCode;

    @Column(name = "election_code", nullable = false)
    private String electionCode;

    @Column(name = "accused_nip")
    private String accusedNip;

    @Column(name = "accused_name")
    private String accusedName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RecommendationStatus status;

    @Enumerated(EnumType.STRING)
    private SanctionLevel level;

    @Enumerated(EnumType.STRING)
    @Column(name = "alternative_level")
    private SanctionLevel alternativeLevel;

    @Column(name = "rule_version")
    private String ruleVersion;

    @Column(name = "act_date")
    private LocalDate actDate;

    @Column(name = "concluded_at", nullable = false)
    private Instant concludedAt;

    @Column(name = "issued_at")
    private Instant issuedAt;

    /** Where the PPK's deadline was counted from, so that a new holiday list can count it again. */
    @Column(name = "decision_due_from")
    private Instant decisionDueFrom;

    @Column(name = "decision_due_at")
    private Instant decisionDueAt;

    @Column(name = "decision_due_provisional", nullable = false)
    private boolean decisionDueProvisional;

    @Column(name = "closed_outcome")
    private String closedOutcome;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "position_category")
    private PositionCategory positionCategory;

    @Enumerated(EnumType.STRING)
    @Column(name = "base_level")
    private SanctionLevel baseLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "minimum_level")
    private SanctionLevel minimumLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "task_force_level")
    private SanctionLevel taskForceLevel;

    @Column(name = "task_force_reason")
    private String taskForceReason;

    @Column(name = "task_force_set_by")
    private String taskForceSetBy;

    @Column(name = "task_force_set_at")
    private Instant taskForceSetAt;

    @Column(name = "block_due_at")
    private Instant blockDueAt;

    @Column(name = "block_due_provisional", nullable = false)
    private boolean blockDueProvisional;

    @Column(name = "supervising_body")
    private String supervisingBody;

    @Column(name = "criminal_notice")
    private String criminalNotice;

    @Column(name = "overdue_at")
    private Instant overdueAt;

    @Column(name = "block_requested_at")
    private Instant blockRequestedAt;

    @Column(name = "unblock_requested_at")
    private Instant unblockRequestedAt;

    @Embedded
    private Decision decision;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "recommendation_item", joinColumns = @JoinColumn(name = "recommendation_id"))
    @OrderColumn(name = "position")
    private List<RecommendationItem> items = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "recommendation_sanction", joinColumns = @JoinColumn(name = "recommendation_id"))
    @OrderColumn(name = "position")
    private List<RecommendedSanction> sanctions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "recommendation_fact", joinColumns = @JoinColumn(name = "recommendation_id"))
    @OrderColumn(name = "position")
    private List<RecommendationFact> facts = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "recommendation_decision_history", joinColumns = @JoinColumn(name = "recommendation_id"))
    @OrderColumn(name = "position")
    private List<Decision> pastDecisions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "recommendation_revision", joinColumns = @JoinColumn(name = "recommendation_id"))
    @OrderColumn(name = "position")
    private List<RecommendationRevision> revisions = new ArrayList<>();

    protected Recommendation() {
    }

    /** A recommendation for a proven case, as the rules judged it; its deadlines start now unless D13 waits. */
    static Recommendation issue(UUID id, ClarificationConcluded conclusion, Judgement judgement, Instant issuedAt) {
        Recommendation recommendation = concluded(id, conclusion);
        recommendation.applyProven(conclusion, judgement, issuedAt);
        return recommendation;
    }

    private void applyProven(ClarificationConcluded conclusion, Judgement judgement, Instant issuedAt) {
        Assessment assessment = judgement.assessment();
        supervisingBody = judgement.supervisingBody();
        criminalNotice = judgement.criminalNotice();
        status = assessment.awaitingTaskForce() ? RecommendationStatus.AWAITING_TASK_FORCE : RecommendationStatus.ISSUED;
        level = assessment.level();
        alternativeLevel = assessment.alternativeLevel();
        baseLevel = assessment.baseLevel();
        minimumLevel = assessment.minimumLevel();
        ruleVersion = assessment.ruleVersion();
        actDate = conclusion.actDate();
        positionCategory = conclusion.positionCategory();
        this.issuedAt = issuedAt;
        // the PPK's clock starts only once the task force has set a level
        if (!assessment.awaitingTaskForce()) {
            startDeadline(judgement.dueFrom(), judgement.decisionDue(), judgement.blockDue());
        }
        assessment.items().forEach(item -> items.add(RecommendationItem.of(item)));
        assessment.facts().forEach(fact -> facts
                .add(new RecommendationFact(fact.fact(), fact.basis(), judgement.facts().get(fact.fact()))));
        judgement.options().forEach(sanction -> sanctions.add(RecommendedSanction.of(sanction)));
    }

    /**
     * Replaces an undecided recommendation by what a corrected conclusion gives ({@code judgement} null for
     * NOT_PROVEN), keeping the replaced state in {@code revision}. The PPK's deadline restarts; a block already
     * requested stands until the decision, so its flags stay, unless the case is not proven any more: then returns
     * true, and the block's lifting must be requested.
     */
    boolean revise(ClarificationConcluded corrected, Judgement judgement, Instant now,
            RecommendationRevision revision) {
        if (status == RecommendationStatus.DECIDED || status == RecommendationStatus.NON_COMPLIANT) {
            throw new IllegalStateException("case " + caseNumber + " is decided: a revision would rewrite history");
        }
        revisions.add(revision);
        regionCode = corrected.regionCode();
        electionCode = corrected.electionCode();
        Accused accused = corrected.accused();
        accusedNip = accused == null ? null : accused.nip();
        accusedName = accused == null ? null : accused.name();
        items.clear();
        facts.clear();
        sanctions.clear();
        level = null;
        alternativeLevel = null;
        baseLevel = null;
        minimumLevel = null;
        taskForceLevel = null;
        taskForceReason = null;
        taskForceSetBy = null;
        taskForceSetAt = null;
        decisionDueFrom = null;
        decisionDueAt = null;
        decisionDueProvisional = false;
        blockDueAt = null;
        blockDueProvisional = false;
        criminalNotice = null;
        closedOutcome = null;
        closedAt = null;
        if (blockRequestedAt == null) {
            overdueAt = null;
        }
        if (judgement != null) {
            applyProven(corrected, judgement, now);
            return false;
        }
        status = RecommendationStatus.CLOSED;
        actDate = corrected.actDate();
        positionCategory = corrected.positionCategory();
        closedOutcome = Outcome.NOT_PROVEN.name();
        closedAt = now;
        if (isBlocked()) {
            unblockRequestedAt = now;
            return true;
        }
        return false;
    }

    private void startDeadline(Instant from, Deadline decisionDue, Deadline blockDue) {
        decisionDueFrom = from;
        decisionDueAt = decisionDue.dueAt();
        decisionDueProvisional = decisionDue.provisional();
        blockDueAt = blockDue.dueAt();
        blockDueProvisional = blockDue.provisional();
    }

    /**
     * The task force's level for a D13 act; the case's level is {@code level} (at least the task force's), the PPK's
     * deadline starts now.
     */
    void setTaskForceLevel(SanctionLevel taskForce, SanctionLevel level, String reason, String by, Instant at,
            Deadline decisionDue, Deadline blockDue, List<Sanction> options) {
        if (status != RecommendationStatus.AWAITING_TASK_FORCE) {
            throw new IllegalStateException("case " + caseNumber + " is " + status + ", not waiting for the task force");
        }
        taskForceLevel = taskForce;
        taskForceReason = reason;
        taskForceSetBy = by;
        taskForceSetAt = at;
        this.level = level;
        status = RecommendationStatus.ISSUED;
        startDeadline(at, decisionDue, blockDue);
        sanctions.clear();
        options.forEach(sanction -> sanctions.add(RecommendedSanction.of(sanction)));
    }

    /** A case concluded NOT_PROVEN: kept so the case is known here, closed at once. */
    static Recommendation notProven(UUID id, ClarificationConcluded conclusion, Instant closedAt) {
        Recommendation recommendation = concluded(id, conclusion);
        recommendation.status = RecommendationStatus.CLOSED;
        recommendation.actDate = conclusion.actDate();
        recommendation.closedOutcome = Outcome.NOT_PROVEN.name();
        recommendation.closedAt = closedAt;
        return recommendation;
    }

    private static Recommendation concluded(UUID id, ClarificationConcluded conclusion) {
        Recommendation recommendation = new Recommendation();
        recommendation.id = id;
        recommendation.caseId = conclusion.caseId();
        recommendation.caseNumber = conclusion.caseNumber();
        recommendation.regionCode = conclusion.regionCode();
        recommendation.electionCode = conclusion.electionCode();
        Accused accused = conclusion.accused();
        if (accused != null) {
            recommendation.accusedNip = accused.nip();
            recommendation.accusedName = accused.name();
        }
        recommendation.concludedAt = conclusion.concludedAt();
        return recommendation;
    }

    /**
     * Records the PPK's decision; the service has checked the status and the rules before. A compliant decision closes
     * the case and returns true when a block of the personnel data was requested before, so its lifting must be
     * requested now. A decision below the level leaves the case open (NON_COMPLIANT): the block stays, the escalation
     * goes on, and only a later compliant decision ends it; the decision it replaces is kept.
     */
    boolean decide(Decision made) {
        if (!isOpenForDecision()) {
            throw new IllegalStateException("case " + caseNumber + " is " + status + ", not open for a decision");
        }
        if (decision != null) {
            pastDecisions.add(decision);
        }
        decision = made;
        if (!made.isCompliant()) {
            status = RecommendationStatus.NON_COMPLIANT;
            return false;
        }
        status = RecommendationStatus.DECIDED;
        if (blockRequestedAt != null && unblockRequestedAt == null) {
            unblockRequestedAt = made.getDecidedAt();
            return true;
        }
        return false;
    }

    /** Waiting for the PPK: never decided, or decided below the recommended level. */
    /**
     * Counts the deadlines again with another calendar (a holiday list loaded since): each one whose event has not
     * been raised yet. Returns whether anything changed.
     */
    boolean recount(Function<Instant, Deadline> decisionDueFrom, Function<Deadline, Deadline> blockDueAfter) {
        if (this.decisionDueFrom == null || !isOpenForDecision()) {
            return false;
        }
        Deadline decision = decisionDueFrom.apply(this.decisionDueFrom);
        Deadline block = blockDueAfter.apply(decision);
        boolean changed = false;
        if (overdueAt == null && (!decision.dueAt().equals(decisionDueAt)
                || decision.provisional() != decisionDueProvisional)) {
            decisionDueAt = decision.dueAt();
            decisionDueProvisional = decision.provisional();
            changed = true;
        }
        if (blockRequestedAt == null && (!block.dueAt().equals(blockDueAt) || block.provisional() != blockDueProvisional)) {
            blockDueAt = block.dueAt();
            blockDueProvisional = block.provisional();
            changed = true;
        }
        return changed;
    }

    /** PNS or PPPK, by the NIP's appointment code; a NIP that does not parse counts as a PNS's. */
    public NipKind getEmployment() {
        return NipValidator.check(accusedNip).parsed().map(ParsedNip::kind).orElse(NipKind.PNS);
    }

    public boolean isOpenForDecision() {
        return status == RecommendationStatus.ISSUED || status == RecommendationStatus.NON_COMPLIANT;
    }

    /** The PPK has not decided although the due day has ended in the region's zone. */
    public boolean isOverdue(Instant now) {
        return isOpenForDecision() && decisionDueAt != null && !now.isBefore(decisionDueAt);
    }

    /** The steps of an escalation taken at once: BKN's warning, the request to block the personnel data. */
    public record Escalation(boolean overdue, boolean block) {
    }

    /**
     * Takes the escalation steps due at {@code now} and not taken yet: the overdue warning once the due day has ended,
     * the block request once its grace has ended too. Never on a provisional due day (counted over a year without its
     * holiday list): no step is taken on a guess.
     */
    public Escalation escalate(Instant now) {
        if (!isOpenForDecision()) {
            return new Escalation(false, false);
        }
        boolean overdue = overdueAt == null && !decisionDueProvisional && decisionDueAt != null
                && !decisionDueAt.isAfter(now);
        if (overdue) {
            overdueAt = now;
        }
        boolean block = overdueAt != null && blockRequestedAt == null && !blockDueProvisional && blockDueAt != null
                && !blockDueAt.isAfter(now);
        if (block) {
            blockRequestedAt = now;
        }
        return new Escalation(overdue, block);
    }

    /** Whether a block of the accused's personnel data is requested and not yet lifted. */
    public boolean isBlocked() {
        return blockRequestedAt != null && unblockRequestedAt == null;
    }

    public UUID getId() {
        return id;
    }

    public UUID getCaseId() {
        return caseId;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getElectionCode() {
        return electionCode;
    }

    public String getAccusedNip() {
        return accusedNip;
    }

    public String getAccusedName() {
        return accusedName;
    }

    public RecommendationStatus getStatus() {
        return status;
    }

    public SanctionLevel getLevel() {
        return level;
    }

    public SanctionLevel getAlternativeLevel() {
        return alternativeLevel;
    }

    public String getRuleVersion() {
        return ruleVersion;
    }

    public LocalDate getActDate() {
        return actDate;
    }

    public Instant getConcludedAt() {
        return concludedAt;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Instant getDecisionDueAt() {
        return decisionDueAt;
    }

    public boolean isDecisionDueProvisional() {
        return decisionDueProvisional;
    }

    public String getClosedOutcome() {
        return closedOutcome;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    /** The PPK's decision, or null while none is recorded. */
    public Decision getDecision() {
        return decision;
    }

    public List<RecommendationItem> getItems() {
        return items;
    }

    public List<RecommendedSanction> getSanctions() {
        return sanctions;
    }

    /** What corrected conclusions replaced, oldest first. */
    public List<RecommendationRevision> getRevisions() {
        return revisions;
    }

    public List<RecommendationFact> getFacts() {
        return facts;
    }

    public PositionCategory getPositionCategory() {
        return positionCategory;
    }

    public SanctionLevel getBaseLevel() {
        return baseLevel;
    }

    public SanctionLevel getMinimumLevel() {
        return minimumLevel;
    }

    public SanctionLevel getTaskForceLevel() {
        return taskForceLevel;
    }

    public String getTaskForceReason() {
        return taskForceReason;
    }

    public String getTaskForceSetBy() {
        return taskForceSetBy;
    }

    public Instant getTaskForceSetAt() {
        return taskForceSetAt;
    }

    public boolean isBlockDueProvisional() {
        return blockDueProvisional;
    }

    public String getSupervisingBody() {
        return supervisingBody;
    }

    public String getCriminalNotice() {
        return criminalNotice;
    }

    /** Decisions a later one replaced, oldest first. */
    public List<Decision> getPastDecisions() {
        return pastDecisions;
    }

    public Instant getBlockDueAt() {
        return blockDueAt;
    }

    public Instant getOverdueAt() {
        return overdueAt;
    }

    public Instant getBlockRequestedAt() {
        return blockRequestedAt;
    }

    public Instant getUnblockRequestedAt() {
        return unblockRequestedAt;
    }
}
