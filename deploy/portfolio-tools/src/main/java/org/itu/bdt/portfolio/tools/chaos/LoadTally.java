package org.itu.bdt.portfolio.tools.chaos;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** The load's counts, and every accepted agreement by number, shared by the clients. */
public final class LoadTally {

    final AtomicInteger signed = new AtomicInteger();
    final AtomicInteger ituLines = new AtomicInteger();
    final AtomicInteger amendments = new AtomicInteger();
    final AtomicInteger cancellations = new AtomicInteger();
    final AtomicInteger refused = new AtomicInteger();
    final AtomicInteger ituRefused = new AtomicInteger();
    final AtomicInteger unavailable = new AtomicInteger();
    final AtomicInteger answersLost = new AtomicInteger();
    final AtomicInteger foundStored = new AtomicInteger();
    private final Map<String, AcceptedAgreement> agreements = new ConcurrentHashMap<>();

    void accepted(AcceptedAgreement agreement) {
        agreements.put(agreement.agreementNumber, agreement);
    }

    public Collection<AcceptedAgreement> agreements() {
        return agreements.values();
    }

    public int signed() {
        return signed.get();
    }

    public String summary() {
        return String.format("agreements signed=%d (ITU lines %d) amended=%d cancelled=%d; refused 4xx=%d"
                        + " (ITU lines the ICT-DF could not cover %d); unavailable=%d; answers lost=%d (found stored %d)",
                signed.get(), ituLines.get(), amendments.get(), cancellations.get(), refused.get(), ituRefused.get(),
                unavailable.get(), answersLost.get(), foundStored.get());
    }
}
