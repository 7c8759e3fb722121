package id.netra.intake.candidacy;

/** The documents a candidacy watch takes: those that meet its obligations, and those that change what it shows. */
public enum DocumentType {
    /** The ASN's irrevocable letter of resignation, a condition of candidacy. */
    RESIGNATION_LETTER,
    /** The receipt of that letter by the official who may dismiss. */
    RESIGNATION_RECEIPT,
    /** The decree dismissing the ASN (with honour, for a candidate). */
    DISMISSAL_DECREE,
    /** The decree granting unpaid leave (cuti di luar tanggungan negara). */
    CLTN_DECREE,
    /** The ASN's own request to leave the service; {@link ExitKind} says which. */
    EXIT_REQUEST,
    /** Evidence of party membership (a membership card, a party's letter): flags the watch for D5. */
    PARTY_MEMBERSHIP
}
