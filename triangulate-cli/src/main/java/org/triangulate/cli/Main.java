package org.triangulate.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code triangulate} command. Exit codes: 0 when everything went well, 1 when some inputs
 * failed, 2 on a usage error.
 */
@Command(
    name = "triangulate",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Turns reports about armed conflict into a sourced evidence graph.",
    subcommands = {
      IngestCommand.class,
      ImportCommand.class,
      DocumentsCommand.class,
      EntitiesCommand.class,
      ShowCommand.class,
      ExportCommand.class,
      DemoCommand.class,
      BenchCommand.class,
      EvalCommand.class,
      LinksCommand.class,
      ConflictsCommand.class,
      TimelineCommand.class,
      EventsCommand.class,
      ResolveCommand.class,
      MergeCommand.class,
      SplitCommand.class,
      BackupCommand.class,
      RestoreCommand.class,
      RejectCommand.class,
      RetypeCommand.class,
      ReattributeCommand.class,
      ReextractCommand.class,
      ServeCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  static final int OK = 0;
  static final int SOME_FAILED = 1;
  static final int USAGE = 2;

  /** Commands that open no store, so take no store option after them (the rest inherit it). */
  private static final java.util.List<String> WITHOUT_STORE = java.util.List.of("bench", "eval", "help");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin StoreOptions store = new StoreOptions();

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The command line, configured as {@code bin/triangulate} runs it; tests call it directly. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.registerConverter(LocalDate.class, Main::date);
    for (String command : WITHOUT_STORE) {
      CommandLine.Model.CommandSpec sub = cli.getSubcommands().get(command).getCommandSpec();
      sub.remove(sub.findOption("--data"));
      sub.remove(sub.findOption("--db"));
    }
    cli.setExecutionExceptionHandler(new Failures());
    cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : SOME_FAILED);
    return cli;
  }

  /** A date option's value: ISO {@code YYYY-MM-DD}, anything else refused with the form expected. */
  static LocalDate date(String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException(
          "'" + value + "' is not a date: expected YYYY-MM-DD, for example 2021-02-22");
    }
  }

  /** Prints an error in one line, naming what failed, instead of a stack trace. */
  static final class Failures implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(
        Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
      cli.getErr().println("triangulate: " + e.getMessage());
      return e instanceof IllegalArgumentException ? USAGE : SOME_FAILED;
    }
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"triangulate " + org.triangulate.extract.RuleExtractor.VERSION};
    }
  }
}
