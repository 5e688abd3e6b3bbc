package org.itu.bdt.portfolio.funding.ictdf;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.itu.bdt.portfolio.funding.money.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Predicate;

/** Money paid into the ICT-DF capital account, in CHF. */
@Entity
@Table(name = "ictdf_transfer")
public class IctDfTransfer extends PanacheEntityBase {
    public static final String ID_PATTERN = "^[A-Za-z0-9][A-Za-z0-9-]{2,49}$";

    @Id
    @Column(name = "transfer_id")
    private String transferId;
    @Column(name = "received_on")
    private LocalDate receivedOn;
    @Column(name = "amount_chf", precision = 19, scale = 2)
    private BigDecimal amountChf;
    private String source;
    private String reference;

    protected IctDfTransfer() {
    }

    public IctDfTransfer(String transferId, TransferTerms terms) {
        this.transferId = transferId;
        this.receivedOn = terms.receivedOn();
        this.amountChf = terms.amountChf();
        this.source = terms.source();
        this.reference = terms.reference();
    }

    /** ICTDF-{receivedOn}-n, n counting that day's transfers, skipping ids taken. */
    public static String nextId(LocalDate receivedOn, Predicate<String> taken) {
        int sequence = 0;
        String candidate;
        do {
            candidate = "ICTDF-" + receivedOn + "-" + ++sequence;
        } while (taken.test(candidate));
        return candidate;
    }

    public String transferId() {
        return transferId;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public Money amount() {
        return Money.chf(amountChf);
    }

    public String source() {
        return source;
    }

    public String reference() {
        return reference;
    }
}
