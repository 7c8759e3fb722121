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

/** The elections the system knows (data file {@code netra/rules/elections.yaml}), with their candidate-setting dates. */
public final class ElectionCatalog {

    private static final String RESOURCE = "/netra/rules/elections.yaml";
    private static volatile ElectionCatalog standard;

    private final Map<String, Election> elections = new LinkedHashMap<>();

    private ElectionCatalog(List<Election> list) {
        list.forEach(e -> elections.put(e.code(), e));
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
            return new ElectionCatalog(yaml.readValue(in, File.class).elections());
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

    /** One election: PEMILU or PILKADA, with the day candidates were set (ethics before it, discipline from it). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Election(
            String code,
            String kind,
            @JsonProperty("voting_date") LocalDate votingDate,
            @JsonProperty("candidate_setting_date") LocalDate candidateSettingDate) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record File(List<Election> elections) {
    }
}
