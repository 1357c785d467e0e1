<?php

namespace Tests\Exercises;

use App\Models\Task;
use App\Models\User;
use Illuminate\Foundation\Testing\RefreshDatabase;
use Illuminate\Support\Facades\Schema;
use Tests\Exercises\Concerns\ExerciseHelpers;
use Tests\TestCase;

/**
 * Exercise "Filter and sort the task list": GET /api/tasks?completed=…&due_before=…&sort=…
 */
class FilterTasksTest extends TestCase
{
    use ExerciseHelpers, RefreshDatabase;

    private User $user;

    protected function setUp(): void
    {
        parent::setUp();

        $this->user = $this->signIn();
    }

    /** @return list<int> the ids GET /api/tasks answers with, in order */
    private function listedIds(string $query): array
    {
        $response = $this->getJson("/api/tasks{$query}");
        $this->assertSame(200, $response->status(), "GET /api/tasks{$query} should answer 200, answered {$response->status()}: "
            .substr($response->content(), 0, 300));

        return array_column($response->json('data'), 'id');
    }

    public function test_completed_lists_only_done_or_only_open_tasks(): void
    {
        $open = Task::factory()->for($this->user)->create();
        $done = Task::factory()->for($this->user)->completed()->create();
        Task::factory()->completed()->create(); // someone else's

        $this->assertSame([$done->id], $this->listedIds('?completed=true'), '?completed=true should list only your completed tasks');
        $this->assertSame([$open->id], $this->listedIds('?completed=false'), '?completed=false should list only your open tasks');
        $this->assertSame([$done->id], $this->listedIds('?completed=1'), '?completed=1 should mean the same as ?completed=true');
        $this->assertSame([$open->id], $this->listedIds('?completed=0'), '?completed=0 should mean the same as ?completed=false');
        $this->assertSame([$done->id, $open->id], $this->listedIds(''), 'without ?completed every task of yours is listed');
    }

    public function test_due_before_keeps_tasks_due_strictly_before_the_date(): void
    {
        $early = Task::factory()->for($this->user)->create(['due_on' => '2030-01-10']);
        Task::factory()->for($this->user)->create(['due_on' => '2030-01-20']); // on the day: not before it
        Task::factory()->for($this->user)->create(['due_on' => '2030-02-01']);
        Task::factory()->for($this->user)->create(['due_on' => null]); // no due date: never "due before"

        $this->assertSame([$early->id], $this->listedIds('?due_before=2030-01-20'),
            '?due_before=2030-01-20 should list only the tasks due before that day (not on it, not without a due date)');
    }

    public function test_sort_by_due_date_puts_tasks_without_one_last(): void
    {
        $soon = Task::factory()->for($this->user)->create(['due_on' => '2030-01-05']);
        $none = Task::factory()->for($this->user)->create(['due_on' => null]);
        $late = Task::factory()->for($this->user)->create(['due_on' => '2030-03-01']);

        $this->assertSame([$soon->id, $late->id, $none->id], $this->listedIds('?sort=due_on'),
            '?sort=due_on should list the earliest due date first and tasks without a due date last');
        $this->assertSame([$late->id, $none->id, $soon->id], $this->listedIds('?sort=newest'),
            '?sort=newest should list the newest task first, as the list does by default');
        $this->assertSame([$late->id, $none->id, $soon->id], $this->listedIds(''), 'the default order should stay newest first');
    }

    public function test_filters_combine_and_pages_keep_them(): void
    {
        $match = Task::factory()->for($this->user)->create(['due_on' => '2030-01-05']);
        Task::factory()->for($this->user)->completed()->create(['due_on' => '2030-01-05']);
        Task::factory()->for($this->user)->create(['due_on' => '2030-06-01']);

        $query = '?completed=false&due_before=2030-02-01&sort=due_on';
        $this->assertSame([$match->id], $this->listedIds($query), "{$query} should apply every filter at once");

        $next = $this->getJson("/api/tasks{$query}")->json('links.first');
        $this->assertIsString($next, 'the list should stay paginated (links.first)');
        $this->assertStringContainsString('due_before=2030-02-01', $next,
            'the pagination links should keep the filters (see withQueryString() on the paginator)');
    }

    public function test_invalid_query_values_are_a_422(): void
    {
        foreach (['completed' => 'maybe', 'due_before' => '31/01/2030', 'sort' => 'title'] as $field => $value) {
            $response = $this->getJson('/api/tasks?'.http_build_query([$field => $value]));
            $this->assertSame(422, $response->status(), "GET /api/tasks?{$field}={$value} should answer 422, answered {$response->status()}");
            $this->assertNotEmpty($response->json("errors.{$field}"), "the 422 should name the field: errors.{$field}");
        }
    }

    public function test_the_filters_are_local_scopes_on_task(): void
    {
        $task = new Task;
        $this->assertTrue($task->hasNamedScope('completed'),
            'Task should have a local scope "completed": scopeCompleted(Builder $query, bool $completed = true)');
        $this->assertTrue($task->hasNamedScope('dueBefore'),
            'Task should have a local scope "dueBefore": scopeDueBefore(Builder $query, string $date)');

        Task::factory()->for($this->user)->create(['due_on' => '2030-01-05']);
        Task::factory()->for($this->user)->completed()->create(['due_on' => '2030-03-01']);

        $this->assertSame(1, Task::query()->completed()->count(), 'Task::query()->completed() should find the completed tasks');
        $this->assertSame(1, Task::query()->completed(false)->count(), 'Task::query()->completed(false) should find the open tasks');
        $this->assertSame(1, Task::query()->dueBefore('2030-02-01')->count(), "Task::query()->dueBefore('2030-02-01') should find one task");
    }

    public function test_a_new_migration_indexes_the_due_date(): void
    {
        $indexed = collect(Schema::getIndexes('tasks'))->contains(fn (array $index) => in_array('due_on', $index['columns'], true));
        $this->assertTrue($indexed, 'no index of the tasks table covers due_on: add one in a new migration '
            .'(php artisan make:migration add_due_on_index_to_tasks_table)');

        $created = database_path('migrations/2025_01_01_000001_create_tasks_table.php');
        if (file_exists($created)) {
            $this->assertStringNotContainsString('index', file_get_contents($created),
                'add the index in a new migration: a migration that already ran somewhere is never run there again');
        }
    }
}
