/** Quantities: numbers in digits and words, percentages, money and vague amounts, with the noun they count. */
package org.collate.analyze.quantity;
