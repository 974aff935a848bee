package org.collate.extract.html;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RemovalsTest {

    @Test
    void manySiblingsGoAtOnceAndTheRestKeepTheirOrder() {
        StringBuilder html = new StringBuilder("<html><body><div id=\"box\">");
        for (int i = 0; i < 100; i++) {
            html.append("<p>keep ").append(i).append("</p>text ").append(i).append("<span class=\"ad\">ad</span>");
        }
        html.append("</div><p id=\"alone\">x</p><i id=\"one\">y</i></body></html>");
        Element body = Fixtures.parse(html.toString()).body();
        List<Element> gone = new ArrayList<>(body.select("span.ad"));
        gone.add(body.getElementById("one"));

        Removals.removeAll(gone);

        Element box = body.getElementById("box");
        assertThat(box.select("span")).isEmpty();
        assertThat(box.children()).hasSize(100);
        assertThat(box.child(42).text()).isEqualTo("keep 42");
        assertThat(box.text()).startsWith("keep 0 text 0 keep 1 text 1");
        assertThat(body.getElementById("one")).isNull();
        assertThat(body.getElementById("alone")).isNotNull();
        assertThat(gone.get(0).parent()).isNull();
    }
}
