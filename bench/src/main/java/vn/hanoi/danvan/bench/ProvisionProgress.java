package vn.hanoi.danvan.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/** Samples how many units are active every 10 s on its own connection, to show the rate over time. */
final class ProvisionProgress implements AutoCloseable {
    private final String url;
    private final int size;
    private final Thread thread;
    private volatile boolean running = true;

    ProvisionProgress(String url, int size) {
        this.url = url;
        this.size = size;
        this.thread = Thread.ofPlatform().daemon().name("bench-progress").unstarted(this::sample);
    }

    void start() {
        thread.start();
    }

    private void sample() {
        long start = System.nanoTime();
        long lastActive = 0;
        long lastNanos = start;
        try (Connection connection = DriverManager.getConnection(url)) {
            while (running) {
                try {
                    Thread.sleep(10_000);
                } catch (InterruptedException e) {
                    return;
                }
                long active;
                try (Statement statement = connection.createStatement();
                        ResultSet rs =
                                statement.executeQuery("select count(*) from platform.unit where status = 'ACTIVE'")) {
                    rs.next();
                    active = rs.getLong(1);
                } catch (SQLException e) {
                    continue; // the platform schema may not exist yet
                }
                long now = System.nanoTime();
                System.err.printf(
                        Locale.ROOT,
                        "[%d] %6.1f s: %d/%d active, %.1f units/s over the last interval%n",
                        size,
                        (now - start) / 1e9,
                        active,
                        size,
                        (active - lastActive) / ((now - lastNanos) / 1e9));
                lastActive = active;
                lastNanos = now;
            }
        } catch (SQLException e) {
            System.err.println("progress sampling stopped: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
