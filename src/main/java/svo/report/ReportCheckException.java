package svo.report;

/**
 * The report failed its own checks (a figure quoted twice with two values, a sentence that disagrees with its
 * table): nothing is written, and the message says which figures disagree and where.
 */
public class ReportCheckException extends RuntimeException {
    public ReportCheckException(String message) {
        super(message);
    }
}
