package org.collate.extract;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentDecoderTest {

    private final DocumentDecoder decoder = new DocumentDecoder();

    @Test
    void emptyAndBlankInputsAreRefused() {
        assertThatThrownBy(() -> decoder.decode(new byte[0], null, null))
                .isInstanceOf(RejectedDocumentException.class).hasMessage("empty file");
        assertThatThrownBy(() -> decoder.decode(" \n\t ".getBytes(StandardCharsets.UTF_8), null, null))
                .hasMessage("holds only white space");
    }

    @Test
    void binaryFormatsAreNamed() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
        assertThatThrownBy(() -> decoder.decode(png, null, null)).hasMessageContaining("PNG image");
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0};
        assertThatThrownBy(() -> decoder.decode(zip, null, null)).hasMessageContaining("zip archive");
        byte[] nul = "text\0with\0nuls".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> decoder.decode(nul, null, null)).hasMessageContaining("NUL bytes");
    }

    @Test
    void metaCharsetIsHonoured() throws Exception {
        String html = "<html><head><meta charset=\"windows-1251\"></head><body><p>Привет, мир</p></body></html>";
        DecodedDocument d = decoder.decode(html.getBytes(Charset.forName("windows-1251")), null, null);
        assertThat(d.text()).contains("Привет, мир");
        assertThat(d.kind()).isEqualTo(DecodedDocument.Kind.HTML);
        assertThat(d.warnings()).isEmpty();
    }

    @Test
    void httpHeaderCharsetBeatsMeta() throws Exception {
        String html = "<html><head><meta charset=\"utf-8\"></head><body><p>café</p></body></html>";
        DecodedDocument d = decoder.decode(html.getBytes(StandardCharsets.ISO_8859_1),
                "text/html; charset=ISO-8859-1", null);
        assertThat(d.text()).contains("café");
    }

    @Test
    void aLatin1DeclarationOnUtf8BytesGivesWay() throws Exception {
        String html = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Søndag i København</p></body></html>";
        DecodedDocument d = decoder.decode(html.getBytes(StandardCharsets.UTF_8), null, null);
        assertThat(d.text()).contains("Søndag i København");
        assertThat(d.charset()).isEqualTo("UTF-8");
        String latin = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Søndag</p></body></html>";
        assertThat(decoder.decode(latin.getBytes(StandardCharsets.ISO_8859_1), null, null).text()).contains("Søndag");
    }

    @Test
    void byteOrderMarkWins() throws Exception {
        byte[] body = "plain text, naïve".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[body.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(body, 0, withBom, 2, body.length);
        DecodedDocument d = decoder.decode(withBom, null, null);
        assertThat(d.text()).isEqualTo("plain text, naïve");
        assertThat(d.kind()).isEqualTo(DecodedDocument.Kind.TEXT);
    }

    @Test
    void undeclaredLatin1IsReadAsWindows1252WithAWarning() throws Exception {
        byte[] latin = "Le café où l'on déjeune près de l'église, à côté du marché".getBytes(StandardCharsets.ISO_8859_1);
        DecodedDocument d = decoder.decode(latin, null, null);
        assertThat(d.text()).contains("café où l'on déjeune");
        assertThat(d.warnings()).singleElement().asString().contains("not valid UTF-8").contains("windows-1252");
    }

    @Test
    void aStrayInvalidByteIsReplacedWithAWarning() throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            sb.append("A long and perfectly ordinary line of reporting text. ");
        }
        byte[] good = sb.toString().getBytes(StandardCharsets.UTF_8);
        good[500] = (byte) 0xC3; // a lead byte followed by ASCII: one malformed sequence
        DecodedDocument d = decoder.decode(good, null, null);
        assertThat(d.text()).contains("\uFFFD");
        assertThat(d.warnings()).singleElement().asString().startsWith("1 invalid UTF-8 byte sequence replaced");
    }

    @Test
    void htmlIsToldFromTextByContent() {
        assertThat(DocumentDecoder.sniffKind("<!DOCTYPE html><html><body>x</body></html>"))
                .isEqualTo(DecodedDocument.Kind.HTML);
        assertThat(DocumentDecoder.sniffKind("  <div class=a><p>hello</p></div>")).isEqualTo(DecodedDocument.Kind.HTML);
        assertThat(DocumentDecoder.sniffKind("The ratio was 3 < 4 and the <b> tag was mentioned once."))
                .isEqualTo(DecodedDocument.Kind.TEXT);
    }

    /** A head of the kind old pages carried: kilobytes of inline script before the first tag of the body. */
    private static String longHead() {
        StringBuilder b = new StringBuilder("<script language=\"JavaScript\">\n");
        for (int i = 0; i < 80; i++) {
            b.append("var menu_").append(i).append(" = new Array(\"/section").append(i).append("/index.html\");\n");
        }
        return b.append("</script>\n").toString();
    }

    private static final String PAGE_BODY = "<body><table><tr><td><font size=\"2\">The ferry fares rise in January."
            + "<br><br>Riders said they were not surprised.</font></td></tr></table></body></html>";

    @Test
    void aPageAfterAServerTagIsHtml() throws Exception {
        String html = "<%@ Page Language=\"C#\" CodeFile=\"story.aspx.cs\" %>\n<html>\n<head>\n<title>Fares</title>\n"
                + longHead() + "</head>\n" + PAGE_BODY;
        assertThat(html.indexOf("<table")).isGreaterThan(4096);

        assertThat(decoder.decode(html.getBytes(StandardCharsets.UTF_8), null, null).kind())
                .isEqualTo(DecodedDocument.Kind.HTML);
    }

    @Test
    void aPageWithADamagedDoctypeIsHtml() throws Exception {
        String html = "<!DOCTY\u001a\u001aPE HTML PUBLIC \"-//W3C//DTD HTML 4.0 Transitional//EN\"\n<html><head>"
                + longHead() + "</head>" + PAGE_BODY;
        assertThat(decoder.decode(html.getBytes(StandardCharsets.UTF_8), null, null).kind())
                .isEqualTo(DecodedDocument.Kind.HTML);
        // Bytes lost before the doctype: the page's own structure still shows in its first kilobytes.
        String cut = "TYPE HTML PUBLIC \"-//W3C//DTD HTML 4.0//EN\">\n<html><head><title>Fares</title>" + longHead()
                + "</head>" + PAGE_BODY;
        assertThat(decoder.decode(cut.getBytes(StandardCharsets.UTF_8), null, null).kind())
                .isEqualTo(DecodedDocument.Kind.HTML);
    }

    @Test
    void textThatMentionsOneTagIsStillText() throws Exception {
        String text = "How to build a web page\n\nEvery page starts with <html> and ends with its closing tag. In"
                + " between, the browser reads what it is told.";
        assertThat(decoder.decode(text.getBytes(StandardCharsets.UTF_8), null, null).kind())
                .isEqualTo(DecodedDocument.Kind.TEXT);
    }
}
