package net.safeskill.lms.catalogue.infrastructure.samples;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds small, valid one-page PDF documents with Chinese text (示例 PDF) for demo data and tests. The text uses the
 * standard Adobe CJK font STSong-Light (UniGB-UCS2-H), which PDF viewers supply themselves, so nothing is embedded.
 * Characters outside the Basic Multilingual Plane are left out; lines are wrapped at {@value #LINE_CHARS}
 * characters. The same arguments give the same bytes.
 */
public final class SamplePdf {

    static final int LINE_CHARS = 30;
    private static final int MAX_LINES = 40;

    private SamplePdf() {
    }

    /** A page with a title line and the body wrapped below it. */
    public static byte[] page(String title, String body) {
        List<String> lines = new ArrayList<>();
        lines.add(title);
        for (String paragraph : body.split("\n")) {
            for (int i = 0; i < paragraph.length() && lines.size() < MAX_LINES; i += LINE_CHARS) {
                lines.add(paragraph.substring(i, Math.min(paragraph.length(), i + LINE_CHARS)));
            }
        }
        StringBuilder content = new StringBuilder("BT\n/F1 20 Tf\n50 780 Td\n26 TL\n");
        for (int i = 0; i < lines.size(); i++) {
            if (i == 1) {
                content.append("/F1 14 Tf\n20 TL\n");
            }
            content.append('<').append(ucs2Hex(lines.get(i))).append("> Tj T*\n");
        }
        content.append("ET\n");
        String stream = content.toString();

        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
                        + "/Contents 4 0 R >>",
                "<< /Length " + stream.length() + " >>\nstream\n" + stream + "endstream",
                "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H "
                        + "/DescendantFonts [6 0 R] >>",
                "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) "
                        + "/Ordering (GB1) /Supplement 2 >> /FontDescriptor 7 0 R /DW 1000 >>",
                "<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] "
                        + "/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        offsets.forEach(o -> table.append(String.format("%010d 00000 n \n", o)));
        table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        write(out, table.toString());
        return out.toByteArray();
    }

    private static String ucs2Hex(String text) {
        StringBuilder hex = new StringBuilder();
        text.chars().filter(c -> !Character.isSurrogate((char) c))
                .forEach(c -> hex.append(String.format("%04X", c)));
        return hex.toString();
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }
}
