<?php

namespace Tests\Exercises;

use App\Models\User;
use Illuminate\Foundation\Http\FormRequest;
use Illuminate\Foundation\Testing\RefreshDatabase;
use Illuminate\Support\Facades\Hash;
use Tests\TestCase;

/**
 * Exercise "Sign-up": POST /api/register creates a user and answers with a Sanctum token.
 */
class RegisterUserTest extends TestCase
{
    use RefreshDatabase;

    /** @return array<string, string> */
    private function signUp(array $overrides = []): array
    {
        return array_merge([
            'name' => 'Ada Lovelace',
            'email' => 'ada@example.com',
            'password' => 'analytical-engine-1843',
            'password_confirmation' => 'analytical-engine-1843',
            'device_name' => 'phpunit',
        ], $overrides);
    }

    public function test_signing_up_creates_the_user_and_returns_a_working_token(): void
    {
        $response = $this->postJson('/api/register', $this->signUp());

        $this->assertSame(201, $response->status(), "POST /api/register should answer 201, answered {$response->status()}: "
            .substr($response->content(), 0, 300));
        $this->assertSame('Bearer', $response->json('token_type'), 'answer {"token": "…", "token_type": "Bearer"}, as POST /api/tokens does');
        $this->assertIsString($response->json('token'), 'the 201 should carry the new token as "token"');

        $user = User::where('email', 'ada@example.com')->first();
        $this->assertNotNull($user, 'the user should be saved');
        $this->assertSame('Ada Lovelace', $user->name);
        $this->assertTrue(Hash::check('analytical-engine-1843', $user->password), 'the password should be stored hashed');
        $this->assertDatabaseHas('personal_access_tokens', ['tokenable_id' => $user->id, 'name' => 'phpunit']);

        $this->withToken($response->json('token'))->getJson('/api/user')
            ->assertOk()
            ->assertJsonPath('email', 'ada@example.com');
    }

    public function test_the_validation_lives_in_a_register_user_request(): void
    {
        $class = 'App\\Http\\Requests\\RegisterUserRequest';
        $this->assertTrue(class_exists($class), "{$class} does not exist yet: php artisan make:request RegisterUserRequest");
        $this->assertTrue(is_subclass_of($class, FormRequest::class), "{$class} should extend FormRequest");
    }

    public function test_an_email_can_sign_up_once(): void
    {
        User::factory()->create(['email' => 'ada@example.com']);

        $response = $this->postJson('/api/register', $this->signUp());

        $this->assertSame(422, $response->status(), "signing up with a taken email should answer 422, answered {$response->status()}");
        $this->assertNotEmpty($response->json('errors.email'), 'the 422 should name the field: errors.email');
        $this->assertDatabaseCount('users', 1);
    }

    public function test_weak_or_unconfirmed_passwords_are_refused(): void
    {
        $cases = [
            'shorter than 8 characters' => ['password' => 'abc123', 'password_confirmation' => 'abc123'],
            'without a digit' => ['password' => 'correct-horse', 'password_confirmation' => 'correct-horse'],
            'without a letter' => ['password' => '1234567890', 'password_confirmation' => '1234567890'],
            'not confirmed' => ['password_confirmation' => 'something-else-1'],
        ];
        foreach ($cases as $case => $overrides) {
            $response = $this->postJson('/api/register', $this->signUp($overrides));
            $this->assertSame(422, $response->status(), "a password {$case} should answer 422, answered {$response->status()}");
            $this->assertNotEmpty($response->json('errors.password'), "a password {$case}: the 422 should name errors.password");
        }
        $this->assertDatabaseCount('users', 0);
    }

    public function test_every_field_is_required(): void
    {
        $response = $this->postJson('/api/register', []);

        $this->assertSame(422, $response->status(), "POST /api/register with no fields should answer 422, answered {$response->status()}");
        foreach (['name', 'email', 'password', 'device_name'] as $field) {
            $this->assertNotEmpty($response->json("errors.{$field}"), "the 422 should name the missing field errors.{$field}");
        }
    }
}
