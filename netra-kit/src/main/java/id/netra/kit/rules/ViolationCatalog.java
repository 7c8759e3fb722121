package id.netra.kit.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The violation catalogue of the 2022 joint decree (data file {@code netra/rules/violation-catalogue.yaml}): the
 * codes every service validates against, and the levels and stage pairs the sanction rules use.
 */
public final class ViolationCatalog {

    private static final String RESOURCE = "/netra/rules/violation-catalogue.yaml";
    private static volatile ViolationCatalog standard;

    private final Map<String, Violation> violations = new LinkedHashMap<>();
    private final List<StagePair> stagePairs;
    private final Map<String, List<Sanction>> ladder;

    private ViolationCatalog(File file) {
        file.violations().forEach(v -> violations.put(v.code(), v));
        this.stagePairs = List.copyOf(file.stagePairs());
        this.ladder = Map.copyOf(file.sanctionLadder());
    }

    public static ViolationCatalog standard() {
        if (standard == null) {
            ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
            try (InputStream in = ViolationCatalog.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("Missing data file " + RESOURCE);
                }
                standard = new ViolationCatalog(yaml.readValue(in, File.class));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + RESOURCE, e);
            }
        }
        return standard;
    }

    public Optional<Violation> find(String code) {
        return Optional.ofNullable(code).map(violations::get);
    }

    public boolean isKnown(String code) {
        return code != null && violations.containsKey(code);
    }

    public List<Violation> all() {
        return List.copyOf(violations.values());
    }

    public List<StagePair> stagePairs() {
        return stagePairs;
    }

    /** Sanctions by level (MORAL, RINGAN, SEDANG, BERAT, PTDH). */
    public Map<String, List<Sanction>> ladder() {
        return ladder;
    }

    /** One row of the catalogue; {@code sanctionLevel} is null where a human decides (D13). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Violation(
            String code,
            String kind,
            String title,
            String summary,
            @JsonProperty("sanction_level") String sanctionLevel,
            @JsonProperty("alternative_level") String alternativeLevel,
            String confidence) {

        public boolean disputed() {
            return "disputed".equals(confidence);
        }
    }

    /** The same act before and after the candidate-setting date (ethics/discipline, or D9/D10). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record StagePair(String ethics, String discipline, String before, String after, String basis) {

        public String earlier() {
            return ethics != null ? ethics : before;
        }

        public String later() {
            return discipline != null ? discipline : after;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Sanction(String code, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record File(
            @JsonProperty("sanction_ladder") Map<String, List<Sanction>> sanctionLadder,
            List<Violation> violations,
            @JsonProperty("stage_pairs") List<StagePair> stagePairs) {
    }
}
