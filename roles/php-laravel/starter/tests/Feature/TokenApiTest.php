<?php

namespace Tests\Feature;

use App\Models\User;
use Illuminate\Foundation\Testing\RefreshDatabase;
use Tests\TestCase;

class TokenApiTest extends TestCase
{
    use RefreshDatabase;

    public function test_a_user_exchanges_valid_credentials_for_a_working_token(): void
    {
        $user = User::factory()->create(['email' => 'ada@example.com']);

        $response = $this->postJson('/api/tokens', [
            'email' => 'ada@example.com',
            'password' => 'password',
            'device_name' => 'phpunit',
        ]);

        $response->assertCreated()->assertJsonPath('token_type', 'Bearer');
        $this->assertDatabaseHas('personal_access_tokens', [
            'tokenable_id' => $user->id,
            'name' => 'phpunit',
        ]);

        $this->withToken($response->json('token'))
            ->getJson('/api/user')
            ->assertOk()
            ->assertJsonPath('email', 'ada@example.com')
            ->assertJsonMissingPath('password');
    }

    public function test_a_wrong_password_is_a_validation_error_and_issues_no_token(): void
    {
        User::factory()->create(['email' => 'ada@example.com']);

        $this->postJson('/api/tokens', [
            'email' => 'ada@example.com',
            'password' => 'not-the-password',
            'device_name' => 'phpunit',
        ])->assertUnprocessable()->assertJsonValidationErrors('email');

        $this->assertDatabaseCount('personal_access_tokens', 0);
    }

    public function test_every_field_is_required(): void
    {
        $this->postJson('/api/tokens', [])
            ->assertUnprocessable()
            ->assertJsonValidationErrors(['email', 'password', 'device_name']);
    }

    public function test_token_requests_are_rate_limited(): void
    {
        $attempt = ['email' => 'nobody@example.com', 'password' => 'guess', 'device_name' => 'phpunit'];

        for ($i = 0; $i < 6; $i++) {
            $this->postJson('/api/tokens', $attempt)->assertUnprocessable();
        }

        $this->postJson('/api/tokens', $attempt)->assertTooManyRequests();
    }

    public function test_a_revoked_token_no_longer_authenticates(): void
    {
        $token = User::factory()->create()->createToken('phpunit')->plainTextToken;

        $this->withToken($token)->deleteJson('/api/tokens/current')->assertNoContent();
        $this->assertDatabaseCount('personal_access_tokens', 0);

        // The test client keeps the signed-in user between requests; forget it, as a new request would.
        $this->app['auth']->forgetGuards();

        $this->withToken($token)->getJson('/api/user')->assertUnauthorized();
    }

    public function test_tokens_expire_after_a_week(): void
    {
        $token = User::factory()->create()->createToken('phpunit')->plainTextToken;

        $this->travel(8)->days();

        $this->withToken($token)->getJson('/api/user')->assertUnauthorized();
    }

    public function test_guests_get_a_json_401_even_without_an_accept_header(): void
    {
        $this->get('/api/user')
            ->assertUnauthorized()
            ->assertJsonPath('message', 'Unauthenticated.');
    }
}
