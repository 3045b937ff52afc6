package io.stratus.junit5.logging;

import java.util.logging.LogRecord;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/** An slf4j logger writing to the {@code java.util.logging} logger of the same name. */
final class JulLogger extends LegacyAbstractLogger {
    private static final long serialVersionUID = 1L;

    private final transient java.util.logging.Logger jul;

    JulLogger(String name, java.util.logging.Logger jul) {
        this.name = name;
        this.jul = jul;
    }

    @Override
    public boolean isTraceEnabled() {
        return jul.isLoggable(java.util.logging.Level.FINEST);
    }

    @Override
    public boolean isDebugEnabled() {
        return jul.isLoggable(java.util.logging.Level.FINE);
    }

    @Override
    public boolean isInfoEnabled() {
        return jul.isLoggable(java.util.logging.Level.INFO);
    }

    @Override
    public boolean isWarnEnabled() {
        return jul.isLoggable(java.util.logging.Level.WARNING);
    }

    @Override
    public boolean isErrorEnabled() {
        return jul.isLoggable(java.util.logging.Level.SEVERE);
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String messagePattern, Object[] arguments,
            Throwable throwable) {
        java.util.logging.Level julLevel = julLevel(level);
        if (!jul.isLoggable(julLevel)) {
            return;
        }
        LogRecord record = new LogRecord(julLevel, MessageFormatter.basicArrayFormat(messagePattern, arguments));
        record.setLoggerName(name);
        record.setThrown(throwable);
        // Set explicitly: JUL would otherwise infer this class as the caller, which says nothing.
        record.setSourceClassName(name);
        record.setSourceMethodName(null);
        jul.log(record);
    }

    static java.util.logging.Level julLevel(Level level) {
        return switch (level) {
            case TRACE -> java.util.logging.Level.FINEST;
            case DEBUG -> java.util.logging.Level.FINE;
            case INFO -> java.util.logging.Level.INFO;
            case WARN -> java.util.logging.Level.WARNING;
            case ERROR -> java.util.logging.Level.SEVERE;
        };
    }
}
