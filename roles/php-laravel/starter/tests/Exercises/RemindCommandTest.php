<?php

namespace Tests\Exercises;

use App\Models\Task;
use App\Models\User;
use Illuminate\Console\Scheduling\Schedule;
use Illuminate\Contracts\Console\Kernel;
use Illuminate\Contracts\Container\BindingResolutionException;
use Illuminate\Foundation\Testing\RefreshDatabase;
use Illuminate\Support\Carbon;
use Mockery\MockInterface;
use Symfony\Component\Console\Command\Command;
use Symfony\Component\Console\Tester\CommandTester;
use Tests\Exercises\Concerns\ExerciseHelpers;
use Tests\TestCase;

/**
 * Exercise "Reminders through the container": php artisan tasks:remind, a Symfony Console command under the hood,
 * hands due tasks to a TaskReminder bound in the service container; the check swaps in a fake.
 */
class RemindCommandTest extends TestCase
{
    use ExerciseHelpers, RefreshDatabase;

    private const REMINDER = 'App\\Contracts\\TaskReminder';

    /** @var list<int> the ids of the tasks handed to the fake reminder */
    private array $reminded = [];

    /** Binds a fake TaskReminder in the container that records the tasks it is handed. */
    private function fakeReminder(): void
    {
        $interface = $this->requireClass(self::REMINDER, 'Write the interface, with one method: public function remind(Task $task): void');
        $this->assertTrue(interface_exists($interface), 'App\\Contracts\\TaskReminder should be an interface');

        // $this->mock() makes a Mockery mock of the interface and puts it in the container with $this->app->instance().
        $this->mock($interface, function (MockInterface $fake) {
            $fake->shouldReceive('remind')->andReturnUsing(function (Task $task) {
                $this->reminded[] = $task->id;
            });
        });
    }

    private function runReminders(array $input = []): CommandTester
    {
        $commands = $this->app->make(Kernel::class)->all();
        $this->assertArrayHasKey('tasks:remind', $commands,
            "no Artisan command tasks:remind: php artisan make:command RemindDueTasks, with the signature 'tasks:remind {--date=} {--dry-run}'");

        // Every Artisan command is a Symfony Console command, so Symfony's own tester can run it.
        $tester = new CommandTester($commands['tasks:remind']);
        $tester->execute($input);

        return $tester;
    }

    public function test_it_reminds_of_the_open_tasks_due_on_the_date(): void
    {
        $this->fakeReminder();
        [$ada, $bob] = User::factory()->count(2)->create();
        $rent = Task::factory()->for($ada)->create(['title' => 'Pay the rent', 'due_on' => '2030-01-15']);
        $plants = Task::factory()->for($bob)->create(['title' => 'Water the plants', 'due_on' => '2030-01-15']);
        Task::factory()->for($ada)->completed()->create(['due_on' => '2030-01-15']);
        Task::factory()->for($ada)->create(['due_on' => '2030-01-16']);

        $tester = $this->runReminders(['--date' => '2030-01-15']);

        $display = $tester->getDisplay();
        $this->assertSame(Command::SUCCESS, $tester->getStatusCode(), "tasks:remind should return Command::SUCCESS (0). It printed:\n{$display}");
        $this->assertEqualsCanonicalizing([$rent->id, $plants->id], $this->reminded,
            'tasks:remind --date=2030-01-15 should hand each open task due that day, and no other, to TaskReminder::remind()');
        foreach (['Pay the rent', 'Water the plants', $bob->email, 'Reminded 2'] as $expected) {
            $this->assertStringContainsString($expected, $display,
                "the output should list the tasks in a table (ID, Title, Owner's email) and end with \"Reminded 2 tasks.\"");
        }
    }

    public function test_the_date_defaults_to_tomorrow(): void
    {
        $this->fakeReminder();
        $this->travelTo(Carbon::parse('2030-01-14 09:00'));
        $tomorrow = Task::factory()->create(['due_on' => '2030-01-15']);
        Task::factory()->create(['due_on' => '2030-01-14']);

        $this->runReminders();

        $this->assertSame([$tomorrow->id], $this->reminded, 'without --date, tasks:remind should remind of the tasks due tomorrow');
    }

    public function test_a_dry_run_lists_without_reminding(): void
    {
        $this->fakeReminder();
        Task::factory()->create(['title' => 'Pay the rent', 'due_on' => '2030-01-15']);

        $tester = $this->runReminders(['--date' => '2030-01-15', '--dry-run' => true]);

        $this->assertSame(Command::SUCCESS, $tester->getStatusCode(), 'tasks:remind --dry-run should return Command::SUCCESS (0)');
        $this->assertSame([], $this->reminded, 'with --dry-run, no task should be handed to TaskReminder::remind()');
        $this->assertStringContainsString('Pay the rent', $tester->getDisplay(), 'a dry run should still list the tasks');
    }

    public function test_an_unreadable_date_is_refused(): void
    {
        $this->fakeReminder();

        $tester = $this->runReminders(['--date' => 'someday']);

        $this->assertSame(Command::INVALID, $tester->getStatusCode(),
            'tasks:remind --date=someday should print an error and return Command::INVALID (2)');
        $this->assertSame([], $this->reminded);
    }

    public function test_the_container_gives_one_shared_reminder(): void
    {
        $interface = $this->requireClass(self::REMINDER, 'Write the interface, with one method: public function remind(Task $task): void');

        try {
            $reminder = $this->app->make($interface);
        } catch (BindingResolutionException $e) {
            $this->fail("Bind TaskReminder to an implementation in AppServiceProvider::register(): {$e->getMessage()}");
        }

        $this->assertInstanceOf($interface, $reminder);
        $this->assertSame($reminder, $this->app->make($interface), 'bind TaskReminder as a singleton: one instance for the app');
    }

    public function test_it_is_scheduled_daily_at_eight(): void
    {
        $this->app->make(Kernel::class)->all(); // starts Artisan, which runs the schedule callbacks of bootstrap/app.php

        $events = collect($this->app->make(Schedule::class)->events())
            ->filter(fn ($event) => str_contains((string) $event->command, 'tasks:remind'));
        $this->assertCount(1, $events, 'schedule tasks:remind once: ->withSchedule() in bootstrap/app.php, or Schedule::command() in routes/console.php');
        $this->assertSame('0 8 * * *', $events->first()->expression, "tasks:remind should run daily at 08:00: ->dailyAt('08:00')");
    }
}
