package org.itu.bdt.portfolio.kit.security;

/**
 * The realm roles every service checks, as written in tokens and in {@code @RolesAllowed}. docs/security.md says
 * which role may call which operation.
 */
public final class Roles {
    /** Everything, and alone the admin operations: rebuild, reconciliation, quarter locks. */
    public static final String ADMIN = "admin";
    public static final String PROJECT_MANAGER = "project-manager";
    public static final String FINANCE = "finance";
    public static final String BOARD = "board";
    /** Internal dashboards: reads the registry and the reports. */
    public static final String VIEWER = "viewer";
    /** A partner's portal: reads only what concerns the partner its token names. */
    public static final String PARTNER = "partner";

    private Roles() {
    }
}
