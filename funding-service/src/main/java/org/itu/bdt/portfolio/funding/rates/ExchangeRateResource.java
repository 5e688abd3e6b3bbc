package org.itu.bdt.portfolio.funding.rates;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.itu.bdt.portfolio.funding.platform.InvalidRequestException;
import org.itu.bdt.portfolio.kit.problem.FieldError;
import org.itu.bdt.portfolio.kit.security.Roles;

import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

@Path("/api/exchange-rates")
@Produces(MediaType.APPLICATION_JSON)
public class ExchangeRateResource {
    private final ExchangeRateService rates;

    ExchangeRateResource(ExchangeRateService rates) {
        this.rates = rates;
    }

    /** 201 for a new month's rate, 200 for a revision and for a repeat of the rate in force. */
    @PUT
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE})
    @Path("/{currency}/{month}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response publish(@PathParam("currency") String currency, @PathParam("month") String month,
                            @NotNull PublishRateRequest body) {
        Publication publication = rates.publish(body.toTerms(currency, month));
        ExchangeRateResponse answer = ExchangeRateResponse.of(publication.history());
        if (publication.outcome() == RateOutcome.CREATED) {
            return Response.created(UriBuilder.fromResource(ExchangeRateResource.class)
                    .path(currency).path(month).build()).entity(answer).build();
        }
        return Response.ok(answer).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROJECT_MANAGER, Roles.FINANCE, Roles.BOARD, Roles.VIEWER, Roles.PARTNER})
    @Path("/{currency}/{month}")
    public ExchangeRateResponse get(@PathParam("currency") String currency, @PathParam("month") String month) {
        return ExchangeRateResponse.of(rates.find(RateKey.parse(currency, month)));
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROJECT_MANAGER, Roles.FINANCE, Roles.BOARD, Roles.VIEWER, Roles.PARTNER})
    public List<ExchangeRateResponse> list(@QueryParam("currency") String currency, @QueryParam("from") String from,
                                           @QueryParam("to") String to) {
        if (currency != null) {
            RateKey.currencyProblem(currency).ifPresent(message -> {
                throw new InvalidRequestException(List.of(new FieldError("currency", message)));
            });
        }
        return rates.list(currency, RateKey.monthOrNull("from", from), RateKey.monthOrNull("to", to)).stream()
                .map(ExchangeRateResponse::of).toList();
    }

    /** A JSON array of rates, all stored or none. */
    @POST
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE})
    @Consumes(MediaType.APPLICATION_JSON)
    public RateBatchResponse publishAll(@NotNull List<RateRowRequest> body) {
        List<RateRow> rows = IntStream.range(0, body.size())
                .mapToObj(i -> Objects.requireNonNullElse(body.get(i), RateRowRequest.EMPTY).toRow(i + 1))
                .toList();
        return RateBatchResponse.of(rates.publishAll(rows));
    }

    /** The finance system's CSV file of rates, all stored or none. */
    @POST
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE})
    @Consumes(ExchangeRateCsv.MEDIA_TYPE)
    public RateBatchResponse publishCsv(@NotNull String body) {
        return RateBatchResponse.of(rates.publishAll(ExchangeRateCsv.read(body)));
    }
}
