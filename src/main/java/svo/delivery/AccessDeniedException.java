package svo.delivery;

/**
 * A viewer asked for something that is not theirs (a provider and another provider's intervention). The web answers
 * 403 and audits it; the message names the intervention's owner only to those who may know it, so it says just
 * what was refused.
 */
public final class AccessDeniedException extends RuntimeException {
    public AccessDeniedException(String message) {
        super(message);
    }
}
