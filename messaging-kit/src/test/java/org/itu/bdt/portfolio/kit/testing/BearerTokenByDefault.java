package org.itu.bdt.portfolio.kit.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Every rest-assured call of a service test carries an admin's token unless the test names another: tests of a
 * feature test the feature, and the roles × operations test (OperationRulesChecks) tests who may call it. A test
 * sends {@link Tokens#NO_TOKEN} to call without any token. Without a {@link TestIdentityProvider} nothing is added.
 */
public class BearerTokenByDefault implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        // by name: each application start loads this class anew, while rest-assured's filter list outlives it
        if (RestAssured.filters().stream().noneMatch(filter -> filter.getClass().getName()
                .equals(AdminUnlessTold.class.getName()))) {
            RestAssured.filters(new AdminUnlessTold());
        }
    }

    static final class AdminUnlessTold implements Filter {
        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                               FilterContext context) {
            String authorization = request.getHeaders().getValue("Authorization");
            if (Tokens.NO_TOKEN.getValue().equals(authorization)) {
                request.removeHeader("Authorization");
            } else if (authorization == null && Tokens.issuerKnown()) {
                request.header(Tokens.asRole("admin"));
            }
            return context.next(request, response);
        }
    }
}
