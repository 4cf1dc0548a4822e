package org.xcbir.admin.web.api;

/** The body of every error answer of the API: a message a person can act on. */
public record ApiError(int status, String error) {
}
