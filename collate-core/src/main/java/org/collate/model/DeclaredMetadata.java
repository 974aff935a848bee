package org.collate.model;

/**
 * What a container said about a document before anyone looked at its content. Every field may be null.
 * Extraction keeps these values unless the page itself contradicts them.
 *
 * @param id          an identifier the input supplied (JSON Lines {@code id})
 * @param url         the document's URL
 * @param title       a title given beside the content
 * @param published   the publication date or time as given (ISO-8601 or any common form)
 * @param outlet      the publisher's name
 * @param contentType an HTTP {@code Content-Type} header value, which may name a charset
 * @param format      {@code "html"} or {@code "text"} when the container says which it is (JSON Lines fields)
 */
public record DeclaredMetadata(String id, String url, String title, String published, String outlet,
                               String contentType, String format) {
    public static final DeclaredMetadata NONE = new DeclaredMetadata(null, null, null, null, null, null, null);

    public DeclaredMetadata withContentType(String value) {
        return new DeclaredMetadata(id, url, title, published, outlet, value, format);
    }
}
