/** Date expressions: absolute dates, months, years, weekdays and relative expressions, resolved where possible. */
package org.collate.analyze.temporal;
