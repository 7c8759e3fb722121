package id.netra.kit.rules;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import id.netra.kit.region.RegionCatalog;

/**
 * The reference data shipped with the kit, as beans: services are handed the region and violation catalogs like any
 * other collaborator, so that a test or a later source can hand them others. (The kit's own validators and scope
 * checks, which Bean Validation and static callers create, read the same instances.) The working-day calendar is not
 * among them: it changes with the holiday lists, and {@link LiveRules} hands out the one in force.
 */
public class CatalogProducer {

    @Produces
    @Singleton
    RegionCatalog regions() {
        return RegionCatalog.standard();
    }

    @Produces
    @Singleton
    ViolationCatalog violations() {
        return ViolationCatalog.standard();
    }
}
