package org.triangulate.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Iterator;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.triangulate.graph.export.ExportFormat;
import org.triangulate.graph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code triangulate export --format json|stix|… [-o FILE]}: the whole store in one of the
 * formats of {@link ExportFormat}.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Export the store to standard output or a file, as:",
        "  json     Triangulate's own JSON (format triangulate/1), everything",
        "  stix     a STIX 2.1 bundle (OpenCTI, MISP)",
        "  gexf     GEXF 1.3, entities and events as nodes, links as edges (Gephi)",
        "  graphml  GraphML, the same network (Gephi, yEd, Cytoscape, NetworkX)",
        "  csv      one row per event with ACLED's columns and date format (R, spreadsheets)",
        "  ftm      FollowTheMoney entities as JSON lines (Aleph)"})
final class ExportCommand implements Callable<Integer> {
  /** Reads a format by its label, as the server does ({@link ExportFormat#find}). */
  static final class FormatConverter implements ITypeConverter<ExportFormat> {
    @Override
    public ExportFormat convert(String value) {
      return ExportFormat.find(value).orElseThrow(() -> new TypeConversionException(
          "the format must be one of " + ExportFormat.labels() + ": " + value));
    }
  }

  /** The labels, for the help text. */
  static final class FormatLabels implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(ExportFormat.values()).map(ExportFormat::label).iterator();
    }
  }

  @ParentCommand Main main;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
      converter = FormatConverter.class, completionCandidates = FormatLabels.class,
      description = "Output format: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  ExportFormat format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
  @Nullable Path output;

  @Override
  public Integer call() throws IOException {
    try (Store store = main.store.open()) {
      if (output == null) {
        store.export(format, System.out);
        System.out.flush();
        return Main.OK;
      }
      // Written beside the target and moved into place, so a failed export leaves no half file.
      Path parent = output.toAbsolutePath().getParent();
      Path tmp = Files.createTempFile(parent, ".triangulate-export",
          "." + format.extension());
      try (OutputStream out = Files.newOutputStream(tmp)) {
        store.export(format, out);
      } catch (IOException | RuntimeException e) {
        Files.deleteIfExists(tmp);
        throw e;
      }
      Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
    return Main.OK;
  }
}
