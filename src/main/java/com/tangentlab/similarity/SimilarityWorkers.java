package com.tangentlab.similarity;

import com.tangentlab.submit.BusyException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The threads similarity work runs on: a few at most, so that instructors' reports cannot take
 * every core, none left once idle, and all interrupted when the server stops. A request waits
 * for its work; when the request thread is interrupted, or the work overruns its budget by more
 * than {@link #GRACE}, the work is interrupted too and stops at its next budget check.
 */
public final class SimilarityWorkers implements AutoCloseable {
    /** Thread names start with this, so that a test (or an operator's thread dump) can find them. */
    public static final String THREAD_NAME = "similarity-";
    /** Reports and pair views computed at once; more get 429, with a retry after {@link #RETRY_SECONDS}. */
    public static final int CONCURRENT = 2;
    private static final long RETRY_SECONDS = 5;
    /** How long an idle worker thread lives. */
    private static final Duration IDLE = Duration.ofSeconds(1);
    /** Beyond the work's own budget, for its last round and for building the answer. */
    private static final Duration GRACE = Duration.ofSeconds(5);
    private static final Duration STOP_WAIT = Duration.ofSeconds(2);

    private final ThreadPoolExecutor threads;

    public SimilarityWorkers() {
        AtomicInteger count = new AtomicInteger();
        threads = new ThreadPoolExecutor(CONCURRENT, CONCURRENT, IDLE.toMillis(), TimeUnit.MILLISECONDS,
                new SynchronousQueue<>(), r -> {
                    Thread t = new Thread(r, THREAD_NAME + count.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        threads.allowCoreThreadTimeOut(true);
    }

    /** Runs {@code work}, which keeps to {@code budget}, on a worker and waits for its result. */
    public <T> T run(Supplier<T> work, Duration budget) {
        Future<T> future;
        try {
            future = threads.submit(work::get);
        } catch (RejectedExecutionException e) {
            throw new BusyException(RETRY_SECONDS, "at most " + CONCURRENT + " similarity reports at once");
        }
        try {
            return future.get(budget.plus(GRACE).toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("the similarity request was abandoned");
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new IllegalStateException("similarity work overran its budget of " + budget.toMillis() + " ms", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException("similarity work failed", e.getCause());
        }
    }

    /** Interrupts the work in progress: it stops at its next budget check. */
    @Override
    public void close() {
        threads.shutdownNow();
        try {
            threads.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
