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

/** A notice raised about one obligation of a watch; at most one of each kind per obligation. */
@Entity
@Table(name = "candidacy_notice")
public class CandidacyNotice {

    @Id
    public UUID id;
    @Column(name = "candidacy_id")
    public UUID candidacyId;
    public String obligation;
    @Enumerated(EnumType.STRING)
    public NoticeKind kind;
    @Column(name = "due_on")
    public LocalDate dueOn;
    @Column(name = "raised_at")
    public Instant raisedAt;
}
