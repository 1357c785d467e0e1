// Reference solution of java-spring/admin-only-tasks: an admin account, the user's roles as the token's scope
// claim, GET /api/admin/tasks behind @PreAuthorize with method security on, and the learner's own tests for it.
export default ({ flatName }) => {
  const main = `src/main/java/com/example/${flatName}`;
  const test = `src/test/java/com/example/${flatName}`;
  return [
    {
      file: `${main}/auth/AdminUserProperties.java`,
      content: `package com.example.${flatName}.auth;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** {@code app.admin.*}: the account that may see every user's tasks. */
@Validated
@ConfigurationProperties("app.admin")
public record AdminUserProperties(@NotBlank String username, @NotBlank String password) {
}
`,
    },
    {
      file: `${main}/auth/SecurityConfig.java`,
      replace: '@EnableConfigurationProperties({JwtProperties.class, DemoUserProperties.class})\n',
      with: `@EnableConfigurationProperties({JwtProperties.class, DemoUserProperties.class, AdminUserProperties.class})
// Turns on @PreAuthorize: the rule sits on the controller method it protects.
@EnableMethodSecurity
`,
    },
    {
      file: `${main}/auth/SecurityConfig.java`,
      replace: `    UserDetailsService userDetailsService(DemoUserProperties demoUser, PasswordEncoder passwordEncoder) {
        return new InMemoryUserDetailsManager(User.withUsername(demoUser.username())
                .password(passwordEncoder.encode(demoUser.password()))
                .roles("USER")
                .build());
    }`,
      with: `    UserDetailsService userDetailsService(DemoUserProperties demoUser, AdminUserProperties admin,
            PasswordEncoder passwordEncoder) {
        return new InMemoryUserDetailsManager(
                User.withUsername(demoUser.username())
                        .password(passwordEncoder.encode(demoUser.password()))
                        .roles("USER")
                        .build(),
                User.withUsername(admin.username())
                        .password(passwordEncoder.encode(admin.password()))
                        .roles("USER", "ADMIN")
                        .build());
    }`,
    },
    {
      file: `${main}/auth/SecurityConfig.java`,
      replace: 'import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;\n',
      with: `import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
`,
    },
    {
      file: `${main}/auth/TokenService.java`,
      content: `package com.example.${flatName}.auth;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Service;

@Service
public class TokenService {

    private static final String ROLE_PREFIX = "ROLE_";

    private final JwtEncoder encoder;
    private final JwtProperties jwt;

    public TokenService(JwtEncoder encoder, JwtProperties jwt) {
        this.encoder = encoder;
        this.jwt = jwt;
    }

    /** A token for an ordinary user. */
    public TokenResponse issue(String username) {
        return issue(username, List.of(new SimpleGrantedAuthority(ROLE_PREFIX + "USER")));
    }

    /**
     * The roles travel in the scope claim: ROLE_ADMIN becomes "admin". The resource server reads each scope back as
     * an authority, SCOPE_admin, which is what @PreAuthorize checks.
     */
    public TokenResponse issue(String username, Collection<? extends GrantedAuthority> authorities) {
        String scope = authorities.stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(ROLE_PREFIX))
                .map(role -> role.substring(ROLE_PREFIX.length()).toLowerCase(Locale.ROOT))
                .sorted()
                .collect(Collectors.joining(" "));
        Instant now = Instant.now();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(jwt.issuer())
                .issuedAt(now)
                .expiresAt(now.plus(jwt.ttl()))
                .subject(username)
                .claim("scope", scope)
                .build();
        // NimbusJwtEncoder signs with RS256 unless the header names another algorithm.
        JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).build();
        String token = encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
        return new TokenResponse(token, "Bearer", jwt.ttl().toSeconds());
    }
}
`,
    },
    {
      file: `${main}/auth/AuthController.java`,
      replace: '        return tokenService.issue(authentication.getName());',
      with: '        return tokenService.issue(authentication.getName(), authentication.getAuthorities());',
    },
    {
      file: `${main}/task/AdminTaskResponse.java`,
      content: `package com.example.${flatName}.task;

/** A task as administrators see it: with its owner. */
public record AdminTaskResponse(Long id, String owner, String title, boolean done) {

    static AdminTaskResponse from(Task task) {
        return new AdminTaskResponse(task.getId(), task.getOwner(), task.getTitle(), task.isDone());
    }
}
`,
    },
    {
      file: `${main}/task/AdminTaskController.java`,
      content: `package com.example.${flatName}.task;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/admin/tasks")
class AdminTaskController {

    private final TaskService taskService;

    AdminTaskController(TaskService taskService) {
        this.taskService = taskService;
    }

    /** Only tokens with the admin scope; anyone else signed in gets 403. */
    @GetMapping
    @PreAuthorize("hasAuthority('SCOPE_admin')")
    List<AdminTaskResponse> list() {
        return taskService.everyone();
    }
}
`,
    },
    {
      file: `${main}/task/TaskService.java`,
      replace: `    public TaskResponse get(String owner, long id) {`,
      with: `    /** Every user's tasks, for administrators. */
    public List<AdminTaskResponse> everyone() {
        return tasks.findAllByOrderByIdAsc().stream().map(AdminTaskResponse::from).toList();
    }

    public TaskResponse get(String owner, long id) {`,
    },
    {
      file: `${main}/task/TaskService.java`,
      replace: 'import org.springframework.data.domain.Page;\n',
      with: 'import java.util.List;\nimport org.springframework.data.domain.Page;\n',
    },
    {
      file: `${main}/task/TaskRepository.java`,
      replace: '    Optional<Task> findByIdAndOwner(Long id, String owner);\n',
      with: '    Optional<Task> findByIdAndOwner(Long id, String owner);\n\n    List<Task> findAllByOrderByIdAsc();\n',
    },
    {
      file: 'src/main/resources/application.properties',
      replace: 'app.demo.password=demo-password',
      with: `app.demo.password=demo-password
# The admin account (APP_ADMIN_PASSWORD anywhere but your machine): its tokens carry the admin scope.
app.admin.username=admin
app.admin.password=admin-password`,
    },
    {
      file: `${test}/task/AdminTaskControllerTests.java`,
      content: `package com.example.${flatName}.task;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** GET /api/admin/tasks: the token's authorities decide, as the resource server maps them from the scope claim. */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class AdminTaskControllerTests {

    @Autowired
    private MockMvc mvc;

    @Test
    void anAdminSeesEveryUsersTasks() throws Exception {
        mvc.perform(post("/api/tasks").with(jwt().jwt(token -> token.subject("alice")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"title": "Alice's task"}
                                """))
                .andExpect(status().isCreated());

        mvc.perform(get("/api/admin/tasks").with(jwt().authorities(new SimpleGrantedAuthority("SCOPE_admin"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].owner", hasItem("alice")));
    }

    @Test
    void otherUsersAreForbidden() throws Exception {
        mvc.perform(get("/api/admin/tasks").with(jwt().authorities(new SimpleGrantedAuthority("SCOPE_user"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void requestsWithoutATokenAreUnauthorized() throws Exception {
        mvc.perform(get("/api/admin/tasks"))
                .andExpect(status().isUnauthorized());
    }
}
`,
    },
  ];
};
