package id.netra.intake.candidacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A watch as its readers see it: the ASN and the candidacy, its obligations with due days, status and legal basis,
 * the documents filed (an exit request shows whether it is held), the D3 case and the D5 flag, and the notices
 * raised so far.
 */
@Schema(name = "Candidacy")
public record CandidacyView(
        UUID candidacyId,
        @Schema(example = "64.71") String regionCode,
        @Schema(example = "PEMILU_2024") String electionCode,
        @Schema(enumeration = {
                "PEMILU", "PILKADA" }, description = "whose rules apply (a re-run follows PILKADA)") String ruleKind,
        @Schema(example = "DPRD") String contestCode,
        @Schema(description = "the contest's candidate-setting date in force (DCT, or the day the pair is set)", example = "2023-11-03") LocalDate candidateSettingDate,
        AsnView asn,
        @Schema(example = "Partai Contoh") String party,
        boolean independent,
        @Schema(example = "2023-05-10") LocalDate registeredOn,
        @Schema(enumeration = { "NONE", "REQUESTED", "GRANTED" }) String cltnStatus,
        @Schema(enumeration = { "WATCHING", "SETTLED" }, description = "SETTLED: every obligation met") String watchStatus,
        @Schema(example = "MONITOR") String channel,
        @Schema(description = "a pseudonym of the filing organisation: the ASN's employer reads this view", example = "F-3a9c51d2") String filedBy,
        Instant filedAt,
        @Schema(nullable = true, description = "the D3 case opened or joined; null when the ASN was on CLTN") CaseLink d3Case,
        List<Flag> flags,
        List<ObligationView> obligations,
        List<DocumentView> documents,
        @Schema(description = "the notices raised so far (also published as events)") List<NoticeView> notices){

    @Schema(name = "CandidacyAsnView")
    public record AsnView(String name, String nip,
            @Schema(enumeration = {
                    "PNS", "PPPK" }, description = "read from the NIP") String kind,
            String position, String agency, String regionCode){
    }

    /** The case a watch opened or joined; its status in words as on the case itself. */
    @Schema(name = "CandidacyCase")
    public record CaseLink(@Schema(example = "64.71-2023-000001") String caseNumber,
            @Schema(example = "KAJIAN_AWAL") String status, String statusText) {
    }

    /** A flag for the reviewer, such as D5 for evidence of party membership. */
    @Schema(name = "CandidacyFlag")
    public record Flag(@Schema(example = "D5") String code, Instant raisedAt,
            @Schema(description = "FILING, or the id of the document that raised it") String source,
            @Schema(description = "the filer's words for the evidence, when the filing raised it") String evidence,
            @Schema(example = "UU 20/2023 Pasal 52") String basis,
            @Schema(enumeration = {
                    "C", "P", "U" }) String confidence){
    }

    /** A raised notice. */
    @Schema(name = "CandidacyNoticeRaised")
    public record NoticeView(@Schema(enumeration = {
            "DUE", "OVERDUE", "MET" }) String kind,
            @Schema(example = "RESIGNATION_LETTER") String obligation, LocalDate dueOn, Instant raisedAt){
    }
}
