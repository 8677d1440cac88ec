package org.factdesk.ingest;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Turns command-line path arguments into the list of files to read.
 *
 * <ul>
 *   <li>an existing file → itself (even if hidden: it was named);
 *   <li>a directory → every regular file below it, recursively;
 *   <li>a glob ({@code exports/**}{@code /*.csv}, {@code *.jsonl}) → the files it matches, walking
 *       from its longest literal directory prefix; {@code **}{@code /} also matches no directory,
 *       as in the shell ({@code exports/**}{@code /*.csv} matches {@code exports/a.csv}).
 * </ul>
 *
 * Walks skip hidden files and directories (name starts with {@code .}) and names ending in {@code
 * ~}, {@code .tmp} or {@code .part} (editor backups, downloads in progress); symbolic links are
 * followed, loops skipped. Each argument's files are sorted by path string; arguments keep
 * their order; a file reached twice (e.g. {@code a.csv} and {@code ./a.csv}) is kept once, where
 * first seen. Relative arguments resolve against the base directory when one is given.
 *
 * <p>Errors: an argument that yields no file → {@link NoSuchFileException} whose {@code getFile()}
 * is the argument as given ({@code exports/*.csv: no file matches}).
 */
public final class PathExpander {
  private static final String GLOB_CHARS = "*?[{";

  private PathExpander() {}

  /** The files named by {@code args}, relative ones resolved against the working directory. */
  public static List<Path> expand(List<String> args) throws IOException {
    return expand(args, null);
  }

  /**
   * The files named by {@code args}.
   *
   * @param baseDir directory relative arguments resolve against; null for the working directory
   * @throws NoSuchFileException naming the first argument that yields no file
   */
  public static List<Path> expand(List<String> args, Path baseDir) throws IOException {
    Map<Path, Path> seen = new LinkedHashMap<>(); // absolute normalised → as returned
    for (String arg : args) {
      List<Path> files = expandOne(arg, baseDir);
      if (files.isEmpty()) {
        Path path = literal(arg, baseDir);
        boolean dir = path != null && Files.isDirectory(path);
        throw new NoSuchFileException(arg, null, dir ? "no files in directory" : isGlob(arg) ? "no file matches" : "no such file or directory");
      }
      for (Path f : files) {
        seen.putIfAbsent(f.toAbsolutePath().normalize(), f);
      }
    }
    return List.copyOf(seen.values());
  }

  /**
   * {@code pattern} resolved against {@code baseDir} when relative, glob characters kept as they
   * are: {@code **}{@code /*.csv} in {@code /srv} → {@code /srv/**}{@code /*.csv}. Globs use {@code
   * /} as the separator.
   */
  public static String resolve(Path baseDir, String pattern) {
    if (baseDir == null || pattern.startsWith("/")) {
      return pattern;
    }
    if (!isGlob(pattern)) {
      Path p = literal(pattern, baseDir);
      return p == null ? pattern : p.toString();
    }
    String base = baseDir.toString();
    return base.endsWith("/") ? base + pattern : base + "/" + pattern;
  }

  private static List<Path> expandOne(String arg, Path baseDir) throws IOException {
    Path path = literal(arg, baseDir);
    if (path != null && Files.isRegularFile(path)) {
      return List.of(path.normalize());
    }
    if (path != null && Files.isDirectory(path)) {
      return walk(path, Integer.MAX_VALUE, p -> true);
    }
    if (!isGlob(arg)) {
      return List.of();
    }
    String prefix = (arg.startsWith("/") ? "/" : "") + String.join("/", literalPrefix(arg));
    Path start = prefix.isEmpty() ? Path.of(".") : Path.of(prefix);
    if (!start.isAbsolute() && baseDir != null) {
      start = baseDir.resolve(start);
    }
    if (!Files.isDirectory(start)) {
      return List.of();
    }
    String rest = arg.substring(prefix.length()).replaceFirst("^/+", "");
    int depth = rest.contains("**") ? Integer.MAX_VALUE : rest.split("/", -1).length;
    PathMatcher matcher = start.getFileSystem().getPathMatcher("glob:" + shellStyle(rest));
    Path root = start;
    return walk(start, depth, p -> matcher.matches(root.relativize(p)));
  }

  /** The argument as a path, resolved against {@code baseDir}; null if it cannot be a path. */
  private static Path literal(String arg, Path baseDir) {
    try {
      Path p = Path.of(arg);
      return baseDir == null || p.isAbsolute() ? p : baseDir.resolve(p);
    } catch (InvalidPathException e) {
      return null;
    }
  }

  private static boolean isGlob(String arg) {
    return arg.chars().anyMatch(c -> GLOB_CHARS.indexOf(c) >= 0);
  }

  /** The leading '/'-separated segments of {@code pattern} without glob characters, excluding the last. */
  private static List<String> literalPrefix(String pattern) {
    String[] segments = pattern.split("/", -1);
    List<String> prefix = new ArrayList<>();
    for (int i = 0; i < segments.length - 1 && !isGlob(segments[i]); i++) {
      if (!segments[i].isEmpty()) {
        prefix.add(segments[i]);
      }
    }
    return prefix;
  }

  /** Lets {@code **}{@code /} match zero directories too, when the pattern has no group of its own. */
  private static String shellStyle(String glob) {
    return glob.contains("{") ? glob : glob.replace("**/", "{**/,}");
  }

  /** Regular files (or links to them) below {@code root} accepted by {@code keep}, sorted by path string. */
  private static List<Path> walk(Path root, int depth, Predicate<Path> keep) throws IOException {
    List<Path> files = new ArrayList<>();
    Files.walkFileTree(root, Set.of(FileVisitOption.FOLLOW_LINKS), depth, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
        return d.equals(root) || !skipped(d) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
      }

      @Override
      public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
        if (attrs.isRegularFile() && !skipped(f) && keep.test(f)) {
          files.add(f.normalize());
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path f, IOException e) throws IOException {
        if (e instanceof FileSystemLoopException) {
          return FileVisitResult.CONTINUE; // a link back up the tree: already walked
        }
        throw e;
      }
    });
    files.sort(Comparator.comparing(Path::toString));
    return files;
  }

  private static boolean skipped(Path p) {
    String name = String.valueOf(p.getFileName());
    return name.startsWith(".") || name.endsWith("~") || name.endsWith(".tmp") || name.endsWith(".part");
  }
}
