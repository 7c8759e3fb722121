package id.netra.sanction.rules;

import java.util.List;

import id.netra.kit.rules.ViolationCatalog.Sanction;

/** What the rules say about one proven case: the level, its disputed alternative, each code as applied, the options. */
public record Assessment(
        String ruleVersion,
        SanctionLevel level,
        SanctionLevel alternativeLevel,
        boolean awaitingTaskForce,
        List<Item> items,
        List<Sanction> sanctions) {

    // level is null while the task force must decide (D13); alternativeLevel only when more severe than level
    public Assessment {
        items = List.copyOf(items);
        sanctions = List.copyOf(sanctions);
    }

    public boolean disputed() {
        return alternativeLevel != null;
    }

    /** One proven code as concluded and as applied at the act's stage; {@code pairBasis} is null if not moved. */
    public record Item(
            String requestedCode,
            String violationCode,
            Stage stage,
            SanctionLevel level,
            String legalBasis,
            boolean disputed,
            SanctionLevel alternativeLevel,
            String pairBasis) {
    }
}
