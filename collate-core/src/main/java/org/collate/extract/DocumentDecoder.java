package org.collate.extract;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a document's bytes: refuses empty and binary content, tells HTML from plain text by content, and picks
 * the charset the way browsers do (WHATWG encoding sniffing, simplified): byte-order mark, then the HTTP
 * {@code Content-Type} charset, then {@code <meta charset>} or {@code http-equiv} in the first 4 KB, then UTF-8.
 *
 * <p>A declared single-byte charset gives way when the bytes are valid multi-byte UTF-8 (a template's Latin-1
 * default left on a UTF-8 page). Undeclared bytes that are not valid UTF-8 are still read rather than lost: a handful of stray bytes become
 * U+FFFD, and anything more is read as windows-1252 (the WHATWG fallback for undeclared legacy pages); either way
 * the result carries a warning that names the repair.
 */
public final class DocumentDecoder {

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_CHARSET = Pattern.compile(
            "charset\\s*=\\s*[\"']?([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
    /**
     * Markup at the start of the text. Comments, server-side directives left in the page ({@code <%@ Page … %>},
     * {@code <?php … ?>}) may come first; a doctype damaged in transit ({@code <!DOCTY} followed by stray bytes) still
     * starts like one.
     */
    private static final Pattern HTML_START = Pattern.compile(
            "^\\s*(<!--.*?-->\\s*|<%.*?%>\\s*|<\\?(?!xml).*?\\?>\\s*)*(<\\?xml[^>]*>\\s*)?"
                    + "(<!doc|<html|<head|<body|<meta|<title|<article"
                    + "|<div|<p[\\s>]|<link|<script|<style|<!--)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** The document's own structure: a page has at least two of these, wherever its head ends. */
    private static final Pattern STRUCTURE_TAG = Pattern.compile("<(html|head|body|title)[\\s>]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_TAG = Pattern.compile(
            "</?(p|div|br|a|span|h[1-6]|article|section|body|html|li|ul|table|img)(\\s[^<>]*)?/?>",
            Pattern.CASE_INSENSITIVE);

    /** Stray invalid bytes up to this share of the input are replaced rather than re-read as windows-1252. */
    private static final double STRAY_INVALID_SHARE = 0.001;

    /**
     * Decodes {@code bytes}.
     *
     * @param contentType   an HTTP {@code Content-Type} value, or null
     * @param declaredKind  the kind the container declared (JSON Lines {@code html}/{@code text}), or null to sniff
     */
    public DecodedDocument decode(byte[] bytes, String contentType, DecodedDocument.Kind declaredKind)
            throws RejectedDocumentException {
        if (bytes.length == 0) {
            throw new RejectedDocumentException("empty file");
        }
        List<String> warnings = new ArrayList<>();
        Bom bom = Bom.of(bytes);
        if (bom == null) {
            String binary = BinarySniffer.describe(bytes);
            if (binary != null) {
                throw new RejectedDocumentException("binary content (" + binary + "), not an article");
            }
        }
        Charset charset;
        int offset = 0;
        String text;
        if (bom != null) {
            charset = bom.charset;
            offset = bom.length;
            text = new String(bytes, offset, bytes.length - offset, charset);
        } else {
            Charset declared = charsetFromHeader(contentType);
            if (declared == null && declaredKind != DecodedDocument.Kind.TEXT) {
                declared = charsetFromMeta(bytes);
            }
            if (declared != null && isSingleByte(declared) && isMultiByteUtf8(bytes)) {
                // Pages that declare Latin-1 but are saved as UTF-8 are common (a template's default left in
                // place); valid multi-byte UTF-8 is practically never an accident in a single-byte charset.
                charset = StandardCharsets.UTF_8;
                text = new String(bytes, charset);
            } else if (declared != null) {
                charset = declared;
                text = new String(bytes, charset);
            } else {
                charset = StandardCharsets.UTF_8;
                text = decodeUndeclared(bytes, warnings);
                if (!warnings.isEmpty() && warnings.get(warnings.size() - 1).contains("windows-1252")) {
                    charset = Charset.forName("windows-1252");
                }
            }
        }
        if (text.isBlank()) {
            throw new RejectedDocumentException("holds only white space");
        }
        DecodedDocument.Kind kind = declaredKind != null ? declaredKind : sniffKind(text);
        return new DecodedDocument(text, kind, charset.name(), warnings);
    }

    /** Strict UTF-8 first; then stray bytes replaced, or the whole read as windows-1252. */
    private static String decodeUndeclared(byte[] bytes, List<String> warnings) {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return strict.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int invalid = countMalformedUtf8(bytes);
            if (invalid <= Math.max(1, bytes.length * STRAY_INVALID_SHARE)) {
                warnings.add(invalid + " invalid UTF-8 byte sequence" + (invalid == 1 ? "" : "s")
                        + " replaced with U+FFFD (no charset declared)");
                return new String(bytes, StandardCharsets.UTF_8);
            }
            warnings.add("not valid UTF-8 (" + invalid + " invalid byte sequences) and no charset declared:"
                    + " read as windows-1252");
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    private static boolean isSingleByte(Charset charset) {
        return charset.newEncoder().maxBytesPerChar() <= 1.0f;
    }

    /** Valid UTF-8 with at least one multi-byte sequence. */
    static boolean isMultiByteUtf8(byte[] bytes) {
        boolean multi = false;
        for (byte b : bytes) {
            if (b < 0) {
                multi = true;
                break;
            }
        }
        if (!multi) {
            return false;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    static int countMalformedUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        int count = 0;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                count++;
                in.position(in.position() + result.length());
            } else if (result.isOverflow()) {
                out.clear();
            } else {
                break;
            }
        }
        return count;
    }

    static Charset charsetFromHeader(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = HEADER_CHARSET.matcher(contentType);
        return m.find() ? charsetNamed(m.group(1)) : null;
    }

    static Charset charsetFromMeta(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        Charset charset = charsetNamed(m.group(1));
        // A page that says UTF-16 in ASCII bytes cannot be UTF-16 (WHATWG: treat as UTF-8).
        if (charset != null && charset.name().startsWith("UTF-16")) {
            return StandardCharsets.UTF_8;
        }
        // WHATWG maps the Latin-1 labels to windows-1252, which is what such pages really use.
        if (charset != null && (charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII))) {
            return Charset.forName("windows-1252");
        }
        return charset;
    }

    private static Charset charsetNamed(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (n.equals("utf8")) {
            n = "utf-8";
        }
        try {
            return Charset.forName(n);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    static DecodedDocument.Kind sniffKind(String text) {
        String head = text.length() > 4096 ? text.substring(0, 4096) : text;
        if (HTML_START.matcher(head).find() || structureTags(text) >= 2) {
            return DecodedDocument.Kind.HTML;
        }
        Matcher m = HTML_TAG.matcher(head);
        int tags = 0;
        while (m.find() && tags < 5) {
            tags++;
        }
        return tags >= 5 ? DecodedDocument.Kind.HTML : DecodedDocument.Kind.TEXT;
    }

    /**
     * How many of {@code <html>}, {@code <head>}, {@code <body>} and {@code <title>} open in the first 16 KB: a page
     * that starts with something else (a server tag, a damaged doctype, stray bytes) and spends its first kilobytes
     * on scripts and styles is still a page.
     */
    private static int structureTags(String text) {
        Matcher m = STRUCTURE_TAG.matcher(text);
        m.region(0, Math.min(text.length(), 16_384));
        Set<String> seen = new HashSet<>();
        while (m.find() && seen.size() < 2) {
            seen.add(m.group(1).toLowerCase(Locale.ROOT));
        }
        return seen.size();
    }

    private record Bom(Charset charset, int length) {
        static Bom of(byte[] b) {
            if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
                return new Bom(StandardCharsets.UTF_8, 3);
            }
            if (b.length >= 4 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE && b[2] == 0 && b[3] == 0) {
                return new Bom(Charset.forName("UTF-32LE"), 4);
            }
            if (b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xFE && (b[3] & 0xff) == 0xFF) {
                return new Bom(Charset.forName("UTF-32BE"), 4);
            }
            if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
                return new Bom(StandardCharsets.UTF_16LE, 2);
            }
            if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
                return new Bom(StandardCharsets.UTF_16BE, 2);
            }
            return null;
        }
    }
}
