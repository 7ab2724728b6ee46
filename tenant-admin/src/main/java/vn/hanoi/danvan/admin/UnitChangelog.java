package vn.hanoi.danvan.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Liquibase changelog applied to every unit's schema, and its version: a fingerprint of the
 * changelog and every file it includes. A unit whose recorded version equals it is current, which
 * is what lets a restart skip Liquibase for the whole fleet with one query.
 */
public final class UnitChangelog {

    private static final Pattern INCLUDE = Pattern.compile("file:\\s*(\\S+)");
    private static final Pattern CHANGESET = Pattern.compile("(?m)^--changeset\\s");

    // After the patterns it needs: static fields initialise in order.
    public static final UnitChangelog DEFAULT = new UnitChangelog("db/unit/changelog.yaml");

    private final String path;
    private final int changesets;
    private final String version;

    public UnitChangelog(String path) {
        this.path = path;
        MessageDigest digest = sha256();
        this.changesets = fold(path, digest);
        this.version =
                changesets + "-" + HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    }

    public String path() {
        return path;
    }

    /**
     * How many changesets it holds: changesets are only ever added, so a unit recorded at a version
     * with fewer is behind it, and one with as many or more is not (a newer release migrated it).
     */
    public int changesets() {
        return changesets;
    }

    /** For example {@code 14-3fa9c2d1e0b7}: the number of changesets, then a content hash. */
    public String version() {
        return version;
    }

    private static int fold(String resource, MessageDigest digest) {
        String text = read(resource);
        digest.update(resource.getBytes(StandardCharsets.UTF_8));
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        int changesets = 0;
        Matcher changeset = CHANGESET.matcher(text);
        while (changeset.find()) {
            changesets++;
        }
        if (resource.endsWith(".yaml") || resource.endsWith(".yml")) {
            Matcher include = INCLUDE.matcher(text);
            while (include.find()) {
                changesets += fold(resolve(resource, include.group(1)), digest);
            }
        }
        return changesets;
    }

    private static String resolve(String from, String file) {
        String dir = from.substring(0, from.lastIndexOf('/') + 1);
        String joined = dir + file;
        // Fold "a/b/../c" into "a/c" so a changelog may include its sibling folders.
        while (joined.matches(".*[^/]+/\\.\\./.*")) {
            joined = joined.replaceFirst("[^/]+/\\.\\./", "");
        }
        return joined;
    }

    private static String read(String resource) {
        try (InputStream in = UnitChangelog.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Changelog " + resource + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
