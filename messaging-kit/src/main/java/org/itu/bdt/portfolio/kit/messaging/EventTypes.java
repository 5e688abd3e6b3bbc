package org.itu.bdt.portfolio.kit.messaging;

/**
 * Event types on the wire are explicit names under one reverse-DNS prefix, never Java class names, so renaming a
 * class cannot change the contract. Events written before the prefix existed carry a bare name ("AgreementSigned")
 * and stay on the topics forever (infinite retention): {@link #canonical} maps them to the prefixed name, so a
 * consumer switches on the prefixed constants only.
 */
public final class EventTypes {

    public static final String PREFIX = "int.itu.bdt.portfolio.";

    private EventTypes() {
    }

    /** The prefixed type for a legacy bare name; a prefixed or foreign (dotted) type unchanged. */
    public static String canonical(String wireType) {
        if (wireType == null || wireType.isBlank()) {
            throw new MalformedEventException("event type is missing");
        }
        return wireType.contains(".") ? wireType : PREFIX + wireType;
    }
}
