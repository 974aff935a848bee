/**
 * What users read: the JSON documents (Jackson) and the plain-text views of Collate's records. The CLI and the
 * HTTP API both render through here, so a field has one name and one format everywhere.
 */
package org.collate.output;
