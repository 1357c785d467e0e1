// Reference solution of php-laravel/filter-tasks: query-string filters validated in the controller, applied through
// two local scopes on Task, a due-date order with undated tasks last, and an index added by a new migration.
const migration = `<?php

use Illuminate\\Database\\Migrations\\Migration;
use Illuminate\\Database\\Schema\\Blueprint;
use Illuminate\\Support\\Facades\\Schema;

return new class extends Migration
{
    public function up(): void
    {
        Schema::table('tasks', function (Blueprint $table) {
            // Every list is one user's tasks, so the index leads with user_id.
            $table->index(['user_id', 'due_on']);
        });
    }

    public function down(): void
    {
        Schema::table('tasks', function (Blueprint $table) {
            $table->dropIndex(['user_id', 'due_on']);
        });
    }
};
`;

export default () => [
  { file: 'database/migrations/2025_01_02_000000_add_due_on_index_to_tasks_table.php', content: migration },
  {
    file: 'app/Models/Task.php',
    replace: `use Database\\Factories\\TaskFactory;\n`,
    with: `use Database\\Factories\\TaskFactory;\nuse Illuminate\\Database\\Eloquent\\Builder;\n`,
  },
  {
    file: 'app/Models/Task.php',
    replace: `    /**
     * @return BelongsTo<User, $this>
     */`,
    with: `    /**
     * @param  Builder<Task>  $query
     */
    public function scopeCompleted(Builder $query, bool $completed = true): void
    {
        $query->where('completed', $completed);
    }

    /**
     * Tasks due before the date (not on it); a task without a due date is never due before anything.
     *
     * @param  Builder<Task>  $query
     */
    public function scopeDueBefore(Builder $query, string $date): void
    {
        $query->whereDate('due_on', '<', $date);
    }

    /**
     * @return BelongsTo<User, $this>
     */`,
  },
  {
    file: 'app/Http/Controllers/TaskController.php',
    replace: `use Illuminate\\Support\\Facades\\Gate;\n`,
    with: `use Illuminate\\Support\\Facades\\Gate;\nuse Illuminate\\Validation\\Rule;\n`,
  },
  {
    file: 'app/Http/Controllers/TaskController.php',
    replace: `    /**
     * The signed-in user's tasks, newest first, 20 per page.
     */
    public function index(Request $request): AnonymousResourceCollection
    {
        $tasks = $request->user()->tasks()->latest('id')->paginate(20);

        return TaskResource::collection($tasks);
    }`,
    with: `    /**
     * The signed-in user's tasks, 20 per page: ?completed=true|false, ?due_before=YYYY-MM-DD, ?sort=newest|due_on.
     */
    public function index(Request $request): AnonymousResourceCollection
    {
        $filters = $request->validate([
            'completed' => ['sometimes', Rule::in(['true', 'false', '1', '0'])],
            'due_before' => ['sometimes', 'date_format:Y-m-d'],
            'sort' => ['sometimes', Rule::in(['newest', 'due_on'])],
        ]);

        $query = Task::query()->whereBelongsTo($request->user());
        if (isset($filters['completed'])) {
            $query->completed($request->boolean('completed'));
        }
        if (isset($filters['due_before'])) {
            $query->dueBefore($filters['due_before']);
        }
        if (($filters['sort'] ?? 'newest') === 'due_on') {
            // SQLite and MySQL sort NULLs first in ascending order: put tasks without a due date last.
            $query->orderByRaw('due_on is null')->orderBy('due_on')->orderBy('id');
        } else {
            $query->latest('id');
        }

        return TaskResource::collection($query->paginate(20)->withQueryString());
    }`,
  },
];
