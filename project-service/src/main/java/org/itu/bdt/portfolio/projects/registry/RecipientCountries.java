package org.itu.bdt.portfolio.projects.registry;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The countries a project serves: ISO 3166-1 alpha-2 codes, as the JDK knows them, each once. */
public final class RecipientCountries {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private RecipientCountries() {
    }

    public static void check(List<String> countries) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < countries.size(); i++) {
            String country = countries.get(i);
            String field = "recipientCountries[" + i + "]";
            if (country == null || !CODES.contains(country)) {
                throw new InvalidProjectException(field, "must be an ISO 3166-1 alpha-2 country code, e.g. TH");
            }
            if (!seen.add(country)) {
                throw new InvalidProjectException(field, "lists " + country + " twice");
            }
        }
    }
}
