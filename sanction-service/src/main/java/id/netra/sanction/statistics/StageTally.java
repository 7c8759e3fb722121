package id.netra.sanction.statistics;

import java.io.Serializable;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import id.netra.sanction.rules.Stage;

/** Recommendations with an item of this stage, per election and kabupaten/kota (see {@link Tally}). */
@Entity
@Immutable
@Table(name = "statistics_stage")
@IdClass(StageTally.Key.class)
public class StageTally extends Tally {
    @Id
    @Enumerated(EnumType.STRING)
    Stage stage;
    long recommendations;

    public record Key(String electionCode, String regionCode, Stage stage) implements Serializable {
    }
}
