package org.collate.link;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * Terms given whole (the band terms of a signature, the quote word pairs of an article) as a single field's tokens.
 * Added as one string field per term, the fields each went through the indexing chain's per-field work (profiled:
 * most of the cost of indexing a signature's 32 bands); one field with as many tokens indexes the same postings.
 * Reusable: {@link #of} sets the next document's terms.
 */
final class GivenTerms extends TokenStream {

    /** What a {@link org.apache.lucene.document.StringField} indexes: documents only, no norms, no frequencies. */
    static final FieldType TYPE = new FieldType();

    static {
        TYPE.setTokenized(true); // a token stream, not one value; the terms are given, nothing is analysed
        TYPE.setOmitNorms(true);
        TYPE.setIndexOptions(IndexOptions.DOCS);
        TYPE.freeze();
    }

    private final BytesTermAttribute term = addAttribute(BytesTermAttribute.class);
    private BytesRef[] terms = new BytesRef[0];
    private int next;

    /** This stream, set to emit {@code terms} in order. */
    GivenTerms of(BytesRef[] terms) {
        this.terms = terms;
        return this;
    }

    @Override
    public void reset() throws java.io.IOException {
        super.reset();
        next = 0;
    }

    @Override
    public boolean incrementToken() {
        if (next == terms.length) {
            return false;
        }
        clearAttributes();
        term.setBytesRef(terms[next++]);
        return true;
    }
}
