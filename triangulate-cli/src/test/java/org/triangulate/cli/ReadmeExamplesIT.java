package org.triangulate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triangulate.cli.Cli.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.triangulate.cli.Cli.Run;

/**
 * The README's examples, as written, on the shipped samples: every line of its {@code sh} blocks
 * that starts with {@code bin/triangulate} runs in-process, in the README's order, against one
 * store built from {@code samples/}, and must exit 0 and print something (an export with {@code
 * -o}: write its file). The liberties taken, no more: the installation folder is set as {@code
 * bin/triangulate} sets it; the store is named after the command ({@code --data DIR} appended); a
 * relative path that exists in the repository is read from there, and an output file ({@code -o
 * FILE}, {@code backup FILE}) is written in a temporary folder; the placeholders {@code ent-A},
 * {@code ent-B}, {@code ent-…}, {@code evt-…}, {@code clm-…} and {@code doc-…:120-135} are filled
 * with ids of the samples' store. The examples that cannot run here are listed with the reason
 * in {@link #NOT_RUN} and must still parse.
 */
class ReadmeExamplesIT {
  private static final Path REPO = Path.of("..");

  /** Examples not run here, by how they start, and why. */
  static final Map<String, String> NOT_RUN = Map.of(
      "ingest news.jsonl", "names the reader's own JSON-lines, WARC and PDF files: none is shipped",
      "ingest https://", "needs the network",
      "ingest --feed https://", "needs the network",
      "import --acled", "names the reader's own ACLED and GTD files: none is shipped",
      "eval --gold", "minutes of extraction; GoldSetEval scores the same gold set in verify",
      "eval --coded DIR", "needs the real coded corpus, which is not shipped",
      "bench", "minutes of CPU by design: a benchmark, outside the tests",
      "serve", "a server: runs until Ctrl-C",
      "--db jdbc:postgresql://dbhost", "names a PostgreSQL server the README's reader runs; none is here");

  @TempDir static Path tmp;
  static Path store;
  static Map<String, String> ids;

  record Example(int line, String text, List<String> args) {
    @Override
    public String toString() {
      return "README.md:" + line + ": " + text;
    }
  }

  @BeforeAll
  static void storeOfTheSamples() {
    System.setProperty("triangulate.home", REPO.toAbsolutePath().normalize().toString()); // as bin/triangulate sets it
    store = tmp.resolve("store");
    List<String> args = new ArrayList<>(List.of("--data", store.toString(), "ingest", "--as-of", "2026-11-25"));
    args.addAll(DemoCommand.sampleFiles(REPO.resolve("samples")));
    Run r = run(args.toArray(String[]::new));
    assertThat(r.exit()).as(r.err()).isZero();
    ids = placeholderIds();
  }

  @AfterAll
  static void forgetTheHome() {
    System.clearProperty("triangulate.home");
  }

  static List<Example> examples() throws IOException {
    List<String> lines = Files.readAllLines(REPO.resolve("README.md"));
    List<Example> found = new ArrayList<>();
    boolean shell = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("```")) {
        shell = !shell && line.equals("```sh");
      } else if (shell && line.startsWith("bin/triangulate ")) {
        List<String> words = words(line);
        found.add(new Example(i + 1, String.join(" ", words), words.subList(1, words.size())));
      }
    }
    return found;
  }

  static List<Example> runnable() throws IOException {
    return examples().stream().filter(e -> reasonNotRun(e) == null).toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("runnable")
  void runsAsWrittenAndPrintsSomething(Example example) {
    List<String> args = new ArrayList<>();
    for (int i = 0; i < example.args().size(); i++) {
      String previous = i == 0 ? "" : example.args().get(i - 1);
      args.add(resolve(example.args().get(i), previous));
    }
    if (!args.equals(List.of("--help"))) {
      args.addAll(List.of("--data", store.toString()));
    }

    Run r = run(args.toArray(String[]::new));

    assertThat(r.exit()).as(example + "\nran " + args + "\n" + r.out() + r.err()).isZero();
    int output = example.args().indexOf("-o");
    if (output >= 0) {
      assertThat(tmp.resolve(example.args().get(output + 1))).as(example + " writes its file").isNotEmptyFile();
    } else {
      assertThat(r.out()).as(example + " prints something").isNotBlank();
    }
    assertThat(r.out()).as(example + " finds what it asks for").doesNotContain(" matched ");
  }

  @Test
  void theReadmeHasExamplesAndEachExampleNotRunHereStillParses() throws IOException {
    List<Example> all = examples();
    assertThat(all).hasSizeGreaterThan(20);
    for (String start : NOT_RUN.keySet()) {
      assertThat(all).as("an example starting 'bin/triangulate " + start + "' (" + NOT_RUN.get(start) + ")")
          .anyMatch(e -> String.join(" ", e.args()).startsWith(start));
    }
    for (Example e : all) {
      if (reasonNotRun(e) != null) {
        Main.commandLine().parseArgs(e.args().toArray(String[]::new)); // throws on a usage error
      }
    }
  }

  @Test
  void quotedWordsAndCommentsSplitAsTheShellSplitsThem() {
    assertThat(words("bin/triangulate links --entity \"Haqqani Network\" --explain # links, explained"))
        .containsExactly("bin/triangulate", "links", "--entity", "Haqqani Network", "--explain");
    assertThat(words("bin/triangulate merge ent-A ent-B --why \"same man\"  "))
        .containsExactly("bin/triangulate", "merge", "ent-A", "ent-B", "--why", "same man");
  }

  private static String reasonNotRun(Example e) {
    String command = String.join(" ", e.args());
    return NOT_RUN.entrySet().stream().filter(n -> command.startsWith(n.getKey()))
        .map(Map.Entry::getValue).findFirst().orElse(null);
  }

  /** The arguments the shell would pass: words split at blanks, "…" kept whole, # ends the line. */
  static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = null;
    boolean quoted = false;
    for (char c : line.toCharArray()) {
      if (quoted) {
        if (c == '"') {
          quoted = false;
        } else {
          word.append(c);
        }
      } else if (c == '"') {
        quoted = true;
        word = word == null ? new StringBuilder() : word;
      } else if (c == ' ') {
        if (word != null) {
          words.add(word.toString());
        }
        word = null;
      } else if (c == '#' && word == null) {
        break;
      } else {
        word = word == null ? new StringBuilder().append(c) : word.append(c);
      }
    }
    if (word != null) {
      words.add(word.toString());
    }
    return words;
  }

  private static String resolve(String arg, String previous) {
    if (ids.containsKey(arg)) {
      return ids.get(arg);
    }
    if (previous.equals("-o") || previous.equals("backup")) {
      return tmp.resolve(arg).toString();
    }
    boolean path = !arg.startsWith("-") && !arg.contains(":") && Files.exists(REPO.resolve(arg));
    return path ? REPO.resolve(arg).toString() : arg;
  }

  /** Ids of the samples' store for the README's placeholders, taken from what listings print. */
  private static Map<String, String> placeholderIds() {
    String noori = firstId("ent-", listing("entities", "--type", "person", "--name", "noori"));
    String ahmadzai = firstId("ent-", listing("entities", "--type", "person", "--name", "ahmadzai"));
    Matcher mention = Pattern.compile("(doc-[0-9a-f]{16}) \\S+ \\[(\\d+),(\\d+)\\)")
        .matcher(listing("show", ahmadzai));
    assertThat(mention.find()).as("a mention of " + ahmadzai).isTrue();
    String event = firstId("evt-", listing("timeline"));
    String claim = firstId("clm-", listing("show", event));
    String group = firstId("ent-", listing("entities", "--type", "organization", "--name", "haqqani"));
    return Map.of("ent-A", noori, "ent-B", ahmadzai,
        "doc-…:120-135", mention.group(1) + ":" + mention.group(2) + "-" + mention.group(3),
        "evt-…", event, "clm-…", claim, "ent-…", group);
  }

  private static String listing(String... args) {
    List<String> all = new ArrayList<>(List.of("--data", store.toString()));
    all.addAll(List.of(args));
    Run r = run(all.toArray(String[]::new));
    assertThat(r.exit()).as(r.err()).isZero();
    return r.out();
  }

  private static String firstId(String prefix, String text) {
    Matcher m = Pattern.compile(prefix + "[0-9a-f]{12}").matcher(text);
    assertThat(m.find()).as("an id starting " + prefix + " in:\n" + text).isTrue();
    return m.group();
  }
}
