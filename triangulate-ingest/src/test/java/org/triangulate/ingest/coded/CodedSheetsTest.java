package org.triangulate.ingest.coded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triangulate.ingest.IngestException;
import org.triangulate.ingest.coded.CodedRows.Dataset;
import org.triangulate.model.Event;
import org.triangulate.model.EventType;
import org.triangulate.model.Participant;
import org.triangulate.model.Role;
import org.triangulate.model.TimeSpec;

/** GTD rows in an Excel workbook, written by the test itself: invented rows, no real event. */
class CodedSheetsTest {
  private static final List<String> GTD_COLUMNS = List.of("eventid", "iyear", "imonth", "iday",
      "country_txt", "provstate", "city", "latitude", "longitude", "summary", "attacktype1_txt",
      "target1", "gname", "claimed", "nkill", "nwound", "scite1");

  @TempDir Path tmp;

  /** A workbook whose first sheet has {@code columns} and then {@code rows}; numbers stay numbers. */
  private Path workbook(List<String> columns, List<List<Object>> rows) throws IOException {
    Path file = tmp.resolve("gtd.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = wb.createSheet("Data");
      write(sheet.createRow(0), new ArrayList<>(columns));
      for (int i = 0; i < rows.size(); i++) {
        write(sheet.createRow(i + 1), rows.get(i));
      }
      wb.write(out);
    }
    return file;
  }

  private static void write(Row row, List<?> values) {
    for (int c = 0; c < values.size(); c++) {
      Object v = values.get(c);
      if (v instanceof Number n) {
        row.createCell(c).setCellValue(n.doubleValue());
      } else if (v != null) {
        row.createCell(c).setCellValue((String) v);
      }
    }
  }

  private static List<Object> bombing() {
    return new ArrayList<>(List.of(900000000002L, 2024, 3, 5, "Afghanistan", "Ghazni", "Andar", 33.13, 68.42,
        "Invented: a roadside bomb struck a police vehicle.", "Bombing/Explosion", "Police vehicle",
        "Islamic State", 1, 3, 2, "Example Wire"));
  }

  @Test
  void aGtdWorkbookIsReadLikeItsCsvWithTwelveDigitIdsAndNumbersWrittenOut() throws IOException {
    List<Object> monthOnly = bombing();
    monthOnly.set(0, 900000000003L);
    monthOnly.set(3, 0);
    monthOnly.set(12, "Taliban");
    monthOnly.set(15, null); // no wounded coded: a blank cell
    Path file = workbook(GTD_COLUMNS, List.of(bombing(), monthOnly));
    List<CodedRow> rows = new ArrayList<>();

    Map<String, Integer> skipped = CodedSheets.forEach(Dataset.GTD, "gtd.xlsx", file, rows::add);

    assertThat(skipped).isEmpty();
    assertThat(rows).extracting(CodedRow::name)
        .containsExactly("gtd.xlsx row 1 (900000000002)", "gtd.xlsx row 2 (900000000003)");
    Event bomb = CodedDocuments.of(rows.get(0).event(), rows.get(0).name(), rows.get(0).raw(),
        java.time.Instant.EPOCH).extraction().events().getFirst();
    assertThat(bomb.type()).isEqualTo(EventType.BOMBING);
    assertThat(bomb.time().value()).isEqualTo("2024-03-05");
    assertThat(bomb.killed()).isEqualTo(3);
    assertThat(bomb.injured()).isEqualTo(2);
    assertThat(bomb.participants()).extracting(Participant::role, Participant::text)
        .contains(tuple(Role.PERPETRATOR, "Islamic State"));
    assertThat(rows.get(0).event().place().lat()).isEqualTo(33.13);
    assertThat(rows.get(0).event().sides1().getFirst().claimed()).isTrue();
    assertThat(rows.get(0).raw()).startsWith("900000000002,2024,3,5,Afghanistan,Ghazni,Andar,33.13,68.42,");
    CodedEvent second = rows.get(1).event();
    assertThat(second.precision()).isEqualTo(TimeSpec.Precision.MONTH);
    assertThat(second.injured()).isNull();
    assertThat(second.sides1()).extracting(CodedEvent.Side::name).containsExactly("Taliban");
  }

  @Test
  void rowsOfTypesNotModelledAreCountedAndABadValueFailsItsRowAlone() throws IOException {
    List<Object> untyped = bombing();
    untyped.set(10, null);
    List<Object> bad = bombing();
    bad.set(14, "many");
    Path file = workbook(GTD_COLUMNS, List.of(untyped, bad));
    List<CodedRow> rows = new ArrayList<>();

    Map<String, Integer> skipped = CodedSheets.forEach(Dataset.GTD, "gtd.xlsx", file, rows::add);

    assertThat(skipped).containsExactly(Map.entry("(no type)", 1));
    assertThat(rows).singleElement().satisfies(r -> assertThatThrownBy(r::event)
        .isInstanceOf(IngestException.class)
        .hasMessage("gtd.xlsx row 2 (900000000002): nkill is not a count: \"many\""));
  }

  @Test
  void aWorkbookWithoutTheDatasetsColumnsIsOneErrorNamingTheColumn() throws IOException {
    List<String> columns = new ArrayList<>(GTD_COLUMNS);
    columns.set(12, "group_name");
    Path file = workbook(columns, List.of(bombing()));

    assertThatThrownBy(() -> CodedSheets.forEach(Dataset.GTD, "gtd.xlsx", file, r -> {}))
        .isInstanceOf(IngestException.class)
        .hasMessageContaining("gtd.xlsx: not an GTD file: no column gname");
  }

  @Test
  void aFileThatIsNotAWorkbookIsOneErrorNamingIt() throws IOException {
    Path file = Files.writeString(tmp.resolve("gtd.xlsx"), "eventid,iyear\n1,2024\n");

    assertThatThrownBy(() -> CodedSheets.forEach(Dataset.GTD, "gtd.xlsx", file, r -> {}))
        .isInstanceOf(IngestException.class)
        .hasMessageStartingWith("gtd.xlsx: not a readable workbook: ");
  }
}
