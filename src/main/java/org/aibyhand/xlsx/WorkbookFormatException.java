package org.aibyhand.xlsx;

/**
 * A file that cannot be opened as a workbook. The message is one sentence meant for the person who chose the
 * file (what is wrong with it), so the UI can show it as is; the cause, when there is one, is for the log.
 */
public final class WorkbookFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public WorkbookFormatException(String message) {
        super(message);
    }

    public WorkbookFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
