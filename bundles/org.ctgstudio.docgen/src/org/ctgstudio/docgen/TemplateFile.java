package org.ctgstudio.docgen;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A DOCX or ODT template, read into memory once: its name (for messages), its bytes and the XML parts the engine
 * fills in. Untrusted: a file that is not a readable DOCX/ODT, or that unpacks to more than {@link #MAX_UNPACKED}
 * bytes, is refused with a French message.
 */
public final class TemplateFile {

    /** Templates are small; a larger unpacked size is a damaged file or a zip bomb. */
    public static final long MAX_UNPACKED = 200L * 1024 * 1024;

    private final String name;
    private final byte[] bytes;
    private final boolean docx;
    private final Map<String, byte[]> xmlEntries;
    private final String digest;

    private TemplateFile(String name, byte[] bytes) throws DocumentException {
        this.name = name;
        this.bytes = bytes;
        this.xmlEntries = unzipXml(name, bytes);
        if (xmlEntries.containsKey("word/document.xml")) {
            docx = true;
        } else if (xmlEntries.containsKey("content.xml")) {
            docx = false;
        } else {
            throw new DocumentException(Messages.format("template.notDocument", name));
        }
        this.digest = sha256(bytes);
    }

    public static TemplateFile of(Path file) throws DocumentException {
        try {
            return new TemplateFile(file.getFileName().toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new DocumentException(Messages.format("template.unreadable", file, e.getMessage()), e);
        }
    }

    public static TemplateFile of(String name, byte[] bytes) throws DocumentException {
        return new TemplateFile(name, bytes.clone());
    }

    public static TemplateFile of(String name, InputStream in) throws DocumentException {
        try (in) {
            return new TemplateFile(name, in.readAllBytes());
        } catch (IOException e) {
            throw new DocumentException(Messages.format("template.unreadable", name, e.getMessage()), e);
        }
    }

    public String name() {
        return name;
    }

    public boolean isDocx() {
        return docx;
    }

    /** The output format the template produces as is. */
    public OutputFormat nativeFormat() {
        return docx ? OutputFormat.DOCX : OutputFormat.ODT;
    }

    public InputStream open() {
        return new ByteArrayInputStream(bytes);
    }

    /** A digest of the bytes: two templates with the same digest are the same template. */
    public String digest() {
        return digest;
    }

    /** The XML parts the engine fills in: the body, headers, footers and notes (DOCX), content and styles (ODT). */
    public List<String> contentEntries() {
        List<String> entries = new ArrayList<>();
        for (String entry : xmlEntries.keySet()) {
            boolean content = docx ? entry.startsWith("word/") && (entry.equals("word/document.xml")
                    || entry.matches("word/(header|footer)\\d*\\.xml") || entry.matches("word/(foot|end)notes\\.xml"))
                    : entry.equals("content.xml") || entry.equals("styles.xml");
            if (content) {
                entries.add(entry);
            }
        }
        return entries;
    }

    public byte[] entry(String entryName) {
        return xmlEntries.get(entryName);
    }

    private static Map<String, byte[]> unzipXml(String name, byte[] bytes) throws DocumentException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!entry.getName().toLowerCase(Locale.ROOT).endsWith(".xml")) {
                    continue;
                }
                byte[] content = zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, MAX_UNPACKED - total + 1));
                total += content.length;
                if (total > MAX_UNPACKED) {
                    throw new DocumentException(Messages.format("template.tooLarge", name));
                }
                entries.put(entry.getName(), content);
            }
        } catch (IOException e) {
            throw new DocumentException(Messages.format("template.notDocument", name), e);
        }
        return entries;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
