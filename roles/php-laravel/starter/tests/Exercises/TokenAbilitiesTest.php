<?php

namespace Tests\Exercises;

use App\Models\Task;
use App\Models\User;
use Illuminate\Foundation\Testing\RefreshDatabase;
use Laravel\Sanctum\Sanctum;
use Tests\TestCase;

/**
 * Exercise "Read-only tokens": token abilities checked by Sanctum's middleware, and 404 for other users' tasks.
 */
class TokenAbilitiesTest extends TestCase
{
    use RefreshDatabase;

    private function issueToken(array $fields = []): string
    {
        $response = $this->postJson('/api/tokens', array_merge(
            ['email' => 'ada@example.com', 'password' => 'password', 'device_name' => 'phpunit'],
            $fields,
        ));
        $this->assertSame(201, $response->status(), 'POST /api/tokens answered '.$response->status().': '.substr($response->content(), 0, 300));

        return $response->json('token');
    }

    public function test_a_token_can_be_limited_to_reading(): void
    {
        $user = User::factory()->create(['email' => 'ada@example.com']);
        $task = Task::factory()->for($user)->create();

        $token = $this->issueToken(['abilities' => ['tasks:read']]);

        $this->assertSame(['tasks:read'], $user->tokens()->first()->abilities,
            'POST /api/tokens should give the token the abilities asked for (createToken($name, $abilities))');
        $this->assertSame(200, $this->withToken($token)->getJson('/api/tasks')->status(), 'a tasks:read token should list tasks');
        $this->assertSame(200, $this->withToken($token)->getJson("/api/tasks/{$task->id}")->status(), 'a tasks:read token should read a task');
        $this->assertSame(403, $this->withToken($token)->postJson('/api/tasks', ['title' => 'x'])->status(),
            'a tasks:read token should get a 403 from POST /api/tasks (it needs tasks:write)');
        $this->assertSame(403, $this->withToken($token)->patchJson("/api/tasks/{$task->id}", ['title' => 'x'])->status(),
            'a tasks:read token should get a 403 from PATCH /api/tasks/{id}');
        $this->assertSame(403, $this->withToken($token)->deleteJson("/api/tasks/{$task->id}")->status(),
            'a tasks:read token should get a 403 from DELETE /api/tasks/{id}');
        $this->assertModelExists($task);
    }

    public function test_a_token_asked_for_without_abilities_may_read_and_write(): void
    {
        User::factory()->create(['email' => 'ada@example.com']);

        $token = $this->issueToken();

        $this->assertSame(201, $this->withToken($token)->postJson('/api/tasks', ['title' => 'Mine'])->status(),
            'a token asked for without abilities should be able to write tasks');
        $this->assertSame(200, $this->withToken($token)->getJson('/api/tasks')->status(),
            'a token asked for without abilities should be able to read tasks');
    }

    public function test_only_known_abilities_can_be_asked_for(): void
    {
        User::factory()->create(['email' => 'ada@example.com']);
        $base = ['email' => 'ada@example.com', 'password' => 'password', 'device_name' => 'phpunit'];

        $unknown = $this->postJson('/api/tokens', $base + ['abilities' => ['tasks:read', 'admin']]);
        $this->assertSame(422, $unknown->status(), "abilities [\"tasks:read\", \"admin\"] should answer 422, answered {$unknown->status()}");
        $this->assertNotEmpty($unknown->json('errors')['abilities.1'] ?? null, 'the 422 should name the unknown one: errors["abilities.1"]');

        $notAList = $this->postJson('/api/tokens', $base + ['abilities' => 'tasks:read']);
        $this->assertSame(422, $notAList->status(), 'abilities that is not a list should answer 422');
        $this->assertNotEmpty($notAList->json('errors.abilities'), 'the 422 should name errors.abilities');

        $this->assertDatabaseCount('personal_access_tokens', 0);
    }

    public function test_task_routes_ask_for_the_right_ability(): void
    {
        $user = User::factory()->create();

        Sanctum::actingAs($user, ['tasks:write']);
        $this->assertSame(201, $this->postJson('/api/tasks', ['title' => 'Blind write'])->status(),
            'a tasks:write token should create tasks');
        $this->assertSame(403, $this->getJson('/api/tasks')->status(),
            'GET /api/tasks should need tasks:read: a tasks:write token should get a 403');

        Sanctum::actingAs($user, ['tasks:read']);
        $this->assertSame(200, $this->getJson('/api/tasks')->status(), 'a tasks:read token should list tasks');
        $this->assertSame(403, $this->postJson('/api/tasks', ['title' => 'x'])->status(),
            'POST /api/tasks should need tasks:write: a tasks:read token should get a 403');
    }

    public function test_another_users_task_is_a_404_like_a_missing_one(): void
    {
        Sanctum::actingAs(User::factory()->create(), ['*']);
        $theirs = Task::factory()->create(['title' => 'Not yours']);
        $url = "/api/tasks/{$theirs->id}";

        $this->assertSame(404, $this->getJson($url)->status(), "GET of another user's task should answer 404 (Response::denyAsNotFound())");
        $this->assertSame(404, $this->patchJson($url, ['title' => 'Mine now'])->status(), "PATCH of another user's task should answer 404");
        $this->assertSame(404, $this->patchJson($url, ['title' => ''])->status(),
            "PATCH of another user's task with an invalid body should answer 404 too: authorize before validating");
        $this->assertSame(404, $this->deleteJson($url)->status(), "DELETE of another user's task should answer 404");
        $this->assertDatabaseHas('tasks', ['id' => $theirs->id, 'title' => 'Not yours']);
    }
}
