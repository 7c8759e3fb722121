package id.netra.kit.inbox;

/**
 * The headers a redriven dead letter carries back to its topic. The topic has other consumers that took the record
 * long ago; {@link #FOR} names the one service it is meant for, so that no other parks it a second time.
 */
public final class Redrive {

    /** The redrive's id: the record came back from a dead-letter topic, and who sent it is on record under it. */
    public static final String ID = "netra-redrive-id";
    /** The application name of the service whose consumer parked the record. */
    public static final String FOR = "netra-redrive-for";

    private Redrive() {
    }
}
