package id.netra.sanction.recommendation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A proven violation by a civil servant (by NIP), kept to recognise a repeat offender in any region or election. */
@Entity
@Table(name = "proven_act")
public class ProvenAct {

    @Id
    @Column(name = "case_id")
    private UUID caseId;

    @Column(name = "case_number", nullable = false)
    private String caseNumber;

    @Column(nullable = false)
    private String nip;

    @Column(name = "region_code", nullable = false)
    private String regionCode;

    @Column(name = "election_code", nullable = false)
    private String electionCode;

    @Column(name = "act_date")
    private LocalDate actDate;

    @Column(name = "concluded_at", nullable = false)
    private Instant concludedAt;

    protected ProvenAct() {
    }

    ProvenAct(UUID caseId, String caseNumber, String nip, String regionCode, String electionCode, LocalDate actDate,
            Instant concludedAt) {
        this.caseId = caseId;
        this.caseNumber = caseNumber;
        this.nip = nip;
        this.regionCode = regionCode;
        this.electionCode = electionCode;
        this.actDate = actDate;
        this.concludedAt = concludedAt;
    }

    public String getCaseNumber() {
        return caseNumber;
    }
}
