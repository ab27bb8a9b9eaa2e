package svo.web;

/** What a request can run into besides bad input; {@link Errors} turns each into one status and page. */
final class Problems {
    private Problems() {}

    /** 401 for the API, a redirect to the sign-in form for pages. */
    static final class NotSignedIn extends RuntimeException {
        NotSignedIn() {
            super("sign in first");
        }
    }

    /** 403: signed in, but the role may not do this, or the request lacks its CSRF token. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    /** 404 with a message that says what was not found. */
    static final class Missing extends RuntimeException {
        Missing(String message) {
            super(message);
        }
    }

    /** 405: only GET and POST are served. */
    static final class MethodNotServed extends RuntimeException {
        MethodNotServed(String method) {
            super(method + " is not served here: pages and the API use GET and POST only.");
        }
    }

    /** 503: too much work queued; try again. */
    static final class Busy extends RuntimeException {
        Busy(String message) {
            super(message);
        }
    }

    /** 413: an upload over the size limit. */
    static final class TooLarge extends RuntimeException {
        TooLarge(String message) {
            super(message);
        }
    }
}
