// Reference solution of php-laravel/catch-validation-bugs: feature tests that pin down every validation rule of
// creating and updating a task, each by sending what the rule must refuse (and, beside it, what it must accept).
const tests = `<?php

namespace Tests\\Feature;

use App\\Models\\Task;
use App\\Models\\User;
use Illuminate\\Foundation\\Testing\\RefreshDatabase;
use Laravel\\Sanctum\\Sanctum;
use Tests\\TestCase;

class TaskValidationTest extends TestCase
{
    use RefreshDatabase;

    private User $user;

    protected function setUp(): void
    {
        parent::setUp();

        $this->user = User::factory()->create();
        Sanctum::actingAs($this->user, ['*']);
    }

    public function test_a_new_task_needs_a_title(): void
    {
        $this->postJson('/api/tasks', ['description' => 'no title'])
            ->assertUnprocessable()
            ->assertJsonValidationErrors('title');
        $this->postJson('/api/tasks', ['title' => ''])
            ->assertUnprocessable()
            ->assertJsonValidationErrors('title');

        $this->assertDatabaseCount('tasks', 0);
    }

    public function test_a_title_has_at_most_255_characters(): void
    {
        $this->postJson('/api/tasks', ['title' => str_repeat('x', 255)])->assertCreated();
        $this->postJson('/api/tasks', ['title' => str_repeat('x', 256)])
            ->assertUnprocessable()
            ->assertJsonValidationErrors('title');
    }

    public function test_a_due_date_is_today_or_later(): void
    {
        $this->postJson('/api/tasks', ['title' => 'Today', 'due_on' => today()->toDateString()])->assertCreated();
        $this->postJson('/api/tasks', ['title' => 'Yesterday', 'due_on' => today()->subDay()->toDateString()])
            ->assertUnprocessable()
            ->assertJsonValidationErrors('due_on');
    }

    public function test_a_due_date_is_written_yyyy_mm_dd(): void
    {
        foreach (['01/31/2099', '2099-01-31 10:00', 'January 31, 2099'] as $date) {
            $this->postJson('/api/tasks', ['title' => 'Some day', 'due_on' => $date])
                ->assertUnprocessable()
                ->assertJsonValidationErrors('due_on');
        }
    }

    public function test_an_update_cannot_empty_the_title(): void
    {
        $task = Task::factory()->for($this->user)->create(['title' => 'Keep me']);

        $this->patchJson("/api/tasks/{$task->id}", ['title' => ''])
            ->assertUnprocessable()
            ->assertJsonValidationErrors('title');

        $this->assertSame('Keep me', $task->fresh()->title);
    }

    public function test_completed_is_true_or_false(): void
    {
        $task = Task::factory()->for($this->user)->create();

        $this->patchJson("/api/tasks/{$task->id}", ['completed' => 'yes'])
            ->assertUnprocessable()
            ->assertJsonValidationErrors('completed');
        $this->patchJson("/api/tasks/{$task->id}", ['completed' => true])->assertOk();
    }
}
`;

export default () => [{ file: 'tests/Feature/TaskValidationTest.php', content: tests }];
