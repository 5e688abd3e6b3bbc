package org.itu.bdt.portfolio.reporting.ledger;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** An agreement stops counting from cancelledOn on; the project number links it before the agreement arrives. */
@Entity
@Table(name = "cancellation_fact")
public class CancellationFact extends PanacheEntityBase {

    @Id
    @Column(name = "agreement_number")
    public String agreementNumber;

    @Column(name = "project_number", nullable = false)
    public String projectNumber;

    @Column(name = "cancelled_on", nullable = false)
    public LocalDate cancelledOn;

    protected CancellationFact() {
    }

    public CancellationFact(String agreementNumber, String projectNumber, LocalDate cancelledOn) {
        this.agreementNumber = agreementNumber;
        this.projectNumber = projectNumber;
        this.cancelledOn = cancelledOn;
    }
}
