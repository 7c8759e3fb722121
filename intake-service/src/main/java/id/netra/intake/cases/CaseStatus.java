package id.netra.intake.cases;

import java.util.EnumSet;
import java.util.Set;

/** The agencies' status words (PROCESS.md); no official enumeration exists, so these are the suite's. */
public enum CaseStatus {
    DITERIMA,
    KAJIAN_AWAL,
    PERLU_DILENGKAPI,
    TIDAK_DIREGISTRASI,
    /** Not registered (filed late), but the facts were passed on to the Inspektorat, the PPK or BKN. */
    DITERUSKAN,
    DIREGISTRASI,
    KLARIFIKASI,
    TERBUKTI,
    TIDAK_TERBUKTI,
    REKOMENDASI_KE_PPK,
    BELUM_DITINDAKLANJUTI,
    DATA_DIBLOKIR,
    DITINDAKLANJUTI;

    /**
     * Where a case's handling has ended. A forwarded case is not among them: its facts went on to an Inspektorat, a
     * PPK or BKN precisely so that they examine the ASN.
     */
    public static final Set<CaseStatus> CLOSED = EnumSet.of(TIDAK_DIREGISTRASI, TIDAK_TERBUKTI, DITINDAKLANJUTI);
}
