package org.itu.bdt.portfolio.projects.registry;

public final class ProjectFormats {

    public static final String PROJECT_NUMBER = "^[79][A-Z]{3}\\d{5}$";
    public static final String PROJECT_NUMBER_MESSAGE = "must be 7 or 9, three capital letters and five digits, e.g. 9RAF24107";
    public static final String REGIONAL_INITIATIVE = "^((AFR|AMS|ARB|ASP|CIS|EUR)[1-5]|MULTIPLE)$";
    public static final String REGIONAL_INITIATIVE_MESSAGE =
            "must be AFR, AMS, ARB, ASP, CIS or EUR followed by 1 to 5, or MULTIPLE";

    public static final int DESCRIPTION_MAX = 4000;
    public static final int NAME_MAX = 200;
    /** Lists (countries, initiatives, documents) are short; the bound keeps a request's size sane. */
    public static final int LIST_MAX = 300;

    private ProjectFormats() {
    }
}
