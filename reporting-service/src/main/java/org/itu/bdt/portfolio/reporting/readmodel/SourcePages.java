package org.itu.bdt.portfolio.reporting.readmodel;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

/**
 * A source's list read a page at a time as it is walked: the next page is asked for once the last one is used up,
 * so that a walk over the whole list holds one page of it.
 */
final class SourcePages<T> implements Iterator<T> {

    /** One page: its items, and how to ask for the next one (null after the last page). */
    record Page<T>(List<T> items, Supplier<Page<T>> next) {
    }

    private Iterator<T> items = Collections.emptyIterator();
    private Supplier<Page<T>> next;

    SourcePages(Supplier<Page<T>> first) {
        this.next = first;
    }

    @Override
    public boolean hasNext() {
        while (!items.hasNext() && next != null) {
            Page<T> page = next.get();
            items = page.items().iterator();
            next = page.next();
        }
        return items.hasNext();
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return items.next();
    }
}
