package com.example.{{bp.flatName}}.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code app.jwt.*} from application.properties. Validated at startup, so a missing or short secret stops the
 * application instead of producing tokens anyone could forge.
 */
@Validated
@ConfigurationProperties("app.jwt")
public record JwtProperties(
        @NotBlank @Size(min = 32, message = "must be at least 32 characters long (HS256 needs a 256-bit key)")
        String secret,
        @NotBlank String issuer,
        @NotNull Duration ttl) {

    /** The same key signs tokens and verifies them (HMAC-SHA256, a symmetric algorithm). */
    SecretKey secretKey() {
        return new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }
}
