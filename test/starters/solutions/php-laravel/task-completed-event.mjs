// Reference solution of php-laravel/task-completed-event: the controller dispatches TaskCompleted when `completed`
// turns true, a queued listener (found by event discovery) logs it with retries and backoff, and the database
// queue gets its tables.
const event = `<?php

namespace App\\Events;

use App\\Models\\Task;
use Illuminate\\Foundation\\Events\\Dispatchable;
use Illuminate\\Queue\\SerializesModels;

class TaskCompleted
{
    use Dispatchable, SerializesModels;

    public function __construct(public Task $task)
    {
        //
    }
}
`;

const listener = `<?php

namespace App\\Listeners;

use App\\Events\\TaskCompleted;
use Illuminate\\Contracts\\Queue\\ShouldQueue;
use Illuminate\\Support\\Facades\\Log;

/**
 * Found by event discovery (the type of handle()'s parameter); runs on the queue, not in the request.
 */
class LogCompletedTask implements ShouldQueue
{
    /**
     * Attempts before the job is given up and recorded in failed_jobs.
     */
    public int $tries = 3;

    /**
     * @return list<int> seconds to wait before the second and the third attempt
     */
    public function backoff(): array
    {
        return [10, 60];
    }

    public function handle(TaskCompleted $event): void
    {
        Log::info('Task completed', ['task_id' => $event->task->id, 'user_id' => $event->task->user_id]);
    }
}
`;

const queueTables = `<?php

use Illuminate\\Database\\Migrations\\Migration;
use Illuminate\\Database\\Schema\\Blueprint;
use Illuminate\\Support\\Facades\\Schema;

// The database queue's tables (what php artisan make:queue-table and make:queue-failed-table write).
return new class extends Migration
{
    public function up(): void
    {
        Schema::create('jobs', function (Blueprint $table) {
            $table->id();
            $table->string('queue')->index();
            $table->longText('payload');
            $table->unsignedTinyInteger('attempts');
            $table->unsignedInteger('reserved_at')->nullable();
            $table->unsignedInteger('available_at');
            $table->unsignedInteger('created_at');
        });

        Schema::create('failed_jobs', function (Blueprint $table) {
            $table->id();
            $table->string('uuid')->unique();
            $table->text('connection');
            $table->text('queue');
            $table->longText('payload');
            $table->longText('exception');
            $table->timestamp('failed_at')->useCurrent();
        });
    }

    public function down(): void
    {
        Schema::dropIfExists('failed_jobs');
        Schema::dropIfExists('jobs');
    }
};
`;

export default () => [
  { file: 'app/Events/TaskCompleted.php', content: event },
  { file: 'app/Listeners/LogCompletedTask.php', content: listener },
  { file: 'database/migrations/2025_01_04_000000_create_queue_tables.php', content: queueTables },
  {
    file: '.env.example',
    replace: `QUEUE_CONNECTION=sync\n`,
    with: `# Queued jobs and listeners wait in the jobs table until \`php artisan queue:work\` runs them.
QUEUE_CONNECTION=database\n`,
  },
  {
    file: 'app/Http/Controllers/TaskController.php',
    replace: `use App\\Http\\Requests\\StoreTaskRequest;\n`,
    with: `use App\\Events\\TaskCompleted;\nuse App\\Http\\Requests\\StoreTaskRequest;\n`,
  },
  {
    file: 'app/Http/Controllers/TaskController.php',
    replace: `        $task->update($request->validated());\n`,
    with: `        $task->update($request->validated());

        if ($task->wasChanged('completed') && $task->completed) {
            TaskCompleted::dispatch($task);
        }
`,
  },
];
