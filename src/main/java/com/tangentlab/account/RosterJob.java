package com.tangentlab.account;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.slf4j.Logger;

/** One roster import: its progress, and its result until collected. */
final class RosterJob {
    private final long id;
    private final int total;
    private final AtomicInteger hashed = new AtomicInteger();
    private RosterImports.State state = RosterImports.State.QUEUED;
    private List<NewAccount> result;
    private String failure;

    RosterJob(long id, int total) {
        this.id = id;
        this.total = total;
    }

    long id() {
        return id;
    }

    /** Creates the accounts; any failure, even an Error, ends this job, never the server. */
    void run(Function<IntConsumer, List<NewAccount>> create, Logger log) {
        setState(RosterImports.State.RUNNING);
        try {
            List<NewAccount> created = create.apply(n -> {
                if (Thread.currentThread().isInterrupted()) throw new IllegalStateException("the server is stopping");
                hashed.set(n);
            });
            finish(created, null);
        } catch (AccountException e) {
            finish(null, e.getMessage());
        } catch (Throwable e) {
            log.error("roster import {} failed", id, e);
            finish(null, "the import failed; nothing was created (the cause is in the server log)");
        }
    }

    synchronized RosterImports.Status status() {
        return new RosterImports.Status(id, state, hashed.get(), total, failure);
    }

    /** True while it runs, waits, or holds passwords nobody has collected. */
    synchronized boolean open() {
        return state == RosterImports.State.QUEUED || state == RosterImports.State.RUNNING
                || state == RosterImports.State.DONE;
    }

    synchronized List<NewAccount> collect() {
        return switch (state) {
            case DONE -> {
                List<NewAccount> accounts = result;
                result = null;
                state = RosterImports.State.COLLECTED;
                yield accounts;
            }
            case COLLECTED -> throw new AccountException(AccountException.Reason.GONE, "roster import " + id
                    + " was collected already: its passwords are shown once; reset a password if one was lost");
            case FAILED -> throw new AccountException(AccountException.Reason.CONFLICT, "roster import " + id
                    + " failed: " + failure);
            case QUEUED, RUNNING -> throw new AccountException(AccountException.Reason.CONFLICT, "roster import "
                    + id + " is still running: " + hashed.get() + " of " + total + " passwords hashed");
        };
    }

    private synchronized void setState(RosterImports.State next) {
        state = next;
    }

    private synchronized void finish(List<NewAccount> created, String why) {
        result = created;
        failure = why;
        state = created == null ? RosterImports.State.FAILED : RosterImports.State.DONE;
    }
}
