package svo.security;

import java.time.LocalDateTime;

/** A user account as the rest of the product sees it (never with its password hash). */
public record User(long id, String username, String displayName, Role role, String organisation, boolean disabled,
                   LocalDateTime createdAt, LocalDateTime passwordChangedAt) {
}
