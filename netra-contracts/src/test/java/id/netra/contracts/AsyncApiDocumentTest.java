package id.netra.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class AsyncApiDocumentTest {

    /** The committed document, from this module's folder. */
    private static final Path COMMITTED = Path.of("../docs/events/asyncapi.json");

    @Test
    void shouldMatchTheCommittedDocumentSoThatItCannotGoStale() throws IOException {
        String rendered = AsyncApiDocument.render();
        if (Boolean.getBoolean("netra.docs.write")) {
            Files.createDirectories(COMMITTED.getParent());
            Files.writeString(COMMITTED, rendered, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8))
                .as("docs/events/asyncapi.json is older than the contracts: write it again with"
                        + " ./mvnw -pl netra-contracts test -Dtest=AsyncApiDocumentTest -Dnetra.docs.write=true")
                .isEqualTo(rendered);
    }

    @Test
    void shouldDescribeEveryEventTypeOnItsTopicWithItsSchemaAndKey() throws IOException {
        JsonNode document = new ObjectMapper().readTree(AsyncApiDocument.render());
        assertThat(document.get("asyncapi").asText()).isEqualTo("3.0.0");
        for (EventType type : EventType.values()) {
            String id = AsyncApiDocument.messageId(type);
            JsonNode message = document.at("/components/messages/" + id);
            assertThat(message.get("name").asText()).as(id).isEqualTo(type.type());
            assertThat(message.at("/payload/schema/title").asText()).isEqualTo(type.type());
            assertThat(message.at("/payload/schema/$schema").isMissingNode()).isTrue();
            assertThat(message.at("/bindings/kafka/key/description").asText()).isNotBlank();
            boolean listed = false;
            for (JsonNode channel : document.get("channels")) {
                if (channel.get("messages").has(id)) {
                    assertThat(channel.get("address").asText()).as(id).isEqualTo(type.topic());
                    listed = true;
                }
            }
            assertThat(listed).as(id + " on a channel").isTrue();
        }
        assertThat(document.at("/components/messages/candidacyRegisteredV1/bindings/kafka/key/description").asText())
                .startsWith("the candidacy watch's id");
        assertThat(document.at("/components/messages/caseRegisteredV1/bindings/kafka/key/description").asText())
                .startsWith("the case id");
        assertThat(document.at("/components/schemas/CloudEventHeaders/required").toString())
                .contains("ce_id", "ce_type", "ce_subject", "ce_time");
    }
}
