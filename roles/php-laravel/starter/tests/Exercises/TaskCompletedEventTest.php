<?php

namespace Tests\Exercises;

use App\Models\Task;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Foundation\Testing\RefreshDatabase;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Event;
use Illuminate\Support\Facades\Log;
use Illuminate\Support\Facades\Schema;
use Mockery\Exception\InvalidCountException;
use Tests\Exercises\Concerns\ExerciseHelpers;
use Tests\TestCase;

/**
 * Exercise "Something happens when a task is done": a TaskCompleted event and a queued listener on the database queue.
 */
class TaskCompletedEventTest extends TestCase
{
    use ExerciseHelpers, RefreshDatabase;

    private const EVENT = 'App\\Events\\TaskCompleted';

    private const LISTENER = 'App\\Listeners\\LogCompletedTask';

    private function event(): string
    {
        return $this->requireClass(self::EVENT, 'php artisan make:event TaskCompleted, with a public Task $task set by its constructor');
    }

    private function listener(): string
    {
        return $this->requireClass(self::LISTENER, 'php artisan make:listener LogCompletedTask --event=TaskCompleted --queued');
    }

    public function test_completing_a_task_dispatches_task_completed_once(): void
    {
        $event = $this->event();
        Event::fake([$event]);
        $task = Task::factory()->for($this->signIn())->create();
        $url = "/api/tasks/{$task->id}";
        $dispatched = fn () => Event::dispatched($event)->count();

        $this->patchJson($url, ['completed' => true])->assertOk();
        $this->assertSame(1, $dispatched(), "PATCH {$url} with completed=true should dispatch TaskCompleted once");
        $first = Event::dispatched($event)->first()[0];
        $this->assertTrue($first->task->is($task), 'TaskCompleted->task should be the task that was completed');

        $this->patchJson($url, ['completed' => true])->assertOk();
        $this->patchJson($url, ['title' => 'Renamed'])->assertOk();
        $this->assertSame(1, $dispatched(), 'a task that was already completed should not dispatch TaskCompleted again');

        $this->patchJson($url, ['completed' => false])->assertOk();
        $this->assertSame(1, $dispatched(), 'reopening a task should not dispatch TaskCompleted');
        $this->patchJson($url, ['completed' => true])->assertOk();
        $this->assertSame(2, $dispatched(), 'completing a reopened task should dispatch TaskCompleted again');
    }

    public function test_the_listener_is_queued_and_retried_with_backoff(): void
    {
        $listener = $this->listener();
        $this->assertTrue(is_subclass_of($listener, ShouldQueue::class), 'LogCompletedTask should implement ShouldQueue');

        $instance = $this->app->make($listener);
        $this->assertSame(3, $instance->tries ?? null, 'LogCompletedTask should be tried 3 times: public $tries = 3');
        $backoff = method_exists($instance, 'backoff') ? $instance->backoff() : ($instance->backoff ?? null);
        $this->assertSame([10, 60], $backoff, 'LogCompletedTask should wait 10 s, then 60 s, between attempts: backoff [10, 60]');
    }

    public function test_completing_a_task_puts_the_listener_on_the_database_queue(): void
    {
        $this->event();
        $listener = $this->listener();
        $this->assertTrue(Schema::hasTable('jobs'), 'no migration creates the jobs table: php artisan make:queue-table');
        $this->assertTrue(Schema::hasTable('failed_jobs'), 'no migration creates the failed_jobs table: php artisan make:queue-failed-table');
        $this->assertMatchesRegularExpression('/^QUEUE_CONNECTION=database$/m', file_get_contents(base_path('.env.example')),
            '.env.example should set QUEUE_CONNECTION=database');

        config(['queue.default' => 'database']);
        $task = Task::factory()->for($this->signIn())->create();
        $this->patchJson("/api/tasks/{$task->id}", ['completed' => true])->assertOk();

        $jobs = DB::table('jobs')->pluck('payload')->map(fn (string $payload) => json_decode($payload, true)['displayName'] ?? null);
        $this->assertSame([$listener], $jobs->all(),
            'completing a task should put exactly one job on the queue: LogCompletedTask (found by event discovery in app/Listeners)');
    }

    public function test_the_listener_logs_the_completed_task(): void
    {
        $event = $this->event();
        $listener = $this->listener();
        $task = Task::factory()->completed()->create();
        Log::spy();

        $this->app->make($listener)->handle(new $event($task));

        try {
            Log::shouldHaveReceived('info')->withArgs(
                fn ($message, $context = []) => $message === 'Task completed' && ($context['task_id'] ?? null) === $task->id,
            )->once();
        } catch (InvalidCountException $e) {
            $this->fail("LogCompletedTask::handle() should call Log::info('Task completed', ['task_id' => …]) once: {$e->getMessage()}");
        }
    }
}
