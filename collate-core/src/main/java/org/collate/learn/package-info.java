/**
 * The shipped choice models' common part: a table of feature weights that picks one candidate among several (a
 * conditional logit), read from and written to a text file. The stages that choose with it ({@code extract.date},
 * {@code analyze.quote}) say what the features are; training lives outside the product.
 */
package org.collate.learn;
