package com.example.{{bp.flatName}}.auth;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** {@code app.demo.*}: the one account that exists until users are stored in the database. */
@Validated
@ConfigurationProperties("app.demo")
public record DemoUserProperties(@NotBlank String username, @NotBlank String password) {
}
