/** The HTTP API and web pages over a story store ({@code collate serve}). */
package org.collate.serve;
