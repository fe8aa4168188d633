package org.triangulate.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Command-line arguments to inputs, and inputs to bytes within a size limit. Stateless. */
final class InputFiles {
  private InputFiles() {}

  /**
   * Files as given; directories walked, sorted, regular non-hidden files only, and of those only
   * reports ({@link ReportFiles}) unless {@code all}; "-" is stdin.
   */
  static Inputs expand(List<String> args, boolean all) {
    List<Input> inputs = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (String arg : args) {
      if (Input.STDIN.equals(arg) || Input.isAddress(arg)) {
        inputs.add(Input.of(arg));
        continue;
      }
      Path path = Path.of(arg);
      if (Files.isDirectory(path)) {
        for (Path file : walk(path)) {
          // a file the walk could not stat stays, so that reading it says why
          if (all || ReportFiles.isReport(file) || !Files.isRegularFile(file)) {
            inputs.add(Input.file(file.toString(), file));
          } else {
            skipped.add(file.toString());
          }
        }
      } else {
        inputs.add(Input.file(arg, path)); // named by the user: taken whatever its kind
      }
    }
    return new Inputs(inputs, skipped);
  }

  private static List<Path> walk(Path root) {
    List<Path> files = new ArrayList<>();
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              return !dir.equals(root) && hidden(dir)
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isRegularFile() && !hidden(file)) {
                files.add(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              files.add(file); // kept so that reading it reports why it cannot be read
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      files.add(root);
    }
    files.sort(Comparator.comparing(Path::toString));
    return files;
  }

  private static boolean hidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  /** The bytes of a file, refused before reading when the file system says it is too large. */
  static byte[] read(String name, Path path, long maxBytes) {
    try {
      BasicFileAttributes attrs = Files.readAttributes(path, BasicFileAttributes.class);
      if (attrs.isDirectory()) {
        throw IngestException.of(name, "cannot read: is a directory");
      }
      if (attrs.isRegularFile() && attrs.size() > maxBytes) {
        throw IngestException.of(name, tooLarge(Long.toString(attrs.size()), maxBytes));
      }
      try (InputStream in = Files.newInputStream(path)) {
        return limited(name, in, maxBytes);
      }
    } catch (IOException e) {
      throw cannotRead(name, e);
    }
  }

  /** A container file opened for streaming: no size limit, since it is read piece by piece. */
  static InputStream open(String name, Path path) throws IOException {
    if (Files.isDirectory(path)) {
      throw IngestException.of(name, "cannot read: is a directory");
    }
    return Files.newInputStream(path);
  }

  /** {@code name: cannot read: reason}, the reason in words rather than an exception's name. */
  static IngestException cannotRead(String name, IOException e) {
    return new IngestException(name + ": cannot read: " + reason(e), e);
  }

  /** At most {@code maxBytes} from {@code in}; more is an error (a pipe has no size to check). */
  static byte[] limited(String name, InputStream in, long maxBytes) throws IOException {
    byte[] data = in.readNBytes((int) maxBytes + 1);
    if (data.length > maxBytes) {
      throw IngestException.of(name, tooLarge("more than " + maxBytes, maxBytes));
    }
    return data;
  }

  static String tooLarge(String size, long maxBytes) {
    return "too large (" + size + " bytes, limit " + maxBytes + ")";
  }

  private static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fse && fse.getReason() != null) {
      return fse.getReason();
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }
}
