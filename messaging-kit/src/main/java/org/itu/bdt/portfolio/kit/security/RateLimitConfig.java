package org.itu.bdt.portfolio.kit.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code portfolio.rate-limit.*}: the request rate each caller may keep up, and the burst it may spend at once. */
@ConfigMapping(prefix = "portfolio.rate-limit")
public interface RateLimitConfig {

    @WithDefault("true")
    boolean enabled();

    /** Requests a second a caller may sustain. */
    @WithDefault("200")
    long perSecond();

    /** Requests a caller may make at once after a quiet spell. */
    @WithDefault("1000")
    long burst();
}
