package id.netra.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class EventContractTest {

    private final EventCodec codec = new EventCodec();

    @ParameterizedTest
    @EnumSource(EventType.class)
    void shouldDescribeEveryPayloadFieldInItsSchema(EventType type) throws IOException {
        JsonNode schema = schema(type);
        Set<String> properties = new HashSet<>();
        schema.get("properties").fieldNames().forEachRemaining(properties::add);
        Set<String> components = new HashSet<>();
        Arrays.stream(type.payloadType().getRecordComponents()).map(RecordComponent::getName).forEach(components::add);

        assertThat(properties).isEqualTo(components);
        assertThat(schema.get("title").asText()).isEqualTo(type.type());
        schema.get("required").forEach(r -> assertThat(properties).contains(r.asText()));
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void shouldUseTheVersionedNetraTypeNameAndTheTopicOfItsService(EventType type) {
        assertThat(type.type()).matches("id\\.netra\\.[a-z]+\\.[a-z_]+\\.v[0-9]+");
        assertThat(type.topic()).isIn(Topics.ALL.toArray());
        assertThat(EventType.fromType(type.type())).contains(type);
    }

    @Test
    void shouldReadBackWhatItWrote() {
        CaseRegistered event = new CaseRegistered(UUID.randomUUID(), "64.71-2024-000001", "64.71", "PILKADA_2024",
                "PARTNER", new Accused("Budi", "196608011988031001", "Camat", "Kecamatan Balikpapan Kota"),
                List.of("D7"), LocalDate.of(2024, 10, 1), "rep-1", Instant.parse("2024-10-02T01:00:00Z"));

        String json = codec.toJson(event);

        assertThat(json).contains("\"occurredOn\":\"2024-10-01\"").contains("\"registeredAt\":\"2024-10-02T01:00:00Z\"");
        assertThat(codec.fromJson(EventType.CASE_REGISTERED.type(), json)).isEqualTo(event);
        assertThat(EventType.of(event)).isEqualTo(EventType.CASE_REGISTERED);
    }

    @Test
    void shouldCarryARulesChangeUnderOneKeyWithItsVersionAsSubject() {
        RulesChanged change = new RulesChanged("rules-3", Instant.parse("2026-12-01T02:00:00Z"), null,
                new RulesChanged.Holidays(2027, List.of(new RulesChanged.Day(LocalDate.of(2027, 3, 10), "LIBUR_NASIONAL",
                        "Idul Fitri 1448 H", "SKB 2026", null))));

        String json = codec.toJson(change);
        NetraEvent read = codec.fromJson(EventType.RULES_CHANGED.type(), json);

        assertThat(read).isEqualTo(change);
        assertThat(read.key()).isEqualTo(RulesChanged.KEY);
        assertThat(read.subject()).isEqualTo("rules-3");
        assertThat(json).doesNotContain("\"key\"").doesNotContain("\"subject\"");
        assertThatThrownBy(() -> codec.fromJson(EventType.RULES_CHANGED.type(), "{\"changedAt\":\"2026-12-01T02:00:00Z\"}"))
                .isInstanceOf(EventCodec.MalformedEventException.class).hasMessageContaining("rules version");
    }

    @Test
    void shouldKeyACandidacyWatchsStepsByItsIdAndNameNoPersonInThem() {
        UUID candidacyId = UUID.randomUUID();
        CandidacyRegistered event = new CandidacyRegistered(candidacyId, "64.71", "PEMILU_2024", "DPRD", "MONITOR",
                LocalDate.of(2023, 5, 10), "NONE", false, UUID.randomUUID(), "64.71-2023-000001",
                List.of(new CandidacyRegistered.Obligation("RESIGNATION_LETTER", LocalDate.of(2023, 5, 10), "P")),
                Instant.parse("2023-05-15T02:00:00Z"));

        String json = codec.toJson(event);
        NetraEvent read = codec.fromJson(EventType.CANDIDACY_REGISTERED.type(), json);

        assertThat(read).isEqualTo(event);
        assertThat(read.key()).isEqualTo(candidacyId.toString());
        assertThat(read.subject()).isEqualTo(candidacyId.toString());
        assertThat(((CaseEvent) read).caseId()).isEqualTo(candidacyId);
        assertThat(json).doesNotContain("\"caseId\"").doesNotContain("\"caseNumber\"")
                .contains("\"d3CaseNumber\":\"64.71-2023-000001\"");
        assertThatThrownBy(() -> codec.fromJson(EventType.CANDIDACY_OBLIGATION_DUE.type(),
                "{\"regionCode\":\"64.71\",\"obligation\":\"RESIGNATION_LETTER\"}"))
                .isInstanceOf(EventCodec.MalformedEventException.class).hasMessageContaining("lacks caseId");
    }

    @Test
    void shouldIgnoreFieldsAddedByANewerProducer() {
        String json = "{\"caseId\":\"" + UUID.randomUUID() + "\",\"caseNumber\":\"64.71-2024-000001\","
                + "\"regionCode\":\"64.71\",\"outcome\":\"NOT_PROVEN\",\"closedAt\":\"2024-10-02T01:00:00Z\","
                + "\"futureField\":42}";

        NetraEvent event = codec.fromJson(EventType.CASE_CLOSED.type(), json);

        assertThat(((CaseClosed) event).outcome()).isEqualTo("NOT_PROVEN");
    }

    @Test
    void shouldRefuseAnUnknownTypeAnEmptyOrBrokenPayloadAndAPayloadWithoutItsCase() {
        assertThatThrownBy(() -> codec.fromJson("id.netra.unknown.v1", "{}"))
                .isInstanceOf(EventCodec.MalformedEventException.class).hasMessageContaining("unknown event type");
        assertThatThrownBy(() -> codec.fromJson(EventType.CASE_CLOSED.type(), " "))
                .isInstanceOf(EventCodec.MalformedEventException.class);
        assertThatThrownBy(() -> codec.fromJson(EventType.CASE_CLOSED.type(), "{not json"))
                .isInstanceOf(EventCodec.MalformedEventException.class);
        assertThatThrownBy(() -> codec.fromJson(EventType.CASE_CLOSED.type(), "{\"outcome\":\"NOT_PROVEN\"}"))
                .isInstanceOf(EventCodec.MalformedEventException.class).hasMessageContaining("lacks caseId");
    }

    private static JsonNode schema(EventType type) throws IOException {
        try (InputStream in = EventType.class.getResourceAsStream(type.schemaResource())) {
            assertThat(in).as("schema of %s", type).isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }
}
