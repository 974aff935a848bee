package org.collate.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether the process talks to a person at a terminal, or to a log or a pipe. */
final class Terminal {

    private Terminal() {
    }

    static boolean isTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            // JDK 22 and later return a console for redirected streams too; isTerminal() (22+) tells them apart.
            Method m = Console.class.getMethod("isTerminal");
            return (Boolean) m.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // JDK 21: a console exists only for a terminal
        }
    }
}
