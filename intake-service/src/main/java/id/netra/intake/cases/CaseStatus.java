package id.netra.intake.cases;

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
    DITINDAKLANJUTI
}
