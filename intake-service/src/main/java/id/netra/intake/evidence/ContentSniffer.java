package id.netra.intake.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Tells a file's type from its own bytes (magic numbers, and for zip containers the parts inside), never from the
 * declared Content-Type or the file name, which the sender controls.
 */
final class ContentSniffer {

    private static final int HEAD = 32;
    /** ISO base media brands of video; still-image brands (HEIC, AVIF) are not accepted as video. */
    private static final Set<String> VIDEO_BRANDS = Set.of("isom", "iso2", "iso3", "iso4", "iso5", "iso6", "mp41",
            "mp42", "avc1", "M4V ", "M4VH", "M4VP", "dash", "3gp4", "3gp5", "3gp6", "3g2a", "MSNV", "f4v ");
    private static final String ODT_MIMETYPE = "application/vnd.oasis.opendocument.text";

    private ContentSniffer() {
    }

    static Optional<EvidenceType> detect(Path file) throws IOException {
        byte[] head = new byte[HEAD];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, HEAD);
        }
        head = Arrays.copyOf(head, read);
        if (startsWith(head, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(EvidenceType.JPEG);
        }
        if (startsWith(head, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(EvidenceType.PNG);
        }
        if (ascii(head, 0, "GIF87a") || ascii(head, 0, "GIF89a")) {
            return Optional.of(EvidenceType.GIF);
        }
        if (ascii(head, 0, "RIFF") && ascii(head, 8, "WEBP")) {
            return Optional.of(EvidenceType.WEBP);
        }
        if (ascii(head, 0, "%PDF-")) {
            return Optional.of(EvidenceType.PDF);
        }
        if (ascii(head, 4, "ftyp") && head.length >= 12) {
            String brand = new String(head, 8, 4, StandardCharsets.ISO_8859_1);
            if ("qt  ".equals(brand)) {
                return Optional.of(EvidenceType.QUICKTIME);
            }
            return VIDEO_BRANDS.contains(brand) ? Optional.of(EvidenceType.MP4) : Optional.empty();
        }
        if (startsWith(head, 0, 'P', 'K', 3, 4)) {
            return office(file);
        }
        return Optional.empty();
    }

    /** A zip is only accepted as a document format whose required parts it holds; any other zip is refused. */
    private static Optional<EvidenceType> office(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("[Content_Types].xml") != null) {
                if (zip.getEntry("word/document.xml") != null) {
                    return Optional.of(EvidenceType.DOCX);
                }
                if (zip.getEntry("xl/workbook.xml") != null) {
                    return Optional.of(EvidenceType.XLSX);
                }
                return Optional.empty();
            }
            ZipEntry mimetype = zip.getEntry("mimetype");
            if (mimetype != null && mimetype.getSize() >= 0 && mimetype.getSize() < 100) {
                try (InputStream in = zip.getInputStream(mimetype)) {
                    String declared = new String(in.readNBytes(100), StandardCharsets.US_ASCII).trim();
                    return ODT_MIMETYPE.equals(declared) ? Optional.of(EvidenceType.ODT) : Optional.empty();
                }
            }
            return Optional.empty();
        } catch (ZipException e) {
            // starts like a zip but is not a readable one
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] bytes, int offset, int... expected) {
        if (bytes.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((bytes[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean ascii(byte[] bytes, int offset, String expected) {
        return startsWith(bytes, offset, expected.chars().toArray());
    }
}
