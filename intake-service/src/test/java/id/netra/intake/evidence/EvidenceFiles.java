package id.netra.intake.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small files of each kind, built from their magic bytes, for the evidence tests. */
public final class EvidenceFiles {

    private EvidenceFiles() {
    }

    public static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** A PDF no other call sends: a comment after its end makes its SHA-256 its own. */
    public static byte[] uniquePdf() {
        return concat(pdf(), ("% " + UUID.randomUUID() + "\n").getBytes(StandardCharsets.US_ASCII));
    }

    public static byte[] png() {
        return concat(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A }, "IHDR-pixels".getBytes());
    }

    public static byte[] jpeg() {
        return concat(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 }, "JFIF-pixels".getBytes());
    }

    public static byte[] mp4() {
        return concat(new byte[] { 0, 0, 0, 0x18 }, "ftypisom\0\0\2\0isommp41".getBytes(StandardCharsets.ISO_8859_1));
    }

    public static byte[] quicktime() {
        return concat(new byte[] { 0, 0, 0, 0x14 }, "ftypqt  \0\0\2\0qt  ".getBytes(StandardCharsets.ISO_8859_1));
    }

    public static byte[] docx() {
        return zip(Map.of("[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>"), false);
    }

    public static byte[] xlsx() {
        return zip(Map.of("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<workbook/>"), false);
    }

    public static byte[] odt() {
        return zip(Map.of("mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<office/>"), true);
    }

    /** A zip that is no document: refused although it is a well-formed zip. */
    public static byte[] plainZip() {
        return zip(Map.of("readme.txt", "hello"), false);
    }

    public static byte[] html() {
        return "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] exe() {
        return concat("MZ".getBytes(), new byte[64]);
    }

    /** A file of exactly {@code size} bytes that is a valid PDF by its start. */
    public static byte[] pdfOfSize(int size) {
        byte[] bytes = Arrays.copyOf(pdf(), size);
        Arrays.fill(bytes, pdf().length, size, (byte) ' ');
        return bytes;
    }

    private static byte[] zip(Map<String, String> entries, boolean mimetypeFirstStored) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            if (mimetypeFirstStored && entries.containsKey("mimetype")) {
                byte[] content = entries.get("mimetype").getBytes(StandardCharsets.US_ASCII);
                ZipEntry entry = new ZipEntry("mimetype");
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(content.length);
                CRC32 crc = new CRC32();
                crc.update(content);
                entry.setCrc(crc.getValue());
                zip.putNextEntry(entry);
                zip.write(content);
                zip.closeEntry();
            }
            for (Map.Entry<String, String> file : entries.entrySet()) {
                if (mimetypeFirstStored && file.getKey().equals("mimetype")) {
                    continue;
                }
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
