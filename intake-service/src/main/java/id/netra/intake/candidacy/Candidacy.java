package id.netra.intake.candidacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import id.netra.kit.validation.NipKind;

/**
 * A candidacy watch: an ASN registered as a (prospective) candidate in one contest of an election, in the region of
 * their employing government. Its obligations are computed ({@link CandidacyRules}), not stored.
 */
@Entity
@Table(name = "candidacy")
public class Candidacy {

    @Id
    public UUID id;
    @Column(name = "region_code")
    public String regionCode;
    @Column(name = "election_code")
    public String electionCode;
    @Column(name = "contest_code")
    public String contestCode;
    @Column(name = "asn_name")
    public String asnName;
    @Column(name = "asn_nip")
    public String asnNip;
    /** Read from the NIP: some rules are for a PNS only. */
    @Enumerated(EnumType.STRING)
    @Column(name = "asn_kind")
    public NipKind asnKind;
    @Column(name = "asn_position")
    public String asnPosition;
    @Column(name = "asn_agency")
    public String asnAgency;
    /** The nominating party; null exactly when the candidate is independent (perseorangan). */
    public String party;
    public boolean independent;
    @Column(name = "registered_on")
    public LocalDate registeredOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "cltn_status")
    public CltnStatus cltnStatus;
    /** The filer's words for the evidence of party membership they hold. */
    @Column(name = "party_membership_evidence")
    public String partyMembershipEvidence;
    /** Flagged for D5 (party membership): when, and by what ({@link #FILING} or a document's id). */
    @Column(name = "d5_flagged_at")
    public Instant d5FlaggedAt;
    @Column(name = "d5_flag_source")
    public String d5FlagSource;
    /** The D3 case opened or joined because the ASN registered while active without CLTN. */
    @Column(name = "case_id")
    public UUID caseId;
    public String channel;
    @Column(name = "filed_by")
    public String filedBy;
    /** The filer's pseudonym, the reporter reference of the D3 case when it is registered. */
    @Column(name = "filer_ref")
    public String filerRef;
    @Enumerated(EnumType.STRING)
    @Column(name = "watch_status")
    public WatchStatus watchStatus;
    @Column(name = "filed_at")
    public Instant filedAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public int version;

    /** The D5 flag's source when the filing itself carried the evidence. */
    public static final String FILING = "FILING";

    /** Flags the watch for D5 once; the first evidence stays its source. */
    boolean flagD5(String source, Instant now) {
        if (d5FlaggedAt != null) {
            return false;
        }
        d5FlaggedAt = now;
        d5FlagSource = source;
        updatedAt = now;
        return true;
    }

    /** Whether the watch still has an obligation to meet; the sweep skips a settled one. */
    void settle(boolean allMet, Instant now) {
        WatchStatus next = allMet ? WatchStatus.SETTLED : WatchStatus.WATCHING;
        if (next != watchStatus) {
            watchStatus = next;
            updatedAt = now;
        }
    }
}
