package id.netra.contracts;

/** The civil servant a case is about. The NIP may be missing for a public lead. */
public record Accused(String name, String nip, String position, String agency) {
}
