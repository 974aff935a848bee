package org.collate.link;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * The band terms of one signature as a single field's tokens. Added as one string field per band, the 32 fields each
 * went through the indexing chain's per-field work (profiled: most of the cost of indexing a band); one field with
 * 32 tokens indexes the same postings. Reusable: {@link #of} sets the next document's terms.
 */
final class BandTerms extends TokenStream {

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
    BandTerms of(BytesRef[] terms) {
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
