package org.kasten.testing;

/**
 * A system property set for a test and put back as it was (set to its old value, or cleared when it had none) on
 * {@link #close}: in a try-with-resources block, or kept in a field from {@code @BeforeEach} to {@code @AfterEach}.
 */
public final class SystemProperty implements AutoCloseable {

    private final String name;
    private final String before;

    private SystemProperty(String name, String before) {
        this.name = name;
        this.before = before;
    }

    /** Sets {@code name} to {@code value} until the returned object is closed. */
    public static SystemProperty set(String name, String value) {
        SystemProperty old = new SystemProperty(name, System.getProperty(name));
        System.setProperty(name, value);
        return old;
    }

    /** Puts the property back as it was before {@link #set}. */
    @Override
    public void close() {
        if (before == null) {
            System.clearProperty(name);
        } else {
            System.setProperty(name, before);
        }
    }
}
