<?php

namespace Database\Seeders;

use App\Models\Task;
use App\Models\User;
use Illuminate\Database\Seeder;

class DatabaseSeeder extends Seeder
{
    /**
     * A user to sign in with (test@example.com / password) and a few tasks to look at.
     */
    public function run(): void
    {
        $user = User::factory()->create([
            'name' => 'Test User',
            'email' => 'test@example.com',
        ]);

        Task::factory()->count(3)->for($user)->create();
        Task::factory()->count(2)->completed()->for($user)->create();
    }
}
