package org.itu.bdt.portfolio.projects.registry;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * The regional initiatives of the WTDC-22 Kigali Action Plan (2023–2025 cycle): five per region, and MULTIPLE for
 * a project that serves several. AFR2, AFR3, ASP1, ASP2, ASP5, CIS3 and EUR2 carry the 2024 report's own labels;
 * the others are short labels written after the Action Plan's titles.
 */
public final class RegionalInitiatives {

    public static final String MULTIPLE = "MULTIPLE";
    private static final Map<String, String> LABELS = labels();
    private static final Map<Region, String> PREFIXES = Map.of(Region.AFRICA, "AFR", Region.AMERICAS, "AMS",
            Region.ARAB_STATES, "ARB", Region.ASIA_PACIFIC, "ASP", Region.CIS, "CIS", Region.EUROPE, "EUR");

    private RegionalInitiatives() {
    }

    /** The codelist, in code order; for a region, its own five initiatives and MULTIPLE. */
    public static List<RegionalInitiative> of(Optional<Region> region) {
        return LABELS.entrySet().stream()
                .filter(entry -> region.isEmpty() || belongsTo(entry.getKey(), region.get(), Scope.NATIONAL))
                .map(entry -> new RegionalInitiative(entry.getKey(), entry.getValue()))
                .toList();
    }

    public static boolean isCode(String code) {
        return LABELS.containsKey(code);
    }

    public static RegionalInitiative withLabel(String code) {
        return new RegionalInitiative(code, LABELS.get(code));
    }

    /** The single code that stands for a list: none, its one code, or MULTIPLE for several. */
    public static String single(List<String> codes) {
        if (codes.isEmpty()) {
            return null;
        }
        return codes.size() == 1 ? codes.get(0) : MULTIPLE;
    }

    /**
     * Known codes, each once, of the project's own region (any region for an inter-regional project); MULTIPLE
     * stands alone. {@code fieldOf} names the offending entry by its index.
     */
    public static void check(Region region, Scope scope, List<String> codes, IntFunction<String> fieldOf) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            if (code == null || !LABELS.containsKey(code)) {
                throw new InvalidProjectException(fieldOf.apply(i), "must be a code of GET /api/regional-initiatives");
            }
            if (!seen.add(code)) {
                throw new InvalidProjectException(fieldOf.apply(i), "lists " + code + " twice");
            }
            if (code.equals(MULTIPLE) && codes.size() > 1) {
                throw new InvalidProjectException(fieldOf.apply(i), "MULTIPLE stands alone; list the initiatives instead");
            }
            if (!belongsTo(code, region, scope)) {
                throw new InvalidProjectException(fieldOf.apply(i),
                        code + " is not an initiative of " + region + "; expected " + PREFIXES.get(region) + "1 to 5");
            }
        }
    }

    private static boolean belongsTo(String code, Region region, Scope scope) {
        return code.equals(MULTIPLE) || region == Region.INTER_REGIONAL || scope == Scope.INTER_REGIONAL
                || code.startsWith(PREFIXES.get(region));
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("AFR1", "Digital transformation and innovation");
        labels.put("AFR2", "Infrastructure and connectivity");
        labels.put("AFR3", "Trust, security and safety");
        labels.put("AFR4", "Digital skills and inclusion");
        labels.put("AFR5", "Enabling policy and regulatory environment");
        labels.put("AMS1", "Resilient infrastructure and meaningful connectivity");
        labels.put("AMS2", "Digital transformation and inclusion");
        labels.put("AMS3", "Emergency telecommunications and disaster management");
        labels.put("AMS4", "Enabling policy and regulatory environment");
        labels.put("AMS5", "Confidence and security in the use of ICTs");
        labels.put("ARB1", "Digital transformation and e-government");
        labels.put("ARB2", "Emerging technologies and innovation");
        labels.put("ARB3", "Confidence and security in the use of ICTs");
        labels.put("ARB4", "Digital and financial inclusion");
        labels.put("ARB5", "ICTs for the environment and sustainable development");
        labels.put("ASP1", "LDCs, SIDS and LLDCs");
        labels.put("ASP2", "Digital economy and inclusive digital society");
        labels.put("ASP3", "Infrastructure and digital connectivity");
        labels.put("ASP4", "Enabling policy and regulatory environment");
        labels.put("ASP5", "Secure and resilient ICT");
        labels.put("CIS1", "Infrastructure for new technologies and innovation");
        labels.put("CIS2", "Digital skills and inclusion");
        labels.put("CIS3", "Enabling regulatory environment");
        labels.put("CIS4", "Confidence and security in the use of ICTs");
        labels.put("CIS5", "Digital services for sustainable development");
        labels.put("EUR1", "Affordable connectivity and digital infrastructure");
        labels.put("EUR2", "Digital transformation");
        labels.put("EUR3", "Digital skills and inclusion");
        labels.put("EUR4", "Confidence and security in the use of ICTs");
        labels.put("EUR5", "Digital innovation ecosystems");
        labels.put(MULTIPLE, "Multiple");
        return labels;
    }
}
