package com.example.{{bp.flatName}}.auth;

import java.time.Instant;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Service;

@Service
public class TokenService {

    private final JwtEncoder encoder;
    private final JwtProperties jwt;

    public TokenService(JwtEncoder encoder, JwtProperties jwt) {
        this.encoder = encoder;
        this.jwt = jwt;
    }

    public TokenResponse issue(String username) {
        Instant now = Instant.now();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(jwt.issuer())
                .issuedAt(now)
                .expiresAt(now.plus(jwt.ttl()))
                .subject(username)
                .build();
        // NimbusJwtEncoder signs with RS256 unless the header names another algorithm.
        JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).build();
        String token = encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
        return new TokenResponse(token, "Bearer", jwt.ttl().toSeconds());
    }
}
