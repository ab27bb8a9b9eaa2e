package svo.store;

/** A failure of the store itself (cannot open, locked, newer schema, SQL error) rather than of the input. */
public class StoreException extends RuntimeException {
    public StoreException(String message) { super(message); }
    public StoreException(String message, Throwable cause) { super(message, cause); }
}
