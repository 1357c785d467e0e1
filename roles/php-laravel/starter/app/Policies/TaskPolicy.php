<?php

namespace App\Policies;

use App\Models\Task;
use App\Models\User;

/**
 * Found by naming convention (App\Models\Task -> App\Policies\TaskPolicy); no registration needed.
 */
class TaskPolicy
{
    public function view(User $user, Task $task): bool
    {
        return $task->user()->is($user);
    }

    public function update(User $user, Task $task): bool
    {
        return $task->user()->is($user);
    }

    public function delete(User $user, Task $task): bool
    {
        return $task->user()->is($user);
    }
}
