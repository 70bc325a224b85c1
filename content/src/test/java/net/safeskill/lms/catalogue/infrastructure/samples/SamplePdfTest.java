package net.safeskill.lms.catalogue.infrastructure.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import net.safeskill.lms.catalogue.domain.model.upload.InspectedUpload;
import net.safeskill.lms.catalogue.domain.model.upload.UploadInspector;
import net.safeskill.lms.catalogue.domain.model.upload.UploadKind;
import net.safeskill.lms.catalogue.domain.model.upload.UploadLimits;

class SamplePdfTest {

    @Test
    void aSamplePassesTheUploadInspectionAndHasAConsistentXref(@TempDir Path dir) throws Exception {
        byte[] pdf = SamplePdf.page("动火作业事故案例", "检修人员未办理动火作业票。".repeat(10));
        Path file = dir.resolve("case.pdf");
        Files.write(file, pdf);
        InspectedUpload inspected = new UploadInspector(UploadLimits.defaults())
                .inspect(UploadKind.DOCUMENT, "case.pdf", "application/pdf", file);
        assertEquals("application/pdf", inspected.mediaType());

        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int startxref = Integer.parseInt(text.substring(text.lastIndexOf("startxref") + 10, text.lastIndexOf("\n%%EOF")).strip());
        assertTrue(text.startsWith("xref", startxref), "startxref points at the table");
        int first = text.indexOf("1 0 obj");
        assertTrue(text.contains(String.format("%010d 00000 n", first)), "object 1's offset is in the table");
        assertTrue(text.contains("<52A8706B4F5C4E1A4E8B654568484F8B>"), "the title in UCS-2 (动火作业事故案例)");
        assertArrayEquals(pdf, SamplePdf.page("动火作业事故案例", "检修人员未办理动火作业票。".repeat(10)));
    }
}
