package id.netra.sanction.rules;

import java.util.List;

import id.netra.kit.rules.ViolationCatalog.Sanction;

/**
 * What the rules say about one proven case: the level, its disputed alternative, each code as applied, the
 * aggravating facts weighed, the options.
 */
public record Assessment(
        String ruleVersion,
        SanctionLevel level,
        SanctionLevel alternativeLevel,
        SanctionLevel minimumLevel,
        boolean awaitingTaskForce,
        SanctionLevel baseLevel,
        List<Item> items,
        List<Fact> facts,
        List<Sanction> sanctions) {

    // level is null while the task force must decide (D13), minimumLevel then is the level of the other codes that
    // the task force's cannot go below; alternativeLevel only when more severe than level; baseLevel before the facts
    public Assessment {
        items = List.copyOf(items);
        facts = List.copyOf(facts);
        sanctions = List.copyOf(sanctions);
    }

    public boolean disputed() {
        return alternativeLevel != null;
    }

    public boolean aggravated() {
        return !facts.isEmpty();
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

    /** An aggravating fact weighed, and what the rules data says about it. */
    public record Fact(AggravatingFact fact, String basis) {
    }
}
