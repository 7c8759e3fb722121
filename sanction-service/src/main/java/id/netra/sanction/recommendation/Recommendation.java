package id.netra.sanction.recommendation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

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
import id.netra.kit.calendar.Deadline;
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

    @Column(name = "decision_due_at")
    private Instant decisionDueAt;

    @Column(name = "decision_due_provisional", nullable = false)
    private boolean decisionDueProvisional;

    @Column(name = "closed_outcome")
    private String closedOutcome;

    @Column(name = "closed_at")
    private Instant closedAt;

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

    protected Recommendation() {
    }

    /** A recommendation for a proven case; {@code decisionDue} is the PPK's deadline in working days. */
    static Recommendation issue(UUID id, ClarificationConcluded conclusion, Assessment assessment, Instant issuedAt,
            Deadline decisionDue) {
        Recommendation recommendation = concluded(id, conclusion);
        recommendation.status = assessment.awaitingTaskForce() ? RecommendationStatus.AWAITING_TASK_FORCE
                : RecommendationStatus.ISSUED;
        recommendation.level = assessment.level();
        recommendation.alternativeLevel = assessment.alternativeLevel();
        recommendation.ruleVersion = assessment.ruleVersion();
        recommendation.actDate = conclusion.actDate();
        recommendation.issuedAt = issuedAt;
        // the PPK's clock starts only once the task force has set a level
        if (!assessment.awaitingTaskForce()) {
            recommendation.decisionDueAt = decisionDue.dueAt();
            recommendation.decisionDueProvisional = decisionDue.provisional();
        }
        assessment.items().forEach(item -> recommendation.items.add(RecommendationItem.of(item)));
        assessment.sanctions().forEach(sanction -> recommendation.sanctions.add(RecommendedSanction.of(sanction)));
        return recommendation;
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

    /** Records the PPK's decision; the service has checked the status and the rules before. */
    void decide(Decision made) {
        if (status != RecommendationStatus.ISSUED || decision != null) {
            throw new IllegalStateException("case " + caseNumber + " is " + status + ", not open for a decision");
        }
        decision = made;
        status = RecommendationStatus.DECIDED;
    }

    /** The PPK has not decided although the due date has passed. */
    public boolean isOverdue(Instant now) {
        return status == RecommendationStatus.ISSUED && decisionDueAt != null && decisionDueAt.isBefore(now);
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
}
