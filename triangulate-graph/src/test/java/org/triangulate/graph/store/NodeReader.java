package org.triangulate.graph.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a script of {@code src/test/node} (whose packages the build installs with npm ci before
 * the integration tests) under Node and returns what it printed; fails with what it wrote to
 * standard error when it exits non-zero.
 */
final class NodeReader {
  static final Path SCRIPTS = Path.of("src/test/node");

  private NodeReader() {}

  static String run(String script, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("node", script));
    command.addAll(List.of(args));
    Path err = Files.createTempFile("node", ".err");
    Process p = new ProcessBuilder(command).directory(SCRIPTS.toFile())
        .redirectError(err.toFile()).start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError(script + ": still running after 60 s");
    }
    String stderr = Files.readString(err);
    Files.delete(err);
    if (p.exitValue() != 0) {
      throw new AssertionError(script + " exited " + p.exitValue() + ": " + stderr);
    }
    return out;
  }
}
