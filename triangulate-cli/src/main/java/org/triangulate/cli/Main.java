package org.triangulate.cli;

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
      ResolveCommand.class,
      MergeCommand.class,
      SplitCommand.class,
      ServeCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  static final int OK = 0;
  static final int SOME_FAILED = 1;
  static final int USAGE = 2;

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
    cli.setExecutionExceptionHandler(new Failures());
    cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : SOME_FAILED);
    return cli;
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
