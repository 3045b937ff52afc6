package io.stratus.junit5.logging;

import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The slf4j provider found by Stratus's relocated slf4j through {@code ServiceLoader}: loggers that
 * forward to {@code java.util.logging}; Stratus uses neither markers nor the MDC, so those are the no-op kinds.
 */
public final class JulServiceProvider implements SLF4JServiceProvider {
    /** The slf4j API generation this provider implements; slf4j 2.0.x checks only the {@code 2.0} prefix. */
    private static final String API_VERSION = "2.0.99";

    private ILoggerFactory loggerFactory;
    private IMarkerFactory markerFactory;
    private MDCAdapter mdcAdapter;

    /** Public and argument-free, as {@code ServiceLoader} requires. */
    public JulServiceProvider() {
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return loggerFactory;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markerFactory;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdcAdapter;
    }

    @Override
    public String getRequestedApiVersion() {
        return API_VERSION;
    }

    @Override
    public void initialize() {
        loggerFactory = new JulLoggerFactory();
        markerFactory = new BasicMarkerFactory();
        mdcAdapter = new NOPMDCAdapter();
    }
}
