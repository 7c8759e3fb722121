package id.netra.kit.security;

import io.quarkus.panache.common.Parameters;

/**
 * A list's query built from optional filters: each filter that is set adds its condition and binds its value, one
 * left out adds nothing. The region scope uses the same rule as {@link RegionScope#condition}.
 */
public final class ListQuery {

    private final StringBuilder query = new StringBuilder("1 = 1");
    private final Parameters parameters = new Parameters();

    /** Within {@code region} (a province also covers its kabupaten/kota); nothing when it is null. */
    public ListQuery within(String name, String region) {
        return region == null ? this : and(RegionScope.condition(name, region, parameters));
    }

    /** Within {@code region} by case number ({@link RegionScope#numberCondition}); nothing when it is null. */
    public ListQuery withinNumbers(String field, String name, String region) {
        return region == null ? this : and(RegionScope.numberCondition(field, name, region, parameters));
    }

    /** {@code field operator :name}, such as {@code caseNumber > :after}; nothing when {@code value} is null. */
    public ListQuery where(String field, String operator, String name, Object value) {
        if (value == null) {
            return this;
        }
        parameters.and(name, value);
        return and(field + " " + operator + " :" + name);
    }

    /** {@code field = :name}; nothing when {@code value} is null. */
    public ListQuery equal(String field, String name, Object value) {
        return where(field, "=", name, value);
    }

    /** A condition of the caller's own, with the values it names. */
    public ListQuery and(String condition) {
        query.append(" and ").append(condition);
        return this;
    }

    public ListQuery bind(String name, Object value) {
        parameters.and(name, value);
        return this;
    }

    public String query() {
        return query.toString();
    }

    public Parameters parameters() {
        return parameters;
    }
}
