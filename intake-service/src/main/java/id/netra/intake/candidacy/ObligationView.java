package id.netra.intake.candidacy;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.netra.kit.problem.Messages;

/** An obligation of a watch as readers see it: what, by when, where it stands, and how sure its rule is. */
@Schema(name = "CandidacyObligation")
public record ObligationView(
        @Schema(example = "RESIGNATION_LETTER") String code,
        @Schema(example = "Surat pengunduran diri sebagai ASN") String title,
        @Schema(enumeration = {
                "MET", "OPEN", "OVERDUE" }, example = "OVERDUE") String status,
        @Schema(enumeration = { "REGISTRATION",
                "CANDIDATE_SETTING" }, description = "the day it counts from") String anchor,
        @Schema(nullable = true, description = "the last day to meet it, in the region's calendar; null while the contest has no date", example = "2023-05-10") LocalDate dueOn,
        @Schema(description = "the due day was counted in working days over a year without its holiday list: a guess "
                + "that makes nothing overdue by itself") boolean provisional,
        @Schema(nullable = true, description = "the first document that met it; null while unmet") UUID metBy,
        @Schema(nullable = true, description = "the date that document bears") LocalDate metOn,
        @Schema(description = "met by a document dated after the due day") boolean late,
        @Schema(example = "UU 7/2017 Pasal 240 ayat (1) huruf k; PKPU 10/2023") String basis,
        @Schema(enumeration = { "C", "P", "U" }, description = "C confirmed; P partly (secondary sources only): "
                + "configuration, not settled law; U unverified: configuration", example = "P") String confidence,
        @Schema(example = "Sebagian terkonfirmasi (sumber sekunder); aturan ini konfigurasi, bukan hukum yang pasti") String confidenceText){

    static ObligationView of(Obligation o, Locale locale) {
        return new ObligationView(o.code(), o.title().text(locale), o.status().name(),
                o.anchor().name(), o.dueOn(), o.provisional(), o.metBy(), o.metOn(), o.late(), o.basis(),
                o.confidence(), Messages.text(locale, "confidence." + o.confidence()));
    }
}
