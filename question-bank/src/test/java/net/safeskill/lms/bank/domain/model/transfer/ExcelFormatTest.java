package net.safeskill.lms.bank.domain.model.transfer;

import static net.safeskill.lms.bank.domain.model.transfer.Drafts.assertIssue;
import static net.safeskill.lms.bank.domain.model.transfer.Drafts.assertOnlyIssue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import net.safeskill.lms.bank.domain.model.question.QuestionType;
import net.safeskill.lms.shared.domain.model.Industry;

class ExcelFormatTest {

    private static final String[] HEADERS = {"题型", "题干", "选项A", "选项B", "选项C", "选项D", "选项E", "选项F", "选项G",
        "选项H", "答案", "难度", "知识点", "行业", "操作项目", "解析"};

    private final ExcelFormat excel = new ExcelFormat();

    /** A workbook with the template headers and these rows (cells as text), edited further by {@code extra}. */
    private static byte[] workbook(List<String[]> rows, Consumer<Sheet> extra) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(ExcelFormat.SHEET);
            write(sheet.createRow(0), HEADERS);
            for (int r = 0; r < rows.size(); r++) {
                write(sheet.createRow(r + 1), rows.get(r));
            }
            extra.accept(sheet);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void write(Row row, String[] values) {
        for (int c = 0; c < values.length; c++) {
            if (values[c] != null) {
                row.createCell(c).setCellValue(values[c]);
            }
        }
    }

    private static String[] row(String type, String stem, String a, String b, String answer, String difficulty) {
        return new String[] {type, stem, a, b, null, null, null, null, null, null, answer, difficulty, "FIRE", "化工",
            "危险化学品安全作业", null};
    }

    private ImportPreview read(byte[] bytes) {
        return excel.read(bytes, Set.of());
    }

    @Test
    void readsEveryTypeOfTheTemplate() {
        byte[] file = workbook(List.of(
                row("单选题", "扑救电气火灾时，应首先", "用水扑救", "切断电源", "b", "2"),
                row("多选", "受限空间作业前应当", "通风", "检测", "A、B", null),
                row("判断题", "液氨泄漏时应向上风向撤离", null, null, "√", "1"),
                row("填空题", "火警电话____，急救电话____", null, null, "119|幺幺九；120", "3"),
                row("简答题", "简述动火作业的安全措施", null, null, "办理作业票", "5")), sheet -> {
                    sheet.getRow(1).createCell(11).setCellValue(2);
                });
        ImportPreview preview = read(file);
        assertTrue(preview.issues().isEmpty(), preview.issues().toString());
        List<QuestionDraft> drafts = preview.drafts();
        assertEquals(List.of(QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE, QuestionType.TRUE_FALSE,
                QuestionType.FILL_BLANK, QuestionType.SHORT_ANSWER),
                drafts.stream().map(d -> d.content().type()).toList());
        assertEquals(Set.of(1), drafts.get(0).content().body().correctOptions());
        assertEquals(2, drafts.get(0).content().difficulty(), "a numeric cell");
        assertEquals(3, drafts.get(1).content().difficulty(), "empty difficulty is 3");
        assertEquals(Set.of(0, 1), drafts.get(1).content().body().correctOptions());
        assertEquals(true, drafts.get(2).content().body().truth());
        assertEquals(List.of("119", "幺幺九"), drafts.get(3).content().body().blanks().get(0).accepted());
        assertEquals(List.of("120"), drafts.get(3).content().body().blanks().get(1).accepted());
        assertEquals("办理作业票", drafts.get(4).content().body().referenceAnswer());
        assertEquals(Industry.CHEMICALS, drafts.get(0).industry());
        assertEquals("危险化学品安全作业", drafts.get(0).operationItem());
        assertEquals(Set.of("FIRE"), drafts.get(0).content().knowledgePoints());
        assertEquals(List.of(2, 3, 4, 5, 6), preview.questions().stream().map(ImportPreview.Line::line).toList());
    }

    @Test
    void missingColumnsAreNamed() {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Sheet1");
            write(sheet.createRow(0), new String[] {"题型", "选项A", "难度"});
            write(sheet.createRow(1), new String[] {"单选题", "x", "1"});
            wb.write(out);
            ImportPreview preview = read(out.toByteArray());
            assertEquals(2, preview.issues().size(), preview.issues().toString());
            assertIssue(preview, 1, "bank.import.excel.missingColumn");
            assertEquals(List.of("题干", "答案"), preview.issues().stream().map(ImportIssue::field).toList());
            assertTrue(preview.questions().isEmpty());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aSheetWithoutTheTemplateHeaderIsRefused() {
        assertOnlyIssue(read(workbook(List.of(), sheet -> {
            sheet.removeRow(sheet.getRow(0));
            write(sheet.createRow(0), new String[] {"姓名", "身份证号"});
        })), 0, "bank.import.excel.noHeader");
    }

    @Test
    void mergedCellsFormulasWrongTypesAndEmptyRequiredCellsAreReportedByRowAndColumn() {
        byte[] file = workbook(List.of(
                row("单选题", "合并单元格的题", "甲", "乙", "A", "2"),
                row("单选题", "有公式的题", "甲", "乙", "A", "2"),
                row("单选题", "难度写成文字", "甲", "乙", "A", "很难"),
                row("单选题", null, "甲", "乙", "A", "2"),
                row("论述题", "未知题型", "甲", "乙", "A", "2"),
                row("单选题", "答案不是字母", "甲", "乙", "Z", "2"),
                row("单选题", "选项跳空", "甲", null, "A", "2"),
                row("判断题", "判断题带选项", "甲", null, "正确", "2"),
                row("单选题", "难度超出范围", "甲", "乙", "A", "9"),
                row("单选题", "行业不对", "甲", "乙", "A", "2"),
                row("单选题", "好的一题", "甲", "乙", "A", "2")), sheet -> {
                    sheet.addMergedRegion(new CellRangeAddress(1, 1, 2, 3));
                    sheet.getRow(2).createCell(11).setCellFormula("1+1");
                    sheet.getRow(7).createCell(4).setCellValue("丙");
                    sheet.getRow(10).createCell(13).setCellValue("农业");
                });
        ImportPreview preview = read(file);
        assertIssue(preview, 2, "bank.import.excel.merged");
        assertEquals("选项A", preview.issues().stream().filter(i -> i.code().equals("bank.import.excel.merged"))
                .findFirst().orElseThrow().field());
        assertIssue(preview, 3, "bank.import.excel.formula");
        assertIssue(preview, 4, "bank.import.excel.notNumber");
        assertIssue(preview, 5, "bank.import.excel.required");
        assertIssue(preview, 6, "bank.import.excel.type");
        assertIssue(preview, 7, "bank.import.excel.answer");
        assertIssue(preview, 8, "bank.import.excel.optionGap");
        assertIssue(preview, 9, "bank.import.excel.optionsNotAllowed");
        assertIssue(preview, 10, "bank.question.difficulty");
        assertIssue(preview, 11, "bank.import.industry");
        assertEquals(10, preview.issues().size(), preview.issues().toString());
        assertFalse(preview.acceptable(), "all or nothing");
        ImportIssue formula = preview.issues().stream().filter(i -> i.line() == 3).findFirst().orElseThrow();
        assertEquals("难度", formula.field());
    }

    @Test
    void errorValuesAndOverlongCellsAreRefused() {
        byte[] file = workbook(List.<String[]>of(row("单选题", "除零", "甲", "乙", "A", "2"),
                row("单选题", "x".repeat(10), "甲", "乙", "A", "2")), sheet -> {
                    sheet.getRow(1).createCell(11).setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.DIV0
                            .getCode());
                });
        byte[] patched = replaceEntry(file, "xl/sharedStrings.xml", xml -> xml.replace("<t>xxxxxxxxxx</t>",
                "<t>" + "长".repeat(ExcelSheetReader.MAX_CELL_CHARS + 1) + "</t>"));
        assertTrue(new String(entry(patched, "xl/sharedStrings.xml"), StandardCharsets.UTF_8).contains("长长长"));
        ImportPreview preview = read(patched);
        assertIssue(preview, 2, "bank.import.excel.errorValue");
        assertIssue(preview, 3, "bank.import.excel.cellTooLong");
    }

    @Test
    void fiftyThousandRowsAreRefusedWithoutReadingThem() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            Sheet sheet = wb.createSheet(ExcelFormat.SHEET);
            write(sheet.createRow(0), HEADERS);
            for (int r = 1; r <= 50_000; r++) {
                write(sheet.createRow(r), row("判断题", "第 " + r + " 题", null, null, "正确", "3"));
            }
            wb.write(out);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertOnlyIssue(read(out.toByteArray()), 0, "bank.import.excel.tooManyRows");
    }

    @Test
    void aDimensionBeyondTheLimitIsRefusedBeforeAnyRowIsRead() {
        byte[] file = workbook(List.<String[]>of(row("判断题", "题", null, null, "正确", "3")), sheet -> { });
        byte[] claimed = replaceEntry(file, "xl/worksheets/sheet1.xml",
                xml -> xml.replaceFirst("<dimension ref=\"[^\"]*\"/>", "<dimension ref=\"A1:P50001\"/>"));
        assertTrue(new String(entry(claimed, "xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8)
                .contains("A1:P50001"));
        ImportPreview preview = read(claimed);
        assertOnlyIssue(preview, 0, "bank.import.excel.tooManyRows");
        assertEquals(List.of(ExcelFormat.MAX_ROWS), preview.issues().get(0).args());
    }

    @Test
    void filesThatAreNotExcelAreRefused() {
        assertOnlyIssue(read("题型,题干\n单选题,x".getBytes(StandardCharsets.UTF_8)), 0, "bank.import.excel.notExcel");
        assertOnlyIssue(read(new byte[0]), 0, "bank.import.excel.notExcel");
        assertOnlyIssue(read(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0}), 0,
                "bank.import.excel.xls");
        byte[] zipNotExcel = zip(new String[][] {{"hello.txt", "你好"}});
        assertOnlyIssue(read(zipNotExcel), 0, "bank.import.excel.notExcel");
        byte[] truncated = java.util.Arrays.copyOf(workbook(List.of(), s -> { }), 200);
        assertOnlyIssue(read(truncated), 0, "bank.import.excel.notExcel");
        assertOnlyIssue(read(new byte[ExcelFormat.MAX_BYTES + 1]), 0, "bank.import.tooLarge");
    }

    @Test
    void aZipBombIsRefused() {
        byte[] file = workbook(List.<String[]>of(row("判断题", "题", null, null, "正确", "3")), sheet -> { });
        // 30 MB of spaces inside the sheet: compresses about 1000:1
        byte[] bomb = replaceEntry(file, "xl/worksheets/sheet1.xml",
                xml -> xml.replace("<sheetData>", " ".repeat(30 * 1024 * 1024) + "<sheetData>"));
        assertTrue(bomb.length < 1024 * 1024, "the bomb itself is small: " + bomb.length);
        assertOnlyIssue(read(bomb), 0, "bank.import.excel.zipBomb");
    }

    @Test
    void theTemplateHasChineseHeadersAndAGuideSheet() throws IOException {
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(excel.template()))) {
            assertEquals(ExcelFormat.SHEET, wb.getSheetAt(0).getSheetName());
            assertEquals(ExcelFormat.GUIDE, wb.getSheetAt(1).getSheetName());
            Row header = wb.getSheetAt(0).getRow(0);
            for (int c = 0; c < HEADERS.length; c++) {
                assertEquals(HEADERS[c], header.getCell(c).getStringCellValue());
            }
            assertEquals(3, wb.getSheetAt(0).getDataValidations().size());
            assertEquals("题型", wb.getSheetAt(1).getRow(1).getCell(0).getStringCellValue());
            assertEquals("必填", wb.getSheetAt(1).getRow(1).getCell(1).getStringCellValue());
        }
        ImportPreview empty = read(excel.template());
        assertTrue(empty.issues().isEmpty(), empty.issues().toString());
        assertFalse(empty.acceptable(), "an empty template has nothing to import");
    }

    @Test
    void exportThenImportKeepsEverythingButCaseAnalysesAndCategories() {
        List<QuestionDraft> drafts = Drafts.all();
        QuestionExport export = excel.write(drafts);
        assertEquals(List.of(6), export.skipped());
        ImportPreview back = read(export.content());
        assertTrue(back.issues().isEmpty(), back.issues().toString());
        assertEquals(drafts.subList(0, 6).stream().map(d -> new QuestionDraft(d.industry(), d.operationItem(), null,
                d.content())).toList(), back.drafts());
        assertNull(back.drafts().get(0).category());
    }

    @Test
    void duplicatesAreFound() {
        byte[] file = workbook(List.<String[]>of(row("判断题", "液氨泄漏时应向上风向撤离。", null, null, "对", "3"),
                row("判断题", "液氨泄漏时，应向上风向撤离", null, null, "对", "3")), sheet -> { });
        ImportPreview preview = excel.read(file, Set.of());
        assertEquals(List.of(new ImportPreview.Duplicate(3, 2, "液氨泄漏时应向上风向撤离")), preview.duplicates());
    }

    // ------------------------------------------------------------------ zip helpers

    private static byte[] zip(String[][] entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String[] e : entries) {
                zip.putNextEntry(new ZipEntry(e[0]));
                zip.write(e[1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toByteArray();
    }

    private static byte[] entry(byte[] zipBytes, String name) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no entry " + name);
    }

    /** Copies a zip, rewriting one text entry. */
    private static byte[] replaceEntry(byte[] zipBytes, String name, java.util.function.UnaryOperator<String> edit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipBytes));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (e.getName().equals(name)) {
                    content = edit.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toByteArray();
    }
}
