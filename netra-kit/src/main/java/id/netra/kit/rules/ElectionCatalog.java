package id.netra.kit.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import id.netra.kit.calendar.DayUnit;

/** The elections the system knows (data file {@code netra/rules/elections.yaml}), with their candidate-setting dates. */
public final class ElectionCatalog {

    private static final String RESOURCE = "/netra/rules/elections.yaml";
    private static volatile ElectionCatalog standard;

    private final Map<String, Election> elections = new LinkedHashMap<>();
    private final Map<String, Map<String, DeadlineRule>> deadlineRules;

    private ElectionCatalog(List<Election> list, Map<String, Map<String, DeadlineRule>> deadlineRules) {
        list.forEach(e -> elections.put(e.code(), e));
        this.deadlineRules = deadlineRules == null ? Map.of() : Map.copyOf(deadlineRules);
    }

    /** The catalogue shipped with the service, read once. */
    public static ElectionCatalog standard() {
        if (standard == null) {
            standard = load(RESOURCE);
        }
        return standard;
    }

    static ElectionCatalog load(String resource) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = ElectionCatalog.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing data file " + resource);
            }
            File file = yaml.readValue(in, File.class);
            return new ElectionCatalog(file.elections(), file.deadlineRules());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    public Optional<Election> find(String code) {
        return Optional.ofNullable(code).map(elections::get);
    }

    public boolean isKnown(String code) {
        return code != null && elections.containsKey(code);
    }

    public List<Election> all() {
        return List.copyOf(elections.values());
    }

    /**
     * The deadline rule of a step (e.g. {@code report_after_known}, {@code initial_review}) for an election: the
     * rule of its kind (PEMILU, PILKADA), else the rule for ANY election; empty for an unknown election or step.
     */
    public Optional<DeadlineRule> deadlineRule(String electionCode, String step) {
        return find(electionCode).flatMap(election -> Optional
                .ofNullable(deadlineRules.getOrDefault(election.kind(), Map.of()).get(step))
                .or(() -> Optional.ofNullable(deadlineRules.getOrDefault("ANY", Map.of()).get(step))))
                .filter(rule -> rule.days() != null && rule.unit() != null);
    }

    /**
     * How long a step may take: {@code days} counted in {@code unit}; {@code nature} says whether it is law, an internal
     * target or a Netra setting, {@code basis} where it comes from, {@code disputed} why it is configurable.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DeadlineRule(Integer days, DayUnit unit, String disputed, String nature, String basis) {

        public DeadlineRule(Integer days, DayUnit unit, String disputed) {
            this(days, unit, disputed, null, null);
        }
    }

    /** One election: PEMILU or PILKADA, with the day candidates were set (ethics before it, discipline from it). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Election(
            String code,
            String kind,
            @JsonProperty("voting_date") LocalDate votingDate,
            @JsonProperty("candidate_setting_date") LocalDate candidateSettingDate) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record File(List<Election> elections,
            @JsonProperty("deadline_rules") Map<String, Map<String, DeadlineRule>> deadlineRules) {
    }
}
