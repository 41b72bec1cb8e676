package io.onboarding.lambdas.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * Not a test: for {@code bench/cold-start.sh}, tells per library (Maven artifact) how many of its classes each
 * function's shaded jar ships and how many that function's cold start loaded ({@code -Xlog:class+load} of one run
 * from launch to the first return). A library shipped with none of its classes loaded is a candidate for exclusion,
 * to be checked against the code paths the run did not take (errors, retries, other event shapes).
 *
 * <p>Arguments: the output file, a file holding the module's runtime classpath, the module's classes directory,
 * then one {@code name=jar=class-load-log} per function. Prints a Markdown table.
 */
public final class ClassLoadReport {
    private static final Pattern LOADED = Pattern.compile("\\] (\\S+) source: (.*)$");

    private ClassLoadReport() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 4) {
            throw new IllegalArgumentException(
                    "usage: ClassLoadReport <out.md> <runtime.cp> <classes-dir> <name=jar=log>...");
        }
        Map<String, String> artifactOf = new HashMap<>();
        Map<String, Integer> classesOf = new TreeMap<>();
        for (String entry : Files.readString(Path.of(args[1])).trim().split(java.io.File.pathSeparator)) {
            Path jar = Path.of(entry);
            String artifact = jar.getParent().getParent().getFileName().toString();
            for (String type : classesIn(jar)) {
                artifactOf.putIfAbsent(type, artifact);
                classesOf.merge(artifact, 1, Integer::sum);
            }
        }
        try (Stream<Path> files = Files.walk(Path.of(args[2]))) {
            Path root = Path.of(args[2]);
            files.filter(f -> f.toString().endsWith(".class")).forEach(f -> {
                String type = className(root.relativize(f).toString());
                artifactOf.putIfAbsent(type, "onboarding-lambdas");
                classesOf.merge("onboarding-lambdas", 1, Integer::sum);
            });
        }

        Map<String, Map<String, Integer>> shipped = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> loaded = new LinkedHashMap<>();
        for (int i = 3; i < args.length; i++) {
            String[] parts = args[i].split("=", 3);
            String function = parts[0];
            Map<String, Integer> inJar = new HashMap<>();
            Set<String> jarClasses = new HashSet<>(classesIn(Path.of(parts[1])));
            for (String type : jarClasses) {
                inJar.merge(artifactOf.getOrDefault(type, "(other)"), 1, Integer::sum);
            }
            Map<String, Integer> byArtifact = new HashMap<>();
            for (String line : Files.readAllLines(Path.of(parts[2]), StandardCharsets.UTF_8)) {
                Matcher matcher = LOADED.matcher(line);
                if (matcher.find() && jarClasses.contains(matcher.group(1))) {
                    byArtifact.merge(artifactOf.getOrDefault(matcher.group(1), "(other)"), 1, Integer::sum);
                }
            }
            shipped.put(function, inJar);
            loaded.put(function, byArtifact);
        }

        List<String> lines = new ArrayList<>();
        StringBuilder header = new StringBuilder("| library | classes |");
        StringBuilder rule = new StringBuilder("|---|---|");
        for (String function : shipped.keySet()) {
            header.append(' ').append(function).append(": loaded / shipped |");
            rule.append("---|");
        }
        lines.add(header.toString());
        lines.add(rule.toString());
        List<String> artifacts = new ArrayList<>(classesOf.keySet());
        artifacts.add("(other)");
        Map<String, int[]> totals = new LinkedHashMap<>();
        for (String artifact : artifacts) {
            StringBuilder row = new StringBuilder("| ").append(artifact).append(" | ")
                    .append(classesOf.getOrDefault(artifact, 0)).append(" |");
            boolean anywhere = false;
            for (String function : shipped.keySet()) {
                int inJar = shipped.get(function).getOrDefault(artifact, 0);
                int used = loaded.get(function).getOrDefault(artifact, 0);
                totals.computeIfAbsent(function, f -> new int[2]);
                totals.get(function)[0] += used;
                totals.get(function)[1] += inJar;
                anywhere |= inJar > 0;
                row.append(' ').append(inJar == 0 ? "—" : used + " / " + inJar + (used == 0 ? " **unused**" : ""))
                        .append(" |");
            }
            if (anywhere) {
                lines.add(row.toString());
            }
        }
        StringBuilder total = new StringBuilder("| **all** | |");
        totals.values().forEach(t -> total.append(' ').append(t[0]).append(" / ").append(t[1]).append(" |"));
        lines.add(total.toString());
        Files.write(Path.of(args[0]), lines, StandardCharsets.UTF_8);
        lines.forEach(System.out::println);
    }

    private static List<String> classesIn(Path jar) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<String> names = new ArrayList<>();
            zip.stream().map(e -> e.getName())
                    .filter(name -> name.endsWith(".class") && !name.startsWith("META-INF/")
                            && !name.endsWith("module-info.class"))
                    .forEach(name -> names.add(className(name)));
            return Collections.unmodifiableList(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String className(String path) {
        return path.substring(0, path.length() - ".class".length()).replace('/', '.').replace('\\', '.');
    }
}
