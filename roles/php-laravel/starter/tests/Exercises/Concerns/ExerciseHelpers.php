<?php

namespace Tests\Exercises\Concerns;

use App\Models\User;
use Laravel\Sanctum\Sanctum;

/**
 * Shared by the exercise checks. Classes that an exercise asks you to write are named as strings, so a check
 * still loads (and tells you what is missing) before they exist.
 */
trait ExerciseHelpers
{
    /** A user signed in with a token that may do everything, whatever abilities your routes ask for. */
    protected function signIn(?User $user = null): User
    {
        $user ??= User::factory()->create();
        Sanctum::actingAs($user, ['*']);

        return $user;
    }

    /** Fails with $howTo unless the class (or interface) exists; returns its name. */
    protected function requireClass(string $class, string $howTo): string
    {
        $this->assertTrue(class_exists($class) || interface_exists($class), "{$class} does not exist yet. {$howTo}");

        return $class;
    }
}
