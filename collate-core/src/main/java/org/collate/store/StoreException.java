package org.collate.store;

/** The store cannot be opened or read: its message says which store and why, in one line. */
public final class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
