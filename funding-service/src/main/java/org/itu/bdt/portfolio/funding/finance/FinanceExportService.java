package org.itu.bdt.portfolio.funding.finance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.itu.bdt.portfolio.funding.agreements.Agreement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the finance system takes back: agreements by signature date, transactions by transaction date. */
@ApplicationScoped
public class FinanceExportService {
    private final EntityManager entityManager;

    FinanceExportService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Agreements signed in the period, with their amendments for the amounts in force; by date, then number. */
    public List<Agreement> agreements(Period period, String partnerId) {
        return query(Agreement.class, "select a from Agreement a left join fetch a.amendments",
                "a.signedOn", "a.partnerId", period, partnerId, "a.signedOn, a.agreementNumber");
    }

    /** Transactions dated in the period on the partner's agreements; by date, then reference. */
    public List<FinancialTransaction> transactions(Period period, String partnerId) {
        return query(FinancialTransaction.class, "select t from FinancialTransaction t join fetch t.agreement a",
                "t.transactionDate", "a.partnerId", period, partnerId, "t.transactionDate, t.reference");
    }

    private <T> List<T> query(Class<T> type, String select, String dateField, String partnerField, Period period,
                              String partnerId, String order) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        List<String> conditions = new ArrayList<>();
        condition(conditions, parameters, dateField + " >= :from", "from", period.from());
        condition(conditions, parameters, dateField + " <= :to", "to", period.to());
        condition(conditions, parameters, partnerField + " = :partnerId", "partnerId", partnerId);
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        TypedQuery<T> query = entityManager.createQuery(select + where + " order by " + order, type);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    private static void condition(List<String> conditions, Map<String, Object> parameters, String condition,
                                  String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(name, value);
        }
    }
}
