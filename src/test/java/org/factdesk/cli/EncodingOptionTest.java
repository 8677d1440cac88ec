package org.factdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.factdesk.ingest.TextEncoding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EncodingOptionTest {
  @TempDir Path tmp;
  Path factChecks;
  Path posts;

  @BeforeEach
  void fixtures() throws Exception {
    factChecks = tmp.resolve("fc.jsonl");
    Files.writeString(factChecks, "{\"vclaim_id\": \"vc-1\", \"vclaim\": \"Uống nước chanh chữa ung thư.\", \"title\": \"Chanh\"}\n");
    // Windows-1258 as legacy tools write it: ô, ơ, ư precomposed, the tones as combining marks
    posts = tmp.resolve("vn.tsv");
    Files.write(posts, "p1\tUô\u0301ng nươ\u0301c chanh chư\u0303a ung thư\n".getBytes(Charset.forName("windows-1258")));
  }

  private CliRun run(String... extra) {
    String[] base = {"run", "--posts", posts.toString(), "--factchecks", factChecks.toString(), "--out",
        tmp.resolve("out").toString(), "--data-dir", tmp.resolve("data").toString(), "--retriever", "bm25"};
    String[] args = new String[base.length + extra.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    return CliRun.of(args);
  }

  @Test
  void cp1258SelectedIsReadAsNfcText() throws Exception {
    CliRun r = run("--encoding", "CP1258");
    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
    assertThat(Files.readString(tmp.resolve("out/matches.jsonl")))
        .contains("\"post_id\":\"p1\"", "\"text\":\"Uống nước chanh chữa ung thư\"");
  }

  @Test
  void cp1258LeftToAutoIsQuarantinedWithTheHint() throws Exception {
    CliRun r = run();
    assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(Files.readString(tmp.resolve("out/quarantine.jsonl")))
        .contains("\"reason\":\"invalid UTF-8 (looks like Windows-1258 Vietnamese: re-run with --encoding cp1258)\"");
  }

  @Test
  void anUnknownEncodingIsAUsageErrorListingTheAcceptedNames() {
    CliRun r = run("--encoding", "latin1");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(r.err()).contains("unknown encoding 'latin1'; accepted: auto, utf-8, utf8, utf-16, utf-16le, utf-16be, "
        + "cp1258, windows-1258");
  }

  @Test
  void theMixinDefaultsToAuto() {
    @CommandLine.Command(name = "x")
    class Cmd {
      @CommandLine.Mixin EncodingOption encoding;
    }
    Cmd cmd = new Cmd();
    new CommandLine(cmd).parseArgs();
    assertThat(cmd.encoding.encoding()).isEqualTo(TextEncoding.AUTO);
    new CommandLine(cmd).parseArgs("--encoding", "utf-16le");
    assertThat(cmd.encoding.encoding()).isEqualTo(TextEncoding.UTF_16LE);
  }
}
