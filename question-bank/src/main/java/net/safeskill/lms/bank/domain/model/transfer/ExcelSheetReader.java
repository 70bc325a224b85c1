package net.safeskill.lms.bank.domain.model.transfer;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.IntFunction;

import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams one worksheet's XML (E2, N3) without building a workbook: rows become small maps of cells, and what the
 * import must refuse is noted on the way — formulas (never evaluated), merged cells, error values, cells longer than
 * Excel allows. It stops at once when the sheet's {@code <dimension>} or its rows show more than the row limit, so a
 * 50,000-row file costs a glance, not a model. Shared strings are loaded only when the first one is needed, i.e. after
 * the dimension check.
 */
final class ExcelSheetReader extends DefaultHandler {

    enum Kind { TEXT, NUMBER, BOOLEAN, ERROR }

    /** One cell: what kind of value, the value as text, whether it is a formula, too long. */
    record Cell(Kind kind, String value, boolean formula, boolean tooLong) {
    }

    /** A non-empty row, 1-based as Excel shows it, with cells by 0-based column. */
    record Row(int number, TreeMap<Integer, Cell> cells) {
    }

    /** Stops the parse: the sheet has more rows than allowed. */
    static final class TooManyRows extends SAXException {
        private static final long serialVersionUID = 1L;

        TooManyRows() {
            super("too many rows");
        }
    }

    /** Stops the parse: the sheet holds more text than any sensible import. */
    static final class TooMuchText extends SAXException {
        private static final long serialVersionUID = 1L;

        TooMuchText() {
            super("too much text");
        }
    }

    static final int MAX_CELL_CHARS = 32_767;
    private static final long MAX_TOTAL_CHARS = 20_000_000;

    private final int maxRows;
    private final IntFunction<String> sharedStrings;
    private final List<Row> rows = new ArrayList<>();
    private final List<int[]> merged = new ArrayList<>();

    private int rowNumber;
    private TreeMap<Integer, Cell> cells;
    private int column;
    private String cellType;
    private boolean formula;
    private boolean inValue;
    private boolean inInlineText;
    private final StringBuilder value = new StringBuilder();
    private boolean tooLong;
    private long totalChars;

    ExcelSheetReader(int maxRows, IntFunction<String> sharedStrings) {
        this.maxRows = maxRows;
        this.sharedStrings = sharedStrings;
    }

    /** @throws TooManyRows when the sheet holds more than {@code maxRows} rows besides the header */
    void read(InputStream sheet) throws Exception {
        var reader = XMLHelper.newXMLReader();
        reader.setContentHandler(this);
        reader.parse(new InputSource(sheet));
    }

    List<Row> rows() {
        return rows;
    }

    /** @return merged ranges as {row, column} of their top-left cell (1-based row, 0-based column) */
    List<int[]> merged() {
        return merged;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        switch (localName) {
            case "dimension" -> {
                String ref = attributes.getValue("ref");
                if (ref != null && ref.contains(":") && rowOf(ref.substring(ref.indexOf(':') + 1)) > maxRows + 1) {
                    throw new TooManyRows();
                }
            }
            case "row" -> {
                String r = attributes.getValue("r");
                rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                cells = new TreeMap<>();
                column = -1;
            }
            case "c" -> {
                String r = attributes.getValue("r");
                column = r == null ? column + 1 : columnOf(r);
                cellType = attributes.getValue("t");
                formula = false;
                tooLong = false;
                value.setLength(0);
            }
            case "f" -> formula = true;
            case "v" -> inValue = true;
            case "t" -> inInlineText = "inlineStr".equals(cellType);
            case "mergeCell" -> {
                String ref = attributes.getValue("ref");
                if (ref != null) {
                    String first = ref.contains(":") ? ref.substring(0, ref.indexOf(':')) : ref;
                    merged.add(new int[] {rowOf(first), columnOf(first)});
                }
            }
            default -> {
                // other elements carry nothing the import reads
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (inValue || inInlineText) {
            totalChars += length;
            if (totalChars > MAX_TOTAL_CHARS) {
                throw new TooMuchText();
            }
            int room = MAX_CELL_CHARS + 1 - value.length();
            if (room < length) {
                tooLong = true;
            }
            value.append(ch, start, Math.max(0, Math.min(room, length)));
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (localName) {
            case "v" -> inValue = false;
            case "t" -> inInlineText = false;
            case "c" -> cells.put(column, cell());
            case "row" -> {
                if (cells.values().stream().anyMatch(c -> c.formula() || !c.value().isBlank())) {
                    rows.add(new Row(rowNumber, cells));
                    if (rows.size() > maxRows + 1) {
                        throw new TooManyRows();
                    }
                }
            }
            default -> {
                // nothing to do
            }
        }
    }

    private Cell cell() {
        String raw = value.toString();
        String type = cellType == null ? "n" : cellType;
        String text = raw;
        Kind kind = Kind.TEXT;
        switch (type) {
            case "s" -> text = raw.isBlank() ? "" : sharedStrings.apply(Integer.parseInt(raw.strip()));
            case "b" -> {
                kind = Kind.BOOLEAN;
                text = "1".equals(raw.strip()) ? "TRUE" : "FALSE";
            }
            case "e" -> kind = Kind.ERROR;
            case "n" -> {
                if (!raw.isBlank()) {
                    kind = Kind.NUMBER;
                    try {
                        text = new BigDecimal(raw.strip()).stripTrailingZeros().toPlainString();
                    } catch (NumberFormatException e) {
                        kind = Kind.ERROR;
                    }
                }
            }
            default -> {
                // str (a formula's text), inlineStr, d (ISO date): text as written
            }
        }
        boolean overLimit = tooLong || text.length() > MAX_CELL_CHARS;
        return new Cell(kind, overLimit ? "" : text, formula, overLimit);
    }

    /** @return the 1-based row of a reference such as {@code AB12} */
    static int rowOf(String ref) {
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            i++;
        }
        try {
            return Integer.parseInt(ref.substring(i));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** @return the 0-based column of a reference such as {@code AB12} */
    static int columnOf(String ref) {
        int column = 0;
        for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
            column = column * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
        }
        return column - 1;
    }

    /** @return the column letters of a 0-based column, e.g. 27 → {@code AB} */
    static String letters(int column) {
        StringBuilder s = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            s.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return s.toString();
    }
}
