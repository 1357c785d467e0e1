<?php

namespace Tests\Exercises;

use PHPUnit\Framework\Attributes\DataProvider;
use Symfony\Component\Process\Process;
use Tests\TestCase;

/**
 * Exercise "Tests that catch bugs": your tests/Feature/TaskValidationTest.php is run against the app as it is (it
 * must pass) and against copies of the app with one validation rule broken (each must make one of your tests fail).
 * A broken copy of a Form Request is loaded before Composer's autoloader would load the real one.
 */
class CatchValidationBugsTest extends TestCase
{
    private const YOUR_TESTS = 'tests/Feature/TaskValidationTest.php';

    private const STORE = 'app/Http/Requests/StoreTaskRequest.php';

    private const UPDATE = 'app/Http/Requests/UpdateTaskRequest.php';

    /** @return array<string, array{string, string, string}> the file, one of its rules, and that rule broken */
    public static function bugs(): array
    {
        $title = "'title' => ['required', 'string', 'max:255']";
        $dueOn = "'due_on' => ['nullable', 'date_format:Y-m-d', 'after_or_equal:today']";

        return [
            'creating a task without a title is accepted' => [self::STORE, $title, "'title' => ['nullable', 'string', 'max:255']"],
            'a title of any length is accepted' => [self::STORE, $title, "'title' => ['required', 'string']"],
            'a due date in the past is accepted' => [self::STORE, $dueOn, "'due_on' => ['nullable', 'date_format:Y-m-d']"],
            'a due date in any date format is accepted' => [self::STORE, $dueOn, "'due_on' => ['nullable', 'date', 'after_or_equal:today']"],
            'an update may empty the title' => [
                self::UPDATE,
                "'title' => ['sometimes', 'required', 'string', 'max:255']",
                "'title' => ['sometimes', 'nullable', 'string', 'max:255']",
            ],
            'an update may set completed to anything' => [self::UPDATE, "'completed' => ['sometimes', 'boolean']", "'completed' => ['sometimes']"],
        ];
    }

    private function runYourTests(?string $bootstrap = null): Process
    {
        $this->assertFileExists(base_path(self::YOUR_TESTS),
            'Write your tests in '.self::YOUR_TESTS.' (class Tests\\Feature\\TaskValidationTest, extending Tests\\TestCase)');

        $command = [PHP_BINARY, 'vendor/bin/phpunit', '--do-not-cache-result', '--colors=never'];
        if ($bootstrap !== null) {
            array_push($command, '--bootstrap', $bootstrap);
        }
        $command[] = self::YOUR_TESTS;
        $process = new Process($command, base_path(), null, null, 120);
        $process->run();

        return $process;
    }

    private function tail(Process $process): string
    {
        return substr(trim($process->getOutput()."\n".$process->getErrorOutput()), -1500);
    }

    public function test_your_tests_pass_on_the_app_as_it_is(): void
    {
        $process = $this->runYourTests();

        $this->assertSame(0, $process->getExitCode(), "Your tests should pass on the app as it is:\n".$this->tail($process));
        $this->assertStringContainsString('OK (', $process->getOutput(), "Your tests should run and pass:\n".$this->tail($process));
    }

    #[DataProvider('bugs')]
    public function test_your_tests_notice_when(string $file, string $rule, string $broken): void
    {
        $source = file_get_contents(base_path($file));
        $this->assertSame(1, substr_count($source, $rule),
            "{$file} should still hold the rule {$rule}: the check breaks it to see whether your tests notice");

        $dir = sys_get_temp_dir().'/bp-mutant-'.bin2hex(random_bytes(6));
        mkdir($dir);
        try {
            file_put_contents("{$dir}/broken.php", str_replace($rule, $broken, $source));
            file_put_contents("{$dir}/bootstrap.php", "<?php\nrequire ".var_export(base_path('vendor/autoload.php'), true).";\n"
                ."require __DIR__.'/broken.php';\n");
            $process = $this->runYourTests("{$dir}/bootstrap.php");
        } finally {
            array_map('unlink', glob("{$dir}/*.php"));
            rmdir($dir);
        }

        $this->assertNotSame(0, $process->getExitCode(), "Your tests still pass with {$broken} in {$file}: write a test that fails "
            .'when that rule is missing (send what it should refuse and assert the 422)');
        $this->assertMatchesRegularExpression('/FAILURES!|ERRORS!/', $process->getOutput(),
            "Your tests did not run to the end with the broken rule:\n".$this->tail($process));
    }
}
