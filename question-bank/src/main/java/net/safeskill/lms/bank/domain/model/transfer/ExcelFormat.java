package net.safeskill.lms.bank.domain.model.transfer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.xml.sax.SAXException;

import net.safeskill.lms.bank.domain.model.question.Blank;
import net.safeskill.lms.bank.domain.model.question.QuestionBody;
import net.safeskill.lms.bank.domain.model.question.QuestionType;
import net.safeskill.lms.bank.domain.model.question.RevisionContent;
import net.safeskill.lms.shared.domain.DomainException;
import net.safeskill.lms.shared.domain.model.Industry;

/**
 * The platform's Excel template (题库 Excel 模板, E2): one question per row on the sheet {@value #SHEET}, Chinese
 * headers ({@link ExcelColumn}: 题型, 题干, 选项A…选项H, 答案, 难度, 知识点, 行业, 操作项目, 解析), and a second sheet
 * {@value #GUIDE} explaining every column. {@link #template()} is the downloadable empty template; {@link #write}
 * exports to it; {@link #read} imports it.
 *
 * <p>The upload is hostile until proven otherwise (N3): at most {@value #MAX_BYTES} bytes; the first bytes must be a
 * ZIP (an old {@code .xls} gets its own message); POI's zip-bomb guard (inflation ratio, entry size) is on; the sheet
 * is streamed, never loaded as a workbook; more than {@value #MAX_ROWS} rows are refused as soon as the dimension or
 * the rows show it; formulas are refused, never evaluated; merged cells, error values, over-long cells, wrong types,
 * missing columns and empty required cells are reported by row and column. Case analyses do not fit one row and are
 * skipped on export, as are fill-in answers containing the separators {@code ；} or {@code |}.
 */
public final class ExcelFormat implements QuestionFormat {

    public static final String SHEET = "题目";
    public static final String GUIDE = "填写说明";
    public static final int MAX_ROWS = 10_000;
    public static final int MAX_BYTES = 20 * 1024 * 1024;
    /** POI's zip-bomb guard: no entry may inflate beyond this, nor more than 100 times its compressed size. */
    static final long MAX_ENTRY_BYTES = 200L * 1024 * 1024;

    static {
        // POI's limits are process-wide; these are at least as strict as POI's defaults
        ZipSecureFile.setMinInflateRatio(Math.max(ZipSecureFile.getMinInflateRatio(), 0.01));
        ZipSecureFile.setMaxEntrySize(Math.min(ZipSecureFile.getMaxEntrySize(), MAX_ENTRY_BYTES));
    }

    private static final Map<QuestionType, String> TYPE_NAMES = new EnumMap<>(Map.of(
            QuestionType.SINGLE_CHOICE, "单选题", QuestionType.MULTIPLE_CHOICE, "多选题",
            QuestionType.TRUE_FALSE, "判断题", QuestionType.FILL_BLANK, "填空题", QuestionType.SHORT_ANSWER, "简答题"));
    private static final Set<String> TRUE_WORDS = Set.of("正确", "对", "√", "是", "T", "TRUE", "Y");
    private static final Set<String> FALSE_WORDS = Set.of("错误", "错", "×", "X", "否", "F", "FALSE", "N");
    private static final String BLANK_SEPARATOR = "；";
    private static final String ALTERNATIVE_SEPARATOR = "|";

    // ---------------------------------------------------------------- reading

    @Override
    public ImportPreview read(byte[] input, Set<String> existingStems) {
        if (input.length > MAX_BYTES) {
            return ImportPreview.refused("bank.import.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        if (startsWith(input, 0xD0, 0xCF, 0x11, 0xE0)) {
            return ImportPreview.refused("bank.import.excel.xls");
        }
        if (!startsWith(input, 'P', 'K', 3, 4)) {
            return ImportPreview.refused("bank.import.excel.notExcel");
        }
        Path file = null;
        try {
            file = Files.createTempFile("bank-import-", ".xlsx");
            Files.write(file, input);
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                return read(pkg, existingStems);
            }
        } catch (ExcelSheetReader.TooManyRows e) {
            return ImportPreview.refused("bank.import.excel.tooManyRows", MAX_ROWS);
        } catch (ExcelSheetReader.TooMuchText e) {
            return ImportPreview.refused("bank.import.tooLarge", MAX_BYTES / (1024 * 1024));
        } catch (Exception e) {
            return ImportPreview.refused(isZipBomb(e) ? "bank.import.excel.zipBomb" : "bank.import.excel.notExcel");
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file left behind is removed with the temp directory
                }
            }
        }
    }

    private static boolean startsWith(byte[] input, int... magic) {
        if (input.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((input[i] & 0xff) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("zip bomb") || message.contains("max entry size")
                    || message.contains("exceed") && message.contains("ratio")) {
                return true;
            }
        }
        return false;
    }

    private static ImportPreview read(OPCPackage pkg, Set<String> existingStems) throws Exception {
        XSSFReader reader = new XSSFReader(pkg);
        SharedStrings strings = new SharedStrings(pkg);
        ExcelSheetReader sheet = new ExcelSheetReader(MAX_ROWS, strings::get);
        XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        InputStream chosen = null;
        while (sheets.hasNext()) {
            InputStream stream = sheets.next();
            if (chosen == null || SHEET.equals(sheets.getSheetName())) {
                if (chosen != null) {
                    chosen.close();
                }
                chosen = stream;
                if (SHEET.equals(sheets.getSheetName())) {
                    break;
                }
            } else {
                stream.close();
            }
        }
        if (chosen == null) {
            return ImportPreview.refused("bank.import.excel.notExcel");
        }
        try (InputStream in = chosen) {
            sheet.read(in);
        }
        return rows(sheet, existingStems);
    }

    /** The shared strings table, loaded when the first shared string is needed. */
    private static final class SharedStrings {
        private final OPCPackage pkg;
        private ReadOnlySharedStringsTable table;

        SharedStrings(OPCPackage pkg) {
            this.pkg = pkg;
        }

        String get(int index) {
            try {
                if (table == null) {
                    table = new ReadOnlySharedStringsTable(pkg, false);
                }
                return index < table.getCount() ? table.getItemAt(index).getString() : "";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SAXException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static ImportPreview rows(ExcelSheetReader sheet, Set<String> existingStems) {
        ImportPreview.Collector collector = new ImportPreview.Collector();
        List<ExcelSheetReader.Row> rows = sheet.rows();
        if (rows.isEmpty()) {
            return ImportPreview.refused("bank.import.excel.noHeader");
        }
        ExcelSheetReader.Row header = rows.get(0);
        Map<ExcelColumn, Integer> columns = new EnumMap<>(ExcelColumn.class);
        header.cells().forEach((index, cell) -> {
            ExcelColumn column = ExcelColumn.byHeader(cell.value());
            if (column != null) {
                columns.putIfAbsent(column, index);
            }
        });
        Map<Integer, String> names = new HashMap<>();
        columns.forEach((column, index) -> names.put(index, column.header));
        for (int[] merged : sheet.merged()) {
            collector.issue(merged[0], fieldName(names, merged[1]), "bank.import.excel.merged");
        }
        if (columns.keySet().stream().noneMatch(c -> c.required)) {
            return ImportPreview.refused("bank.import.excel.noHeader");
        }
        boolean missing = false;
        for (ExcelColumn column : ExcelColumn.values()) {
            if (column.required && !columns.containsKey(column)) {
                collector.issue(header.number(), column.header, "bank.import.excel.missingColumn", column.header);
                missing = true;
            }
        }
        if (missing) {
            return collector.preview(existingStems);
        }
        for (ExcelSheetReader.Row row : rows.subList(1, rows.size())) {
            if (collector.full()) {
                break;
            }
            new RowReader(row, columns, names, collector).read();
        }
        return collector.preview(existingStems);
    }

    private static String fieldName(Map<Integer, String> names, int column) {
        return names.getOrDefault(column, ExcelSheetReader.letters(column));
    }

    /** Turns one row into a question, reporting every problem with its column. */
    private static final class RowReader {
        private final ExcelSheetReader.Row row;
        private final Map<ExcelColumn, Integer> columns;
        private final Map<Integer, String> names;
        private final ImportPreview.Collector collector;
        private boolean failed;

        RowReader(ExcelSheetReader.Row row, Map<ExcelColumn, Integer> columns, Map<Integer, String> names,
                ImportPreview.Collector collector) {
            this.row = row;
            this.columns = columns;
            this.names = names;
            this.collector = collector;
        }

        void read() {
            row.cells().forEach((index, cell) -> {
                if (cell.formula()) {
                    fail(fieldName(names, index), "bank.import.excel.formula");
                } else if (cell.kind() == ExcelSheetReader.Kind.ERROR) {
                    fail(fieldName(names, index), "bank.import.excel.errorValue");
                } else if (cell.tooLong()) {
                    fail(fieldName(names, index), "bank.import.excel.cellTooLong", ExcelSheetReader.MAX_CELL_CHARS);
                }
            });
            if (failed) {
                return;
            }
            QuestionType type = type();
            String stem = required(ExcelColumn.STEM);
            if (failed) {
                return;
            }
            List<String> options = options();
            int difficulty = difficulty();
            Industry industry = industry();
            if (failed) {
                return;
            }
            try {
                QuestionBody body = body(type, stem, options, text(ExcelColumn.ANSWER));
                TreeSet<String> points = new TreeSet<>();
                for (String code : text(ExcelColumn.KNOWLEDGE_POINTS).split("[,，;；、\\s]+")) {
                    if (!code.isBlank()) {
                        points.add(code.strip());
                    }
                }
                RevisionContent content = new RevisionContent(body, points, difficulty,
                        text(ExcelColumn.EXPLANATION), List.of());
                collector.add(row.number(), new QuestionDraft(industry, text(ExcelColumn.OPERATION_ITEM), null,
                        content));
            } catch (DomainException e) {
                collector.issue(row.number(), columnOf(e.code()).header, e);
            }
        }

        private static ExcelColumn columnOf(String code) {
            if (code.startsWith("bank.question.stem")) {
                return ExcelColumn.STEM;
            } else if (code.startsWith("bank.question.option")) {
                return ExcelColumn.OPTION_A;
            } else if (code.startsWith("bank.knowledgePoint") || code.startsWith("bank.question.tooManyKnowledge")) {
                return ExcelColumn.KNOWLEDGE_POINTS;
            } else if (code.startsWith("bank.question.explanation")) {
                return ExcelColumn.EXPLANATION;
            }
            return ExcelColumn.ANSWER;
        }

        private void fail(String field, String code, Object... args) {
            failed = true;
            collector.issue(row.number(), field, code, args);
        }

        private ExcelSheetReader.Cell cell(ExcelColumn column) {
            Integer index = columns.get(column);
            return index == null ? null : row.cells().get(index);
        }

        private String text(ExcelColumn column) {
            ExcelSheetReader.Cell cell = cell(column);
            return cell == null ? "" : cell.value().strip();
        }

        private String required(ExcelColumn column) {
            String value = text(column);
            if (value.isEmpty()) {
                fail(column.header, "bank.import.excel.required", column.header);
            }
            return value;
        }

        private QuestionType type() {
            String value = Normalizer.normalize(required(ExcelColumn.TYPE), Normalizer.Form.NFKC);
            if (value.isEmpty()) {
                return null;
            }
            for (Map.Entry<QuestionType, String> e : TYPE_NAMES.entrySet()) {
                String name = e.getValue();
                if (value.equals(name) || value.equals(name.substring(0, 2))
                        || value.equalsIgnoreCase(e.getKey().name())) {
                    return e.getKey();
                }
            }
            fail(ExcelColumn.TYPE.header, "bank.import.excel.type", value);
            return null;
        }

        private List<String> options() {
            List<String> options = new ArrayList<>();
            boolean gap = false;
            for (ExcelColumn column : ExcelColumn.OPTIONS) {
                String value = text(column);
                if (value.isEmpty()) {
                    gap = true;
                } else if (gap) {
                    fail(column.header, "bank.import.excel.optionGap", column.header);
                    return options;
                } else {
                    options.add(value);
                }
            }
            return options;
        }

        private int difficulty() {
            ExcelSheetReader.Cell cell = cell(ExcelColumn.DIFFICULTY);
            if (cell == null || cell.value().isBlank()) {
                return QuestionDraft.DEFAULT_DIFFICULTY;
            }
            try {
                int value = new BigDecimal(Normalizer.normalize(cell.value().strip(), Normalizer.Form.NFKC))
                        .intValueExact();
                if (value >= RevisionContent.MIN_DIFFICULTY && value <= RevisionContent.MAX_DIFFICULTY) {
                    return value;
                }
                fail(ExcelColumn.DIFFICULTY.header, "bank.question.difficulty", RevisionContent.MIN_DIFFICULTY,
                        RevisionContent.MAX_DIFFICULTY);
            } catch (NumberFormatException | ArithmeticException e) {
                fail(ExcelColumn.DIFFICULTY.header, "bank.import.excel.notNumber", ExcelColumn.DIFFICULTY.header,
                        cell.value());
            }
            return QuestionDraft.DEFAULT_DIFFICULTY;
        }

        private Industry industry() {
            String value = text(ExcelColumn.INDUSTRY);
            if (value.isEmpty()) {
                return null;
            }
            try {
                return IndustryNames.parse(value);
            } catch (DomainException e) {
                fail(ExcelColumn.INDUSTRY.header, e.code(), e.args());
                return null;
            }
        }

        private QuestionBody body(QuestionType type, String stem, List<String> options, String answer) {
            if (!type.hasOptions() && !options.isEmpty()) {
                throw new DomainException("bank.import.excel.optionsNotAllowed", TYPE_NAMES.get(type));
            }
            String folded = Normalizer.normalize(answer, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
            return switch (type) {
                case SINGLE_CHOICE, MULTIPLE_CHOICE -> new QuestionBody(type, stem, options, letters(folded, answer),
                        null, null, null, null);
                case TRUE_FALSE -> {
                    if (TRUE_WORDS.contains(folded)) {
                        yield QuestionBody.trueFalse(stem, true);
                    } else if (FALSE_WORDS.contains(folded)) {
                        yield QuestionBody.trueFalse(stem, false);
                    }
                    throw new DomainException("bank.import.excel.answer", answer);
                }
                case FILL_BLANK -> {
                    List<Blank> blanks = new ArrayList<>();
                    for (String blank : answer.split("[；;]")) {
                        blanks.add(new Blank(List.of(blank.split("[|｜]")).stream().map(String::strip)
                                .filter(s -> !s.isEmpty()).toList()));
                    }
                    yield QuestionBody.fillBlank(stem, answer.isBlank() ? List.of() : blanks);
                }
                case SHORT_ANSWER -> QuestionBody.shortAnswer(stem, answer);
                default -> throw new IllegalStateException(type.name());
            };
        }

        private static TreeSet<Integer> letters(String folded, String answer) {
            TreeSet<Integer> indexes = new TreeSet<>();
            for (char c : folded.toCharArray()) {
                if (c >= 'A' && c <= 'H') {
                    if (!indexes.add(c - 'A')) {
                        throw new DomainException("bank.import.excel.answer", answer);
                    }
                } else if (",、 ，;；".indexOf(c) < 0) {
                    throw new DomainException("bank.import.excel.answer", answer);
                }
            }
            return indexes;
        }
    }

    // ---------------------------------------------------------------- writing

    /** @return the empty template for download: the header row, input help, and the guide sheet */
    public byte[] template() {
        return workbook(List.of(), new ArrayList<>());
    }

    @Override
    public QuestionExport write(List<QuestionDraft> questions) {
        List<Integer> skipped = new ArrayList<>();
        return new QuestionExport(workbook(questions, skipped), skipped);
    }

    private static byte[] workbook(List<QuestionDraft> questions, List<Integer> skipped) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(SHEET);
            CellStyle headerStyle = headerStyle(workbook);
            org.apache.poi.ss.usermodel.Row header = sheet.createRow(0);
            ExcelColumn[] columns = ExcelColumn.values();
            for (ExcelColumn column : columns) {
                org.apache.poi.ss.usermodel.Cell cell = header.createCell(column.ordinal());
                cell.setCellValue(column.header);
                cell.setCellStyle(headerStyle);
                sheet.setColumnWidth(column.ordinal(), (column == ExcelColumn.STEM ? 40
                        : column == ExcelColumn.ANSWER || column == ExcelColumn.EXPLANATION ? 24 : 14) * 256);
            }
            sheet.createFreezePane(0, 1);
            validations(sheet);
            int rowIndex = 1;
            for (int i = 0; i < questions.size(); i++) {
                String[] values = values(questions.get(i));
                if (values == null) {
                    skipped.add(i);
                    continue;
                }
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(rowIndex++);
                for (int c = 0; c < values.length; c++) {
                    if (values[c] == null || values[c].isEmpty()) {
                        continue;
                    }
                    if (columns[c] == ExcelColumn.DIFFICULTY) {
                        row.createCell(c).setCellValue(Integer.parseInt(values[c]));
                    } else {
                        row.createCell(c).setCellValue(values[c]);
                    }
                }
            }
            guide(workbook, headerStyle);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the cells of one question in column order, or {@code null} when it does not fit the template */
    private static String[] values(QuestionDraft draft) {
        RevisionContent content = draft.content();
        QuestionBody body = content.body();
        String typeName = TYPE_NAMES.get(body.type());
        if (typeName == null) {
            return null;
        }
        String[] v = new String[ExcelColumn.values().length];
        v[ExcelColumn.TYPE.ordinal()] = typeName;
        v[ExcelColumn.STEM.ordinal()] = body.stem();
        for (int o = 0; o < body.options().size(); o++) {
            v[ExcelColumn.OPTIONS[o].ordinal()] = body.options().get(o);
        }
        String answer = switch (body.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> body.correctOptions().stream()
                    .map(i -> String.valueOf((char) ('A' + i))).reduce("", String::concat);
            case TRUE_FALSE -> body.truth() ? "正确" : "错误";
            case FILL_BLANK -> blanks(body.blanks());
            case SHORT_ANSWER -> body.referenceAnswer() == null ? "" : body.referenceAnswer();
            default -> null;
        };
        if (answer == null) {
            return null;
        }
        v[ExcelColumn.ANSWER.ordinal()] = answer;
        v[ExcelColumn.DIFFICULTY.ordinal()] = String.valueOf(content.difficulty());
        v[ExcelColumn.KNOWLEDGE_POINTS.ordinal()] = String.join(",", content.knowledgePoints());
        v[ExcelColumn.INDUSTRY.ordinal()] = draft.industry() == null ? "" : IndustryNames.chinese(draft.industry());
        v[ExcelColumn.OPERATION_ITEM.ordinal()] = draft.operationItem();
        v[ExcelColumn.EXPLANATION.ordinal()] = content.explanation();
        return v;
    }

    private static String blanks(List<Blank> blanks) {
        List<String> parts = new ArrayList<>();
        for (Blank blank : blanks) {
            for (String accepted : blank.accepted()) {
                if (accepted.matches(".*[；;|｜].*")) {
                    return null;
                }
            }
            parts.add(String.join(ALTERNATIVE_SEPARATOR, blank.accepted()));
        }
        return String.join(BLANK_SEPARATOR, parts);
    }

    private static CellStyle headerStyle(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        style.setFont(bold);
        style.setFillForegroundColor(IndexedColors.LIGHT_CORNFLOWER_BLUE.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        return style;
    }

    /** Drop-down lists for type and industry, a whole number 1–5 for difficulty. */
    private static void validations(Sheet sheet) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        CellRangeAddressList types = new CellRangeAddressList(1, MAX_ROWS, ExcelColumn.TYPE.ordinal(),
                ExcelColumn.TYPE.ordinal());
        sheet.addValidationData(helper.createValidation(helper.createExplicitListConstraint(
                TYPE_NAMES.values().toArray(String[]::new)), types));
        CellRangeAddressList difficulty = new CellRangeAddressList(1, MAX_ROWS, ExcelColumn.DIFFICULTY.ordinal(),
                ExcelColumn.DIFFICULTY.ordinal());
        sheet.addValidationData(helper.createValidation(helper.createIntegerConstraint(
                DataValidationConstraint.OperatorType.BETWEEN, "1", "5"), difficulty));
        CellRangeAddressList industries = new CellRangeAddressList(1, MAX_ROWS, ExcelColumn.INDUSTRY.ordinal(),
                ExcelColumn.INDUSTRY.ordinal());
        sheet.addValidationData(helper.createValidation(helper.createExplicitListConstraint(
                IndustryNames.chineseNames()), industries));
    }

    private static void guide(Workbook workbook, CellStyle headerStyle) {
        Sheet guide = workbook.createSheet(GUIDE);
        String[] titles = {"列名", "是否必填", "填写说明", "示例"};
        org.apache.poi.ss.usermodel.Row head = guide.createRow(0);
        for (int i = 0; i < titles.length; i++) {
            head.createCell(i).setCellValue(titles[i]);
            head.getCell(i).setCellStyle(headerStyle);
        }
        int r = 1;
        for (ExcelColumn column : ExcelColumn.values()) {
            org.apache.poi.ss.usermodel.Row row = guide.createRow(r++);
            row.createCell(0).setCellValue(column.header);
            row.createCell(1).setCellValue(column.required ? "必填" : "选填");
            row.createCell(2).setCellValue(column.help);
            row.createCell(3).setCellValue(column.example);
        }
        String[] notes = {
            "每行一道题，第一行为表头，请勿修改表头文字，列的顺序可以调整。",
            "请勿合并单元格，请勿使用公式（含公式的行不会导入），每个单元格最多 32767 个字符。",
            "每个文件最多 " + MAX_ROWS + " 道题，文件不超过 " + MAX_BYTES / (1024 * 1024) + " MB；请保存为 .xlsx 格式。",
            "导入前系统会逐行校验并给出预览（行号、列名、原因）和重复题目（题干相同）；有错误时整个文件不会导入。"};
        r++;
        for (String note : notes) {
            guide.createRow(r++).createCell(0).setCellValue(note);
        }
        guide.setColumnWidth(0, 12 * 256);
        guide.setColumnWidth(1, 10 * 256);
        guide.setColumnWidth(2, 90 * 256);
        guide.setColumnWidth(3, 36 * 256);
    }
}
