package id.netra.integration.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

import id.netra.kit.inbox.Redrive;
import id.netra.kit.problem.Refusal;
import id.netra.kit.security.Caller;

/**
 * Sends a dead letter back to the topic it came from, as it was, marked as redriven for the consumer that parked it.
 * Safe because every consumer takes an event once by its id: a redrive of an event already processed changes
 * nothing. The redrive is on record (who, when) before it is sent; one the service could not send is sent by the
 * sweep, so a redrive is sent at least once.
 */
@ApplicationScoped
public class DeadLetterService {

    private static final Logger LOG = Logger.getLogger(DeadLetterService.class);
    /**
     * A PENDING redrive untouched this long is the sweep's: the replica that recorded it did not send it. Longer
     * than the redrive channel's delivery timeout (10 s), so a send still under way is not sent again beside it.
     */
    static final Duration STALE = Duration.ofSeconds(30);

    private final DeadLetterStore store;
    private final MutinyEmitter<String> emitter;
    private final Caller caller;
    private final Clock clock;

    public DeadLetterService(DeadLetterStore store, @Channel("dead-letter-redrive") MutinyEmitter<String> emitter,
            Caller caller, Clock clock) {
        this.store = store;
        this.emitter = emitter;
        this.caller = caller;
        this.clock = clock;
    }

    public Uni<DeadLetterViews.Page> page(String consumer, UUID before, int limit) {
        return store.page(caller.listScope(), consumer, before, limit + 1).map(found -> {
            List<DeadLetterStore.Stored> page = found.stream().limit(limit).toList();
            UUID next = found.size() > limit ? page.get(page.size() - 1).id() : null;
            return new DeadLetterViews.Page(page.stream().map(DeadLetterViews.Item::of).toList(), next);
        });
    }

    /** A dead letter outside the caller's scope answers like a missing one. */
    public Uni<DeadLetterViews.Detail> get(UUID id) {
        return visible(id).chain(stored -> store.redrives(id).map(redrives -> DeadLetterViews.Detail.of(stored,
                redrives)));
    }

    /** Records the redrive, then sends it; answered PENDING if the broker did not take it yet (the sweep will). */
    public Uni<DeadLetterViews.Redrive> redrive(UUID id) {
        String scope = caller.listScope();
        String by = caller.name();
        String roles = caller.roles().stream().sorted().collect(Collectors.joining(","));
        return visible(id).chain(stored -> {
            if (stored.letter().originalTopic() == null) {
                throw Refusal.conflict("DEAD_LETTER_NO_TOPIC", id);
            }
            return store.request(id, scope, by, roles, clock.instant());
        }).chain(redrive -> send(redrive).onFailure().recoverWithItem(failure -> {
            LOG.warnf(failure, "Redrive %s of dead letter %s recorded but not sent; the sweep sends it", redrive.id(),
                    id);
            return redrive;
        })).map(DeadLetterViews.Redrive::of).invoke(r -> LOG.infof("Dead letter %s redriven to %s by %s (redrive %s, %s)",
                id, r.targetTopic(), by, r.redriveId(), r.status()));
    }

    private Uni<DeadLetterStore.Stored> visible(UUID id) {
        return store.find(id, caller.listScope())
                .onItem().ifNull().failWith(() -> Refusal.notFound("DEAD_LETTER_NOT_FOUND", id));
    }

    /** The record as it was parked, with its own headers, marked for the consumer that parked it. */
    private Uni<DeadLetterStore.Redriven> send(DeadLetterStore.Redriven redrive) {
        return store.find(redrive.deadLetterId(), null).chain(stored -> {
            DeadLetter letter = stored.letter();
            RecordHeaders headers = new RecordHeaders();
            letter.headers().forEach(h -> headers.add(h.name(),
                    h.value() == null ? null : h.value().getBytes(StandardCharsets.UTF_8)));
            headers.add(Redrive.ID, redrive.id().toString().getBytes(StandardCharsets.UTF_8));
            headers.add(Redrive.FOR, letter.consumer().getBytes(StandardCharsets.UTF_8));
            OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String> builder()
                    .withTopic(redrive.targetTopic()).withKey(letter.key()).withHeaders(headers).build();
            Instant now = clock.instant();
            return emitter.sendMessage(Message.of(letter.payload() == null ? "" : letter.payload())
                    .addMetadata(metadata))
                    .chain(() -> store.sent(redrive.id(), now))
                    .replaceWith(new DeadLetterStore.Redriven(redrive.id(), redrive.deadLetterId(),
                            redrive.redrivenBy(), redrive.redrivenAt(), redrive.targetTopic(), "SENT", now));
        });
    }

    @Scheduled(every = "${netra.integration.dead-letters.redrive-sweep}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> scheduled() {
        return sendStalled().replaceWithVoid();
    }

    /** Sends the redrives recorded but not sent (the replica stopped in between); returns how many it sent. */
    public Uni<Integer> sendStalled() {
        Instant now = clock.instant();
        return store.claimStalled(now.minus(STALE), now, 10)
                .onItem().transformToMulti(stalled -> Multi.createFrom().iterable(stalled))
                .onItem().transformToUniAndConcatenate(redrive -> send(redrive).map(sent -> 1)
                        .onFailure().recoverWithItem(failure -> {
                            LOG.warnf(failure, "Redrive %s still not sent; tried again later", redrive.id());
                            return 0;
                        }))
                .collect().asList().map(sent -> sent.stream().mapToInt(Integer::intValue).sum());
    }
}
