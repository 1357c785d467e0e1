// Reference solution of php-laravel/remind-command: a TaskReminder interface bound as a singleton in
// AppServiceProvider, the tasks:remind Artisan command (Symfony Console options, table and exit codes) that hands
// it the tasks due on a day, and a daily schedule in bootstrap/app.php.
const contract = `<?php

namespace App\\Contracts;

use App\\Models\\Task;

/**
 * Tells a task's owner that it is due. The app binds one implementation; tests bind a fake.
 */
interface TaskReminder
{
    public function remind(Task $task): void;
}
`;

const logReminder = `<?php

namespace App\\Reminders;

use App\\Contracts\\TaskReminder;
use App\\Models\\Task;
use Illuminate\\Support\\Facades\\Log;

/**
 * Writes the reminder to the log; a mail or push implementation would be bound in its place in production.
 */
class LogTaskReminder implements TaskReminder
{
    public function remind(Task $task): void
    {
        Log::info('Task due', ['task_id' => $task->id, 'user_id' => $task->user_id, 'due_on' => $task->due_on?->toDateString()]);
    }
}
`;

const command = `<?php

namespace App\\Console\\Commands;

use App\\Contracts\\TaskReminder;
use App\\Models\\Task;
use DateTimeImmutable;
use Illuminate\\Console\\Command;
use Illuminate\\Support\\Str;

class RemindDueTasks extends Command
{
    /**
     * @var string
     */
    protected $signature = 'tasks:remind
        {--date= : The due date to remind of, YYYY-MM-DD (default: tomorrow)}
        {--dry-run : List the tasks without sending a reminder}';

    /**
     * @var string
     */
    protected $description = 'Remind the owners of the open tasks due on a day';

    /**
     * The reminder comes from the container when the command runs, so a test can swap it first.
     */
    public function handle(TaskReminder $reminder): int
    {
        $date = $this->option('date') ?? today()->addDay()->toDateString();
        $parsed = DateTimeImmutable::createFromFormat('!Y-m-d', $date);
        if ($parsed === false || $parsed->format('Y-m-d') !== $date) {
            $this->error("--date must be a date written YYYY-MM-DD, not \\"{$date}\\".");

            return self::INVALID;
        }

        // Eager load the owners: the table shows each one's email.
        $tasks = Task::query()->with('user')->where('completed', false)->whereDate('due_on', $date)->orderBy('id')->get();

        $this->table(['ID', 'Title', 'Owner'], $tasks->map(fn (Task $task) => [$task->id, $task->title, $task->user->email]));

        if ($this->option('dry-run')) {
            $this->info('Dry run: no reminder sent.');

            return self::SUCCESS;
        }

        $tasks->each(fn (Task $task) => $reminder->remind($task));
        $this->info("Reminded {$tasks->count()} ".Str::plural('task', $tasks->count()).'.');

        return self::SUCCESS;
    }
}
`;

export default () => [
  { file: 'app/Contracts/TaskReminder.php', content: contract },
  { file: 'app/Reminders/LogTaskReminder.php', content: logReminder },
  { file: 'app/Console/Commands/RemindDueTasks.php', content: command },
  {
    file: 'app/Providers/AppServiceProvider.php',
    replace: `use Illuminate\\Database\\Eloquent\\Model;\n`,
    with: `use App\\Contracts\\TaskReminder;\nuse App\\Reminders\\LogTaskReminder;\nuse Illuminate\\Database\\Eloquent\\Model;\n`,
  },
  {
    file: 'app/Providers/AppServiceProvider.php',
    replace: `    public function register(): void
    {
        //
    }`,
    with: `    public function register(): void
    {
        // One reminder for the whole app; whoever asks for a TaskReminder gets it.
        $this->app->singleton(TaskReminder::class, LogTaskReminder::class);
    }`,
  },
  {
    file: 'bootstrap/app.php',
    replace: `use Illuminate\\Foundation\\Application;\n`,
    with: `use Illuminate\\Console\\Scheduling\\Schedule;\nuse Illuminate\\Foundation\\Application;\n`,
  },
  {
    file: 'bootstrap/app.php',
    replace: `    ->create();`,
    with: `    ->withSchedule(function (Schedule $schedule): void {
        // Run by \`php artisan schedule:work\` locally, or cron calling \`php artisan schedule:run\` every minute.
        $schedule->command('tasks:remind')->dailyAt('08:00');
    })
    ->create();`,
  },
];
