package vn.hanoi.danvan.admin.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.hanoi.danvan.admin.Fleet;

/** A parsed command line: the command, its one optional argument, and the options. */
record Invocation(String command, Optional<String> argument, int parallelism) {

    static final List<String> COMMANDS =
            List.of("list", "status", "provision", "migrate", "suspend", "resume", "facts rebuild", "facts check");

    static Invocation parse(List<String> args) {
        List<String> words = new ArrayList<>();
        int parallelism = Fleet.defaultParallelism();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--parallel")) {
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException("--parallel needs a number");
                }
                parallelism = parsePositive(args.get(++i));
            } else {
                words.add(args.get(i));
            }
        }
        if (words.size() >= 2 && words.getFirst().equals("facts")) {
            // Two-word commands: "facts rebuild", "facts check".
            words.set(0, "facts " + words.remove(1));
        }
        if (words.isEmpty() || !COMMANDS.contains(words.getFirst())) {
            throw new IllegalArgumentException(
                    words.isEmpty() ? "no command given" : "unknown command '" + words.getFirst() + "'");
        }
        if (words.size() > 2) {
            throw new IllegalArgumentException("too many arguments for " + words.getFirst());
        }
        Invocation invocation = new Invocation(
                words.getFirst(), words.size() == 2 ? Optional.of(words.get(1)) : Optional.empty(), parallelism);
        invocation.check();
        return invocation;
    }

    private void check() {
        switch (command) {
            case "list" ->
                argument.ifPresent(a -> {
                    throw new IllegalArgumentException("list takes no argument");
                });
            case "migrate" -> {
                if (!argument.equals(Optional.of("--all"))) {
                    throw new IllegalArgumentException("migrate takes --all");
                }
            }
            case "provision", "suspend", "resume", "facts rebuild" -> {
                if (argument.isEmpty()) {
                    throw new IllegalArgumentException(command + " needs a unit code");
                }
            }
            default -> {}
        }
    }

    private static int parsePositive(String text) {
        try {
            int value = Integer.parseInt(text);
            if (value >= 1 && value <= 64) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // fall through to the one message below
        }
        throw new IllegalArgumentException("--parallel takes a number from 1 to 64");
    }
}
