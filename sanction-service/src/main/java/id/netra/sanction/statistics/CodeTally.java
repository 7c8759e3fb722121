package id.netra.sanction.statistics;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import id.netra.sanction.rules.Stage;

/** Recommendations with an item of this code and stage, per election and kabupaten/kota (see {@link Tally}). */
@Entity
@Immutable
@Table(name = "statistics_code")
@IdClass(CodeTally.Key.class)
public class CodeTally extends Tally {
    @Id
    @Column(name = "violation_code")
    String violationCode;
    @Id
    @Enumerated(EnumType.STRING)
    Stage stage;
    long recommendations;

    public record Key(String electionCode, String regionCode, String violationCode, Stage stage) implements Serializable {
    }
}
