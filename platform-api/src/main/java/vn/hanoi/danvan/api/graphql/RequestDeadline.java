package vn.hanoi.danvan.api.graphql;

import io.micrometer.context.ThreadLocalAccessor;
import java.time.Duration;
import java.util.Optional;

/**
 * The moment a GraphQL request must be answered by ({@link System#nanoTime()}), on the thread that
 * works for it. {@link RequestTimeout} puts it into the GraphQL context; Spring for GraphQL's
 * context propagation sets it around every data fetcher and batch loader call, on whatever thread
 * they run, through this accessor (registered in {@code META-INF/services}, hence public). Work a
 * batch loader defers into a Mono runs after that call: it gets the whole timeout instead.
 */
public final class RequestDeadline implements ThreadLocalAccessor<Long> {

    static final String KEY = "danvan.requestDeadline";

    private static final ThreadLocal<Long> DEADLINE = new ThreadLocal<>();

    /** Made by the ServiceLoader of context propagation. */
    public RequestDeadline() {}

    /** What is left of the current request's time, when this thread works for one. */
    static Optional<Duration> left() {
        Long deadline = DEADLINE.get();
        return deadline == null ? Optional.empty() : Optional.of(Duration.ofNanos(deadline - System.nanoTime()));
    }

    @Override
    public Object key() {
        return KEY;
    }

    @Override
    public Long getValue() {
        return DEADLINE.get();
    }

    @Override
    public void setValue(Long deadline) {
        DEADLINE.set(deadline);
    }

    @Override
    public void setValue() {
        DEADLINE.remove();
    }
}
