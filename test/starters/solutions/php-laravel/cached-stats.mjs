// Reference solution of php-laravel/cached-stats: GET /api/stats computed once per user and kept for 10 minutes
// with Cache::remember(); Task's model events forget its owner's entry whenever a task is saved or deleted.
const controller = `<?php

namespace App\\Http\\Controllers;

use App\\Models\\Task;
use Illuminate\\Http\\JsonResponse;
use Illuminate\\Http\\Request;
use Illuminate\\Support\\Facades\\Cache;

class StatsController extends Controller
{
    /**
     * The signed-in user's open, completed and overdue (open, due before today) task counts.
     */
    public function __invoke(Request $request): JsonResponse
    {
        $user = $request->user();

        $stats = Cache::remember(Task::statsCacheKey($user->id), now()->addMinutes(10), fn () => [
            'open' => $user->tasks()->where('completed', false)->count(),
            'completed' => $user->tasks()->where('completed', true)->count(),
            'overdue' => $user->tasks()->where('completed', false)->whereDate('due_on', '<', today())->count(),
        ]);

        return response()->json(['data' => $stats]);
    }
}
`;

const casts = `    /**
     * @return array<string, string>
     */
    protected function casts(): array`;

export default () => [
  { file: 'app/Http/Controllers/StatsController.php', content: controller },
  {
    file: 'app/Models/Task.php',
    replace: `use Illuminate\\Database\\Eloquent\\Relations\\BelongsTo;\n`,
    with: `use Illuminate\\Database\\Eloquent\\Relations\\BelongsTo;\nuse Illuminate\\Support\\Facades\\Cache;\n`,
  },
  {
    file: 'app/Models/Task.php',
    replace: casts,
    with: `    /**
     * Where GET /api/stats keeps a user's task counts.
     */
    public static function statsCacheKey(int $userId): string
    {
        return "task-stats:{$userId}";
    }

    protected static function booted(): void
    {
        // However a task changes (API, seeder, job), its owner's cached counts are out of date.
        $forgetStats = fn (Task $task) => Cache::forget(self::statsCacheKey($task->user_id));
        static::saved($forgetStats);
        static::deleted($forgetStats);
    }

${casts}`,
  },
  {
    file: 'routes/api.php',
    replace: `use App\\Http\\Controllers\\TaskController;\n`,
    with: `use App\\Http\\Controllers\\StatsController;\nuse App\\Http\\Controllers\\TaskController;\n`,
  },
  {
    file: 'routes/api.php',
    replace: `    Route::get('/user', fn (Request $request) => $request->user());\n`,
    with: `    Route::get('/user', fn (Request $request) => $request->user());\n    Route::get('/stats', StatsController::class);\n`,
  },
];
