package org.itu.bdt.portfolio.reporting.readmodel;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Duration;

/** How a rebuild reads the topics. batchPause throttles the replay so that live traffic keeps its database share. */
@ConfigMapping(prefix = "portfolio.rebuild")
public interface RebuildSettings {

    @WithName("bootstrap-servers")
    @WithDefault("${kafka.bootstrap.servers}")
    String bootstrapServers();

    @WithDefault("500")
    int batchSize();

    @WithDefault("0s")
    Duration batchPause();

    /**
     * The records after which the replay first has PostgreSQL analyse the new tables, and again each time it has
     * replayed four times as many: until then their statistics say empty, and the replay's statements are planned
     * so (autovacuum's first analyse comes a minute or more into a bulk fill, and never where it is off).
     */
    @WithDefault("10000")
    long analyzeAfter();

    /** How long reports that began on the old schema get to finish before it is dropped. */
    @WithDefault("5s")
    Duration dropGrace();
}
