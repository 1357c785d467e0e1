package com.example.{{bp.flatName}}.auth;

/** {@code expiresIn} is in seconds, as in OAuth 2 token responses. */
public record TokenResponse(String accessToken, String tokenType, long expiresIn) {
}
