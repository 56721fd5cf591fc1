package org.kasten.app;

/** The vault (or a note asked for) cannot be read; the message is one clear line for the user. */
public class VaultException extends Exception {
    public VaultException(String message) {
        super(message);
    }

    public VaultException(String message, Throwable cause) {
        super(message, cause);
    }
}
