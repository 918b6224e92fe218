package io.gazette.transfer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The progress bar's rate as a reader sees it (ImportCommandIT runs the whole command on the packaged jar). */
class ImportCommandTest {

    @Test
    void theRateHasADigitBeforeTheDecimalPointAndOneAfter() {
        assertEquals("134.2", ImportCommand.rate().format(134.24));
        assertEquals("0.4", ImportCommand.rate().format(0.4));
        assertEquals("0.0", ImportCommand.rate().format(0));
        assertEquals("1234.5", ImportCommand.rate().format(1234.5), "no grouping, a point in every locale");
    }
}
