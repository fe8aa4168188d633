package org.triangulate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import --gtd FILE.xlsx}: GTD rows in a workbook the test writes (invented rows). */
class ImportWorkbookIT {
  @TempDir Path tmp;

  @Test
  void aGtdWorkbookIsImportedLikeItsCsvAndABrokenOneIsNamed() throws IOException {
    Path file = tmp.resolve("gtd.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = wb.createSheet("Data");
      List<String> columns = List.of("eventid", "iyear", "imonth", "iday", "country_txt", "provstate",
          "city", "attacktype1_txt", "target1", "gname", "claimed", "nkill", "nwound", "summary");
      Row header = sheet.createRow(0);
      for (int c = 0; c < columns.size(); c++) {
        header.createCell(c).setCellValue(columns.get(c));
      }
      Object[] values = {900000000011d, 2024d, 3d, 5d, "Afghanistan", "Ghazni", "Andar",
          "Bombing/Explosion", "Police vehicle", "Taliban", 0d, 3d, 2d, "Invented: a roadside bomb."};
      Row row = sheet.createRow(1);
      for (int c = 0; c < values.length; c++) {
        if (values[c] instanceof Double d) {
          row.createCell(c).setCellValue(d);
        } else {
          row.createCell(c).setCellValue((String) values[c]);
        }
      }
      wb.write(out);
    }
    Path broken = Files.writeString(tmp.resolve("broken.xlsx"), "not a workbook");
    String data = tmp.resolve("store").toString();

    Cli.Run r = Cli.run("--data", data, "import", "--gtd", file.toString());
    Cli.Run bad = Cli.run("--data", data, "import", "--gtd", broken.toString());

    assertThat(r.exit()).as(r.err()).isEqualTo(Main.OK);
    assertThat(r.out()).contains("1 imported, 0 unchanged, 0 failed");
    assertThat(Cli.run("--data", data, "documents").out()).contains("GTD 900000000011: Bombing/Explosion in Andar");
    assertThat(bad.exit()).isEqualTo(Main.SOME_FAILED);
    assertThat(bad.err()).contains(broken + ": not a readable workbook: ");
  }
}
