package org.itu.bdt.portfolio.projects.api;

final class ProjectFormats {

    static final String PROJECT_NUMBER = "^[79][A-Z]{3}\\d{5}$";
    static final String PROJECT_NUMBER_MESSAGE = "must be 7 or 9, three capital letters and five digits, e.g. 9RAF24107";
    static final String REGIONAL_INITIATIVE = "^((AFR|AMS|ARB|ASP|CIS|EUR)[1-5]|MULTIPLE)$";
    static final String REGIONAL_INITIATIVE_MESSAGE =
            "must be AFR, AMS, ARB, ASP, CIS or EUR followed by 1 to 5, or MULTIPLE";

    static final int DESCRIPTION_MAX = 4000;
    static final int NAME_MAX = 200;
    /** Lists (countries, initiatives, documents) are short; the bound keeps a request's size sane. */
    static final int LIST_MAX = 300;

    private ProjectFormats() {
    }
}
