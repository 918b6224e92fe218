package io.gazette.transfer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an import did: counts by item type ({@code article}, {@code author}, {@code comment}, ...) and outcome,
 * the items it refused with the source's id and the reason, and named tallies such as {@code shortcodes}.
 * Filled while the import runs (possibly read by another thread for progress), so its methods are synchronized.
 */
public final class ImportReport {

    /** One item the import refused, by the id it has in the source file. */
    public record Problem(String type, String sourceId, String reason) {
    }

    private final Map<String, Map<ImportOutcome, Long>> counts = new TreeMap<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Long> tallies = new TreeMap<>();

    public synchronized void count(String type, ImportOutcome outcome) {
        counts.computeIfAbsent(type, t -> new EnumMap<>(ImportOutcome.class)).merge(outcome, 1L, Long::sum);
    }

    public synchronized void reject(String type, String sourceId, String reason) {
        count(type, ImportOutcome.REJECTED);
        problems.add(new Problem(type, sourceId, reason));
    }

    public synchronized void tally(String name, long amount) {
        tallies.merge(name, amount, Long::sum);
    }

    public synchronized Map<String, Map<ImportOutcome, Long>> counts() {
        Map<String, Map<ImportOutcome, Long>> copy = new TreeMap<>();
        counts.forEach((type, byOutcome) -> copy.put(type, new EnumMap<>(byOutcome)));
        return copy;
    }

    public synchronized List<Problem> problems() {
        return List.copyOf(problems);
    }

    public synchronized Map<String, Long> tallies() {
        return new TreeMap<>(tallies);
    }

    /** How many items it counted, of every type and outcome. */
    public synchronized long total() {
        return counts.values().stream().flatMap(byOutcome -> byOutcome.values().stream()).mapToLong(Long::longValue).sum();
    }

    /** How many items it counted with this outcome, of every type. */
    public synchronized long total(ImportOutcome outcome) {
        return counts.values().stream().mapToLong(byOutcome -> byOutcome.getOrDefault(outcome, 0L)).sum();
    }
}
