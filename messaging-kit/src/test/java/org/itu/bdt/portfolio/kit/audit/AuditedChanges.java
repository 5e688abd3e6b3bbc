package org.itu.bdt.portfolio.kit.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.itu.bdt.portfolio.kit.security.Roles;

import java.math.BigDecimal;
import java.util.Map;

/** A change a service audits, for AuditTrailInAnApplicationTest: an amount of an agreement, raised. */
@Path("/kit-test/agreements/{number}/raise")
public class AuditedChanges {

    /** The audit table as each service's migration creates it (see the kit's README). */
    public static final String SCHEMA = """
            create table audit_entry (
                sequence      bigint generated always as identity primary key,
                occurred_at   timestamptz not null,
                entity        varchar(40) not null,
                entity_id     varchar(100) not null,
                action        varchar(60) not null,
                subject       varchar(255) not null,
                client        varchar(255),
                request_id    varchar(64),
                before_values jsonb,
                after_values  jsonb
            );
            create index audit_entry_by_entity on audit_entry (entity, entity_id, sequence);
            create function audit_entry_refuse_change() returns trigger language plpgsql as $$
            begin
                raise exception 'the audit trail is append-only: % refused', tg_op;
            end $$;
            create trigger audit_entry_append_only before update or delete or truncate on audit_entry
                for each statement execute function audit_entry_refuse_change();
            """;

    private final Raise raise;

    AuditedChanges(Raise raise) {
        this.raise = raise;
    }

    @POST
    @RolesAllowed(Roles.FINANCE)
    public void raise(@PathParam("number") String number) {
        raise.raise(number);
    }

    @ApplicationScoped
    public static class Raise {
        private final AuditTrail trail;

        Raise(AuditTrail trail) {
            this.trail = trail;
        }

        @Transactional
        public void raise(String number) {
            trail.record("agreement", number, "amended", Map.of("originalAmount", new BigDecimal("100.00")),
                    Map.of("originalAmount", new BigDecimal("150.00")));
        }
    }
}
