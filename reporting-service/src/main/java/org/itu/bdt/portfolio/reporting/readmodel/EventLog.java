package org.itu.bdt.portfolio.reporting.readmodel;

/**
 * The source topics as a rebuild replays them: every partition of both, from its first record. Declared here and
 * implemented on the Kafka side (messaging), so that the rebuild knows nothing of the broker.
 */
public interface EventLog {

    /** A replay positioned at the beginning of every partition, applying what it reads into the rebuild's schema. */
    Replay replay(Rebuild rebuild);

    /** One replay's position on the topics; closing it releases the broker connection. */
    interface Replay extends AutoCloseable {

        /** Applies records until only a few are left to replay, the live consumers still running. */
        void untilNearlyCaughtUp() throws InterruptedException;

        /** Applies the records left, up to the end offsets as they are now. */
        void untilCaughtUp();

        /** The records replayed so far. */
        long records();

        @Override
        void close();
    }
}
