package org.itu.bdt.portfolio.kit.problem;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Fails in each way a service can, so ProblemMapperTest sees the problem a client would. */
@Path("/kit-test/failures")
public class FailingResource {

    enum Colour { RED, GREEN }

    record Order(@NotBlank String partner, @Positive int amount, Colour colour, LocalDate due) {
    }

    static class ShortOfFunds extends ProblemException {

        ShortOfFunds() {
            super(ProblemType.CONFLICT, "the fund cannot cover it");
        }

        @Override
        public Map<String, Object> extensions() {
            Map<String, Object> members = new LinkedHashMap<>();
            members.put("balance", "120.00");
            members.put("requested", "500.00");
            return members;
        }
    }

    @POST
    @Path("orders")
    @Consumes(MediaType.APPLICATION_JSON)
    public String order(@Valid Order body) {
        return "ok";
    }

    @GET
    @Path("short-of-funds")
    public String shortOfFunds() {
        throw new ShortOfFunds();
    }

    @GET
    @Path("unknown-partner")
    public String unknownPartner() {
        throw new ProblemException(ProblemType.UNPROCESSABLE, "no partner XX",
                List.of(new FieldError("partnerId", "is not registered")));
    }

    @GET
    @Path("taken")
    public String taken() {
        throw new org.hibernate.exception.ConstraintViolationException("duplicate key",
                new SQLException("duplicate key", "23505"), "agreement_pkey");
    }

    /** What Hibernate throws while PostgreSQL refuses the service's database (ALTER DATABASE … ALLOW_CONNECTIONS false). */
    @GET
    @Path("database-refuses")
    public String databaseRefuses() {
        throw new org.hibernate.exception.GenericJDBCException("Unable to acquire JDBC Connection",
                new SQLException("FATAL: database \"funding\" is not currently accepting connections", "55000"));
    }

    /** PostgreSQL ended the session (pg_terminate_backend, a restart) before the statement ran. */
    @GET
    @Path("database-ended-session")
    public String databaseEndedSession() {
        throw new org.hibernate.exception.GenericJDBCException("JDBC exception executing SQL",
                new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
    }

    /** A JDBC failure that is no outage (a bad statement) stays a defect. */
    @GET
    @Path("bad-statement")
    public String badStatement() {
        throw new org.hibernate.exception.SQLGrammarException("could not execute statement",
                new SQLException("ERROR: column \"x\" does not exist", "42703"));
    }

    @GET
    @Path("changed")
    public String changed() {
        throw new OptimisticLockException("row was updated by another transaction");
    }

    @GET
    @Path("gone")
    public String gone() {
        throw new WebApplicationException(Response.Status.GONE);
    }

    @GET
    @Path("defect")
    public String defect() {
        throw new IllegalStateException("a defect");
    }
}
