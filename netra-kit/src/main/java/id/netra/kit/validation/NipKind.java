package id.netra.kit.validation;

/** Whether a NIP belongs to a career civil servant (PNS) or a contract servant (PPPK). */
public enum NipKind {
    PNS,
    PPPK
}
