<?php

namespace Tests\Feature;

use App\Models\Task;
use App\Models\User;
use Illuminate\Foundation\Testing\RefreshDatabase;
use Laravel\Sanctum\Sanctum;
use Tests\TestCase;

class TaskApiTest extends TestCase
{
    use RefreshDatabase;

    private User $user;

    protected function setUp(): void
    {
        parent::setUp();

        $this->user = User::factory()->create();
        Sanctum::actingAs($this->user);
    }

    public function test_index_lists_only_my_tasks_newest_first(): void
    {
        [$older, $newer] = Task::factory()->count(2)->for($this->user)->create();
        Task::factory()->create(); // someone else's

        $this->getJson('/api/tasks')
            ->assertOk()
            ->assertJsonCount(2, 'data')
            ->assertJsonPath('data.0.id', $newer->id)
            ->assertJsonPath('data.1.id', $older->id)
            ->assertJsonPath('meta.total', 2);
    }

    public function test_store_creates_a_task_for_me(): void
    {
        $response = $this->postJson('/api/tasks', [
            'title' => 'Write the migration',
            'due_on' => now()->addDay()->toDateString(),
        ]);

        $response->assertCreated()
            ->assertJsonPath('data.title', 'Write the migration')
            ->assertJsonPath('data.completed', false)
            ->assertJsonPath('data.description', null)
            ->assertJsonPath('data.due_on', now()->addDay()->toDateString());

        $this->assertDatabaseHas('tasks', [
            'id' => $response->json('data.id'),
            'user_id' => $this->user->id,
            'title' => 'Write the migration',
        ]);
    }

    public function test_store_validates_its_input(): void
    {
        $this->postJson('/api/tasks', [
            'title' => str_repeat('x', 256),
            'due_on' => now()->subDay()->toDateString(),
        ])->assertUnprocessable()->assertJsonValidationErrors(['title', 'due_on']);

        $this->postJson('/api/tasks', ['description' => 'no title'])
            ->assertUnprocessable()
            ->assertJsonValidationErrors('title');

        $this->assertDatabaseCount('tasks', 0);
    }

    public function test_store_ignores_an_owner_sent_in_the_payload(): void
    {
        $other = User::factory()->create();

        $response = $this->postJson('/api/tasks', ['title' => 'Mine', 'user_id' => $other->id])->assertCreated();

        $this->assertDatabaseHas('tasks', ['id' => $response->json('data.id'), 'user_id' => $this->user->id]);
    }

    public function test_show_returns_my_task(): void
    {
        $task = Task::factory()->for($this->user)->create(['title' => 'Read the docs']);

        $this->getJson("/api/tasks/{$task->id}")
            ->assertOk()
            ->assertJsonPath('data.id', $task->id)
            ->assertJsonPath('data.title', 'Read the docs');
    }

    public function test_a_missing_task_is_404(): void
    {
        $this->getJson('/api/tasks/999')->assertNotFound();
    }

    public function test_update_changes_only_the_fields_sent(): void
    {
        $task = Task::factory()->for($this->user)->create(['title' => 'Ship it']);

        $this->patchJson("/api/tasks/{$task->id}", ['completed' => true])
            ->assertOk()
            ->assertJsonPath('data.completed', true)
            ->assertJsonPath('data.title', 'Ship it');

        $this->assertTrue($task->fresh()->completed);
    }

    public function test_delete_removes_my_task(): void
    {
        $task = Task::factory()->for($this->user)->create();

        $this->deleteJson("/api/tasks/{$task->id}")->assertNoContent();

        $this->assertModelMissing($task);
    }

    public function test_other_users_tasks_are_forbidden(): void
    {
        $task = Task::factory()->create(['title' => 'Not yours']);

        $this->getJson("/api/tasks/{$task->id}")->assertForbidden();
        $this->patchJson("/api/tasks/{$task->id}", ['title' => 'Mine now'])->assertForbidden();
        $this->deleteJson("/api/tasks/{$task->id}")->assertForbidden();

        $this->assertDatabaseHas('tasks', ['id' => $task->id, 'title' => 'Not yours']);
    }

    public function test_guests_cannot_use_the_task_api(): void
    {
        $this->app['auth']->forgetGuards(); // undo Sanctum::actingAs from setUp

        $this->getJson('/api/tasks')->assertUnauthorized();
        $this->postJson('/api/tasks', ['title' => 'x'])->assertUnauthorized();
    }
}
