<?php

namespace Tests\Exercises;

use App\Models\Task;
use App\Models\User;
use Illuminate\Foundation\Testing\RefreshDatabase;
use Illuminate\Support\Facades\DB;
use Tests\Exercises\Concerns\ExerciseHelpers;
use Tests\TestCase;

/**
 * Exercise "Cached statistics": GET /api/stats from Cache::remember(), forgotten when a task changes.
 */
class TaskStatsCacheTest extends TestCase
{
    use ExerciseHelpers, RefreshDatabase;

    /** @return array<string, int> */
    private function stats(): array
    {
        $response = $this->getJson('/api/stats');
        $this->assertSame(200, $response->status(), "GET /api/stats should answer 200, answered {$response->status()}");
        $this->assertIsArray($response->json('data'), 'GET /api/stats should answer {"data": {"open": …, "completed": …, "overdue": …}}');

        return $response->json('data');
    }

    /** A task written with the query builder: no Eloquent model events, so nothing forgets the cache. */
    private function insertBehindTheCache(User $user): void
    {
        DB::table('tasks')->insert([
            'user_id' => $user->id,
            'title' => 'Written behind the cache',
            'completed' => false,
            'created_at' => now(),
            'updated_at' => now(),
        ]);
    }

    public function test_stats_count_open_completed_and_overdue_tasks(): void
    {
        $user = $this->signIn();
        Task::factory()->for($user)->create(['due_on' => null]);
        Task::factory()->for($user)->create(['due_on' => today()]); // due today: not overdue yet
        Task::factory()->for($user)->create(['due_on' => today()->subDay()]);
        Task::factory()->for($user)->completed()->create(['due_on' => today()->subDay()]); // done: never overdue
        Task::factory()->count(2)->create(); // someone else's

        $this->assertEquals(['open' => 3, 'completed' => 1, 'overdue' => 1], $this->stats(),
            'open counts every task not completed, overdue the open ones due before today; only your tasks count');
    }

    public function test_stats_are_cached_for_ten_minutes(): void
    {
        $user = $this->signIn();
        Task::factory()->for($user)->create();
        $this->assertEquals(1, $this->stats()['open']);

        $this->insertBehindTheCache($user);
        $this->assertEquals(1, $this->stats()['open'],
            'GET /api/stats should answer from the cache (Cache::remember): a task inserted without Eloquent should not show yet');

        $this->travel(9)->minutes();
        $this->assertEquals(1, $this->stats()['open'], 'the cached stats should still be used after 9 minutes');

        $this->travel(2)->minutes();
        $this->assertEquals(2, $this->stats()['open'], 'the cached stats should expire after 10 minutes');
    }

    public function test_each_user_has_their_own_stats(): void
    {
        [$me, $other] = User::factory()->count(2)->create();
        Task::factory()->for($me)->create();
        Task::factory()->count(2)->for($other)->create();

        $this->signIn($me);
        $this->assertEquals(1, $this->stats()['open'], 'your stats should count your tasks');
        $this->signIn($other);
        $this->assertEquals(2, $this->stats()['open'], 'another user should get their own stats, not yours from the cache: key the entry by user id');
    }

    public function test_saving_or_deleting_a_task_forgets_its_owners_stats(): void
    {
        $user = $this->signIn();
        $task = Task::factory()->for($user)->create();
        $this->assertEquals(['open' => 1, 'completed' => 0, 'overdue' => 0], $this->stats());

        $this->patchJson("/api/tasks/{$task->id}", ['completed' => true])->assertOk();
        $this->assertEquals(['open' => 0, 'completed' => 1, 'overdue' => 0], $this->stats(),
            'completing a task should forget the cached stats of its owner');

        $this->postJson('/api/tasks', ['title' => 'Another one'])->assertCreated();
        $this->assertEquals(1, $this->stats()['open'], 'creating a task should forget the cached stats');

        Task::factory()->for($user)->create();
        $this->assertEquals(2, $this->stats()['open'],
            'a task saved anywhere in the code, not only through the API, should forget the cached stats: use model events or an observer');

        $task->delete();
        $this->assertEquals(0, $this->stats()['completed'], 'deleting a task should forget the cached stats');
    }

    public function test_stats_need_a_token(): void
    {
        $this->assertSame(401, $this->getJson('/api/stats')->status(), 'GET /api/stats without a token should answer 401');
    }
}
