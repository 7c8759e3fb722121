package id.netra.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The AsyncAPI 3.0 description of the suite's topics, drawn from {@link EventType}, {@link Topics} and the payloads'
 * JSON Schemas, so that it cannot say other than the code does. docs/events/asyncapi.json is its output; a test keeps
 * the two equal.
 */
public final class AsyncApiDocument {

    /**
     * The payload schemas are written for JSON Schema 2020-12 but use only keywords that draft-07 has with the same
     * meaning, which is the schema format every AsyncAPI tool reads.
     */
    static final String SCHEMA_FORMAT = "application/schema+json;version=draft-07";

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Channel(String id, String topic, String producer, String description) {
    }

    private static final Channel[] CHANNELS = {
            new Channel("intakeEvents", Topics.INTAKE, "intake-service",
                    "Reports, cases and their initial review, and the candidacy watch."),
            new Channel("clarificationEvents", Topics.CLARIFICATION, "clarification-service",
                    "The Inspektorat's clarification of a registered case, from opening to conclusion."),
            new Channel("sanctionEvents", Topics.SANCTION, "sanction-service",
                    "Sanction recommendations, the PPK's decisions and the escalation of overdue ones."),
            new Channel("rulesEvents", Topics.RULES, "sanction-service",
                    "Changes of the rules the suite works by: elections and holiday lists."),
            new Channel("integrationEvents", Topics.INTEGRATION, "integration-service",
                    "The suite's own delivery to regional governments' systems."), };

    private AsyncApiDocument() {
    }

    /** The document as pretty-printed JSON, ending with a newline. */
    public static String render() {
        ObjectNode root = JSON.createObjectNode();
        root.put("asyncapi", "3.0.0");
        ObjectNode info = root.putObject("info");
        info.put("title", "Netra events");
        info.put("version", "1.0.0");
        info.put("description", "The events of the Netra suite on Kafka. Each record is one event: its value the"
                + " payload as JSON, its headers the CloudEvents attributes in Kafka's binary mode (ce_id, ce_type, ...)."
                + " A record's key keeps the order: a case's events carry the case id, so they arrive in the order"
                + " they happened. Delivery is at least once: de-duplicate on ce_id. No event carries a reporter's"
                + " identity: reporterRef is a pseudonym.");
        info.putObject("license").put("name", "Proprietary");
        root.put("defaultContentType", CloudEventHeaders.JSON);
        ObjectNode local = root.putObject("servers").putObject("local");
        local.put("host", "localhost:9092");
        local.put("protocol", "kafka");
        local.put("description", "The local run's broker (./netra up); each topic has three partitions.");

        ObjectNode channels = root.putObject("channels");
        ObjectNode operations = root.putObject("operations");
        ObjectNode components = root.putObject("components");
        ObjectNode messages = components.putObject("messages");
        components.putObject("schemas").set("CloudEventHeaders", headers());
        for (Channel channel : CHANNELS) {
            ObjectNode node = channels.putObject(channel.id());
            node.put("address", channel.topic());
            node.put("description", channel.description() + " Written by " + channel.producer() + ".");
            ObjectNode channelMessages = node.putObject("messages");
            ObjectNode operation = operations.putObject("publish" + capitalised(channel.id()));
            operation.put("action", "send");
            operation.putObject("channel").put("$ref", "#/channels/" + channel.id());
            operation.put("summary", channel.producer() + " publishes on " + channel.topic());
            var operationMessages = operation.putArray("messages");
            Arrays.stream(EventType.values()).filter(type -> type.topic().equals(channel.topic())).forEach(type -> {
                String id = messageId(type);
                channelMessages.putObject(id).put("$ref", "#/components/messages/" + id);
                operationMessages.addObject().put("$ref", "#/channels/" + channel.id() + "/messages/" + id);
                messages.set(id, message(type));
            });
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode message(EventType type) {
        ObjectNode schema = schema(type);
        ObjectNode message = JSON.createObjectNode();
        message.put("name", type.type());
        message.put("title", type.payloadType().getSimpleName());
        message.put("summary", schema.path("description").asText(type.type()));
        message.put("contentType", CloudEventHeaders.JSON);
        message.putObject("headers").put("$ref", "#/components/schemas/CloudEventHeaders");
        ObjectNode payload = message.putObject("payload");
        payload.put("schemaFormat", SCHEMA_FORMAT);
        payload.set("schema", schema);
        ObjectNode kafka = message.putObject("bindings").putObject("kafka");
        kafka.putObject("key").put("type", "string").put("description", key(type));
        kafka.put("bindingVersion", "0.5.0");
        return message;
    }

    private static String key(EventType type) {
        if (CandidacyEvent.class.isAssignableFrom(type.payloadType())) {
            return "the candidacy watch's id (UUID), which is also the subject: a watch's steps keep their order";
        }
        if (CaseEvent.class.isAssignableFrom(type.payloadType())) {
            return "the case id (UUID): a case's events keep their order";
        }
        if (type.payloadType() == RulesChanged.class) {
            return "always " + RulesChanged.KEY + ": the changes keep their order";
        }
        return "the webhook subscription's id (UUID)";
    }

    /** The payload's JSON Schema without $schema and $id, which name the 2020-12 original. */
    private static ObjectNode schema(EventType type) {
        try (InputStream in = EventType.class.getResourceAsStream(type.schemaResource())) {
            if (in == null) {
                throw new IllegalStateException("no schema for " + type.type() + " at " + type.schemaResource());
            }
            ObjectNode schema = (ObjectNode) JSON.readTree(in);
            schema.remove("$schema");
            schema.remove("$id");
            return schema;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode headers() {
        ObjectNode headers = JSON.createObjectNode();
        headers.put("type", "object");
        headers.put("description", "The CloudEvents attributes, one Kafka header each (binary content mode).");
        Map<String, String> described = Map.of(
                CloudEventHeaders.SPEC_VERSION, "CloudEvents version: " + CloudEventHeaders.SPEC_VERSION_VALUE,
                CloudEventHeaders.ID, "the event's id (UUID): de-duplicate on it",
                CloudEventHeaders.SOURCE, "the producing service, such as /netra/intake",
                CloudEventHeaders.TYPE, "the event type, such as id.netra.case.registered.v1: the payload's schema",
                CloudEventHeaders.SUBJECT, "what the event is about: a case's number; for the candidacy watch the"
                        + " watch's id, for the rules their new version, for a webhook the subscription's id",
                CloudEventHeaders.TIME, "when it happened (RFC 3339, UTC)",
                CloudEventHeaders.CONTENT_TYPE, "the value's media type: " + CloudEventHeaders.JSON);
        var required = headers.putArray("required");
        ObjectNode properties = headers.putObject("properties");
        for (String name : new String[] { CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.ID,
                CloudEventHeaders.SOURCE, CloudEventHeaders.TYPE, CloudEventHeaders.SUBJECT, CloudEventHeaders.TIME,
                CloudEventHeaders.CONTENT_TYPE }) {
            required.add(name);
            ObjectNode property = properties.putObject(name).put("type", "string").put("description",
                    described.get(name));
            if (name.equals(CloudEventHeaders.TIME)) {
                property.put("format", "date-time");
            }
        }
        return headers;
    }

    /** id.netra.case.registered.v1 becomes caseRegisteredV1. */
    static String messageId(EventType type) {
        String[] words = type.type().substring("id.netra.".length()).split("[._]");
        StringBuilder id = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            id.append(capitalised(words[i]));
        }
        return id.toString();
    }

    private static String capitalised(String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}
