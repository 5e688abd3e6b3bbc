package org.itu.bdt.portfolio.funding.finance;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** "Of this agreement, of this project": the filter of the finance lists, over entities that have an agreement. */
record FinanceLineFilter(String query, Map<String, Object> parameters) {

    static FinanceLineFilter of(String agreementNumber, String projectNumber) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (agreementNumber != null) {
            parameters.put("agreementNumber", agreementNumber);
        }
        if (projectNumber != null) {
            parameters.put("projectNumber", projectNumber);
        }
        String query = parameters.keySet().stream().map(field -> "agreement." + field + " = :" + field)
                .collect(Collectors.joining(" and "));
        return new FinanceLineFilter(query, parameters);
    }
}
