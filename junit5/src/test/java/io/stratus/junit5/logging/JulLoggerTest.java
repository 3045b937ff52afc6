package io.stratus.junit5.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Stratus's slf4j calls arrive in java.util.logging with the logger's name, the mapped level and the arguments filled in. */
class JulLoggerTest {
    private static final String NAME = "io.stratus.junit5.logging.test";

    private final List<LogRecord> records = new ArrayList<>();
    private final Logger jul = Logger.getLogger(NAME);
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureRecords() {
        jul.addHandler(capture);
        jul.setUseParentHandlers(false);
        jul.setLevel(Level.INFO);
    }

    @AfterEach
    void releaseRecords() {
        jul.removeHandler(capture);
        jul.setUseParentHandlers(true);
        jul.setLevel(null);
    }

    @Test
    void slf4jIsServedByTheJulProvider() {
        assertThat(LoggerFactory.getLogger(NAME)).isInstanceOf(JulLogger.class);
    }

    @Test
    void infoArrivesFormattedUnderTheLoggersName() {
        LoggerFactory.getLogger(NAME).info("Stratus ready on {} in {} ms", "http://127.0.0.1:1", 12);

        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.getLevel()).isEqualTo(Level.INFO);
            assertThat(record.getMessage()).isEqualTo("Stratus ready on http://127.0.0.1:1 in 12 ms");
            assertThat(record.getLoggerName()).isEqualTo(NAME);
            assertThat(record.getSourceClassName()).isEqualTo(NAME);
        });
    }

    @Test
    void warningCarriesItsThrowable() {
        IllegalStateException failure = new IllegalStateException("boom");

        LoggerFactory.getLogger(NAME).warn("Handler failed for {}", "orders", failure);

        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.getLevel()).isEqualTo(Level.WARNING);
            assertThat(record.getMessage()).isEqualTo("Handler failed for orders");
            assertThat(record.getThrown()).isSameAs(failure);
        });
    }

    @Test
    void levelsBelowTheJulLevelAreNeitherEnabledNorLogged() {
        org.slf4j.Logger logger = LoggerFactory.getLogger(NAME);

        logger.debug("invisible {}", 1);
        logger.trace("invisible");

        assertThat(logger.isDebugEnabled()).isFalse();
        assertThat(logger.isInfoEnabled()).isTrue();
        assertThat(records).isEmpty();
    }

    @Test
    void everySlf4jLevelMapsToItsJulCounterpart() {
        assertThat(JulLogger.julLevel(org.slf4j.event.Level.TRACE)).isEqualTo(Level.FINEST);
        assertThat(JulLogger.julLevel(org.slf4j.event.Level.DEBUG)).isEqualTo(Level.FINE);
        assertThat(JulLogger.julLevel(org.slf4j.event.Level.INFO)).isEqualTo(Level.INFO);
        assertThat(JulLogger.julLevel(org.slf4j.event.Level.WARN)).isEqualTo(Level.WARNING);
        assertThat(JulLogger.julLevel(org.slf4j.event.Level.ERROR)).isEqualTo(Level.SEVERE);
    }
}
