package io.gazette.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's Clock in tests: the system time until a test moves it, so a test moves time instead
 * of sleeping or racing it. One app instance serves every test of a profile, so a test that moves it
 * calls {@link #reset()} after each test.
 */
@Alternative
@Priority(1)
@Singleton
public class MutableClock extends Clock {

    /** Either running (system time plus an offset) or standing still at one instant. */
    private record State(Duration offset, Instant stoppedAt) {
    }

    private static final State SYSTEM = new State(Duration.ZERO, null);

    private final Clock system = Clock.systemUTC();
    private final AtomicReference<State> state = new AtomicReference<>(SYSTEM);

    /** Stops the clock at this instant; it stays there until moved again or reset. */
    public void set(Instant instant) {
        state.set(new State(Duration.ZERO, instant));
    }

    /** Moves the clock forward (or back, for a negative amount), running or stopped as it was. */
    public void advance(Duration amount) {
        state.updateAndGet(s -> s.stoppedAt() == null
                ? new State(s.offset().plus(amount), null)
                : new State(Duration.ZERO, s.stoppedAt().plus(amount)));
    }

    /** Back to the system time. */
    public void reset() {
        state.set(SYSTEM);
    }

    @Override
    public Instant instant() {
        State s = state.get();
        return s.stoppedAt() != null ? s.stoppedAt() : system.instant().plus(s.offset());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** The application keeps time in UTC; a clock in another zone would no longer follow this one. */
    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The test clock runs in UTC only");
    }
}
