package net.safeskill.lms.catalogue.infrastructure.demo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a small, valid one-page PDF with Chinese text, for demo lessons. It uses the standard Adobe-GB1 CID font
 * {@code STSong-Light} with the {@code UniGB-UCS2-H} encoding, which PDF viewers provide themselves, so nothing is
 * embedded and no font has to exist on the server.
 */
public final class DemoPdf {

    private DemoPdf() {
    }

    public static byte[] write(String title, List<String> lines) {
        StringBuilder content = new StringBuilder("BT /F1 20 Tf 56 780 Td <").append(hex(title)).append("> Tj ET\n");
        int y = 740;
        for (String line : lines) {
            content.append("BT /F1 12 Tf 56 ").append(y).append(" Td <").append(hex(line)).append("> Tj ET\n");
            y -= 22;
        }
        byte[] stream = content.toString().getBytes(StandardCharsets.US_ASCII);
        List<String> objects = new ArrayList<>();
        objects.add("<< /Type /Catalog /Pages 2 0 R >>");
        objects.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
                + "/Contents 4 0 R >>");
        objects.add("<< /Length " + stream.length + " >>\nstream\n" + new String(stream, StandardCharsets.US_ASCII)
                + "endstream");
        objects.add("<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H "
                + "/DescendantFonts [6 0 R] >>");
        objects.add("<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
                + "/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R >>");
        objects.add("<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] "
                + "/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            table.append(String.format("%010d 00000 n \n", offset));
        }
        table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        write(out, table.toString());
        return out.toByteArray();
    }

    private static String hex(String text) {
        StringBuilder hex = new StringBuilder();
        for (char c : text.toCharArray()) {
            hex.append(String.format("%04X", (int) c));
        }
        return hex.toString();
    }

    private static void write(ByteArrayOutputStream out, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.ISO_8859_1);
        out.write(bytes, 0, bytes.length);
    }
}
