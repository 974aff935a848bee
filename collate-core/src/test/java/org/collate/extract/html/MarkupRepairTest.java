package org.collate.extract.html;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkupRepairTest {

    @Test
    void aTitleNeverClosedEndsAtTheFirstLineBreak() {
        String html = "<html><head><title>Council backs library plan - The Courier\n<meta charset=\"utf-8\">"
                + "</head><body><p>Text.</p></body></html>";
        String repaired = MarkupRepair.repair(html);

        assertThat(repaired).contains("<title>Council backs library plan - The Courier</title>\n<meta");
        assertThat(Fixtures.parse(repaired).title()).isEqualTo("Council backs library plan - The Courier");
        assertThat(Fixtures.parse(repaired).body().text()).isEqualTo("Text.");
    }

    @Test
    void aTitleNeverClosedEndsAtTheFirstTag() {
        String repaired = MarkupRepair.repair("<HEAD><TITLE lang=en>Flood waters recede<LINK REL=\"stylesheet\">"
                + "</HEAD><BODY><P>Text.</P></BODY>");

        assertThat(repaired).startsWith("<HEAD><TITLE lang=en>Flood waters recede</title><LINK");
    }

    @Test
    void aClosedTitleIsLeftAlone() {
        String html = "<title>Two\nlines</title><p>Text with a <b>tag</b>.</p>";
        assertThat(MarkupRepair.repair(html)).isSameAs(html);
        String noTitle = "<p>No title at all.</p>";
        assertThat(MarkupRepair.repair(noTitle)).isSameAs(noTitle);
    }

    @Test
    void serverDirectivesBeforeTheMarkupAreDropped() {
        String html = "<%@ Page Language=\"C#\" %>\n<%@ Register TagPrefix=\"uc\" %>\n<html><head><title>Ferry fares"
                + "</title></head><body><p>Text.</p></body></html>";

        assertThat(MarkupRepair.repair(html)).startsWith("\n<html><head>");
        assertThat(Fixtures.parse(MarkupRepair.repair(html)).title()).isEqualTo("Ferry fares");
        assertThat(MarkupRepair.repair("<?php include 'head.php'; ?><html></html>")).isEqualTo("<html></html>");
        String xml = "<?xml version=\"1.0\"?><html></html>";
        assertThat(MarkupRepair.repair(xml)).isSameAs(xml);
        String inText = "<p>Growth was 5<%> of what was hoped %></p>";
        assertThat(MarkupRepair.repair(inText)).isSameAs(inText);
    }
}
