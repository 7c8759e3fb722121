package id.netra.integration.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.TemplateData;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

import id.netra.contracts.EventType;
import id.netra.integration.deadletter.DeadLetterService;
import id.netra.integration.deadletter.DeadLetterViews;
import id.netra.integration.webhook.WebhookStore;
import id.netra.kit.problem.Messages;

/** What the console's page shows besides the live list: consumer lag, dead letters, webhook subscriptions. */
@ApplicationScoped
@TemplateData(target = ConsolePage.View.class)
@TemplateData(target = ConsumerLag.Row.class)
@TemplateData(target = DeadLetterViews.Item.class)
@TemplateData(target = WebhookStore.Health.class)
@TemplateData(target = ServiceStates.State.class)
public class ConsolePage {

    private static final int RECENT_DEAD_LETTERS = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ConsumerLag lag;
    private final DeadLetterService deadLetters;
    private final WebhookStore webhooks;
    private final ServiceStates services;

    public ConsolePage(ConsumerLag lag, DeadLetterService deadLetters, WebhookStore webhooks,
            ServiceStates services) {
        this.lag = lag;
        this.deadLetters = deadLetters;
        this.webhooks = webhooks;
        this.services = services;
    }

    /** The page's data; {@code texts} are the page's words, {@code eventWords} each event type in plain words. */
    public record View(String lang, String otherLang, String signedIn, boolean admin,
            boolean deadLetterReader, Map<String, String> texts, String eventWords, String scriptTexts,
            List<ConsumerLag.Row> lag,
            List<DeadLetterViews.Item> deadLetters, List<WebhookStore.Health> webhooks,
            List<ServiceStates.State> services) {
    }

    public Uni<View> view(Locale locale, String user, String roles, boolean admin, boolean deadLetterReader) {
        // null when Kafka did not answer: the page says so rather than show no lag
        Uni<List<ConsumerLag.Row>> rows = Uni.createFrom().item(lag::rows)
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        Uni<List<DeadLetterViews.Item>> recent = deadLetterReader
                ? deadLetters.page(null, null, RECENT_DEAD_LETTERS).map(DeadLetterViews.Page::items)
                : Uni.createFrom().item(List.of());
        return Uni.combine().all().unis(rows, recent, webhooks.health(), services.states()).asTuple()
                .map(all -> new View(locale.getLanguage(), "en".equals(locale.getLanguage()) ? "id" : "en",
                        Messages.text(locale, "console.signedInAs", user, roles), admin, deadLetterReader,
                        texts(locale), eventWords(locale), scriptTexts(locale), all.getItem1(),
                        all.getItem2(), all.getItem3(), all.getItem4()));
    }

    /** The page's words in the reader's language, keyed without their {@code console.} prefix, dots as _. */
    static Map<String, String> texts(Locale locale) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String key : KEYS) {
            texts.put(key.replace('.', '_'), Messages.text(locale, "console." + key));
        }
        return texts;
    }

    private static String eventWords(Locale locale) {
        Map<String, String> words = new LinkedHashMap<>();
        for (EventType type : EventType.values()) {
            words.put(type.type(), Messages.text(locale, "event." + type.type()));
        }
        return json(words);
    }

    /** The words the page's script writes itself, as JSON (HTML escaping would spoil them inside a script). */
    private static String scriptTexts(Locale locale) {
        Map<String, String> words = new LinkedHashMap<>();
        for (String key : List.of("pause", "resume", "paused", "reset", "connected", "reconnecting")) {
            words.put(key, Messages.text(locale, "console." + key));
        }
        return json(words);
    }

    private static String json(Map<String, String> words) {
        try {
            // a script element ends at the first "</": none may come from the texts
            return JSON.writeValueAsString(words).replace("</", "<\\/");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings is always writable", e);
        }
    }

    private static final List<String> KEYS = List.of("title", "live", "pause", "resume", "paused", "filter",
            "filter.types", "filter.types.all", "filter.region", "filter.case", "column.time", "column.what",
            "filter.types.intake", "filter.types.clarification", "filter.types.sanction", "filter.types.candidacy",
            "column.case", "column.region", "column.service", "detail", "detail.none", "detail.note", "services",
            "lag", "lag.group", "lag.topic", "lag.partition", "lag.behind", "lag.none", "lag.unavailable", "deadLetters",
            "deadLetters.none", "deadLetters.reason", "deadLetters.redrive", "webhooks", "webhooks.owner", "webhooks.status",
            "webhooks.backlog",
            "webhooks.failingSince", "webhooks.none", "reset", "connection", "connected", "reconnecting",
            "signedInAs", "language", "denied.title", "denied.text", "service", "service.ready",
            "service.notReady", "service.outbox", "service.oldest", "service.unknown");
}
