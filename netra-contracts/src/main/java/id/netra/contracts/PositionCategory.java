package id.netra.contracts;

/**
 * The accused's position as the sanction rules weigh it: a senior official (JPT: sekda, head of agency) or a
 * territorial official (camat, lurah, whose position gives the act more reach) aggravates; others do not.
 */
public enum PositionCategory {
    JPT,
    CAMAT,
    LURAH,
    OTHER;

    /** Whether the position is an aggravating fact (senior or territorial official). */
    public boolean aggravates() {
        return this != OTHER;
    }
}
