<?php

namespace Tests\Exercises;

use App\Models\Task;
use App\Models\User;
use Illuminate\Database\Eloquent\Model;
use Illuminate\Foundation\Testing\RefreshDatabase;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Schema;
use Tests\Exercises\Concerns\ExerciseHelpers;
use Tests\TestCase;

/**
 * Exercise "Projects group tasks": a Project model, /api/projects and the nested /api/projects/{project}/tasks.
 */
class ProjectsTest extends TestCase
{
    use ExerciseHelpers, RefreshDatabase;

    private const PROJECT = 'App\\Models\\Project';

    private function project(User $owner, array $attributes = []): Model
    {
        $class = $this->requireClass(self::PROJECT, 'Create it with its migration and factory: php artisan make:model Project -mf');
        $this->assertTrue(method_exists($class, 'factory'), 'Project should use HasFactory (with Database\\Factories\\ProjectFactory)');
        $this->assertTrue(method_exists($class, 'user'), 'Project should have a user() relation (belongsTo): its owner');

        return $class::factory()->for($owner)->create($attributes);
    }

    private function inProject(User $owner, Model $project, int $count = 1): void
    {
        Task::factory()->count($count)->for($owner)->create(['project_id' => $project->getKey()]);
    }

    public function test_the_schema_has_projects_and_a_project_on_tasks(): void
    {
        $this->assertTrue(Schema::hasTable('projects'), 'no migration creates the projects table');
        $this->assertTrue(Schema::hasColumns('projects', ['id', 'user_id', 'name']), 'the projects table needs id, user_id and name');
        $this->assertTrue(Schema::hasColumn('tasks', 'project_id'),
            'tasks need a nullable project_id: add it in a new migration (a task may belong to no project)');
    }

    public function test_index_lists_my_projects_by_name_with_their_task_counts(): void
    {
        $user = $this->signIn();
        $beta = $this->project($user, ['name' => 'Beta']);
        $alpha = $this->project($user, ['name' => 'Alpha']);
        $this->project(User::factory()->create(), ['name' => 'Not mine']);
        $this->inProject($user, $alpha, 2);
        $this->inProject($user, $beta);
        Task::factory()->for($user)->create(); // in no project

        $response = $this->getJson('/api/projects');

        $this->assertSame(200, $response->status(), "GET /api/projects should answer 200, answered {$response->status()}");
        $this->assertSame(['Alpha', 'Beta'], array_column($response->json('data'), 'name'),
            'GET /api/projects should list only your projects, ordered by name');
        $this->assertSame([2, 1], array_column($response->json('data'), 'tasks_count'),
            'each project should carry tasks_count: the number of its tasks');
    }

    public function test_index_counts_tasks_without_a_query_per_project(): void
    {
        $user = $this->signIn();
        $queries = function () {
            DB::flushQueryLog();
            $this->getJson('/api/projects')->assertOk();

            return count(DB::getQueryLog());
        };
        DB::enableQueryLog();

        foreach (range(1, 2) as $i) {
            $this->inProject($user, $this->project($user));
        }
        $withTwo = $queries();
        foreach (range(1, 3) as $i) {
            $this->inProject($user, $this->project($user));
        }
        $withFive = $queries();

        $this->assertSame($withTwo, $withFive, "GET /api/projects ran {$withTwo} queries for 2 projects and {$withFive} for 5: "
            ."count the tasks in the projects' own query with withCount('tasks')");
    }

    public function test_store_creates_a_project_for_me(): void
    {
        $user = $this->signIn();
        $this->requireClass(self::PROJECT, 'Create it with its migration and factory: php artisan make:model Project -mf');

        $response = $this->postJson('/api/projects', ['name' => 'Launch']);

        $this->assertSame(201, $response->status(), "POST /api/projects should answer 201, answered {$response->status()}");
        $this->assertSame('Launch', $response->json('data.name'), 'the 201 should carry the project as data.name, data.id');
        $this->assertDatabaseHas('projects', ['id' => $response->json('data.id'), 'name' => 'Launch', 'user_id' => $user->id]);

        foreach ([[], ['name' => str_repeat('x', 256)]] as $invalid) {
            $this->postJson('/api/projects', $invalid)->assertUnprocessable()->assertJsonValidationErrors('name');
        }
    }

    public function test_a_projects_tasks_are_listed_and_created_under_it(): void
    {
        $user = $this->signIn();
        $project = $this->project($user);
        $this->inProject($user, $project);
        Task::factory()->for($user)->create(); // not in this project
        $url = "/api/projects/{$project->getKey()}/tasks";

        $listed = $this->getJson($url);
        $this->assertSame(200, $listed->status(), "GET {$url} should answer 200, answered {$listed->status()}");
        $this->assertCount(1, $listed->json('data'), "GET {$url} should list only the tasks of that project");
        $this->assertSame($project->getKey(), $listed->json('data.0.project_id'), 'TaskResource should include project_id');

        $created = $this->postJson($url, ['title' => 'Plan the launch']);
        $this->assertSame(201, $created->status(), "POST {$url} should answer 201, answered {$created->status()}");
        $this->assertSame($project->getKey(), $created->json('data.project_id'), "POST {$url} should put the task in the project");
        $this->assertDatabaseHas('tasks', ['title' => 'Plan the launch', 'project_id' => $project->getKey(), 'user_id' => $user->id]);

        $this->postJson($url, [])->assertUnprocessable()->assertJsonValidationErrors('title');
    }

    public function test_another_users_project_is_forbidden(): void
    {
        $this->signIn();
        $theirs = $this->project(User::factory()->create());
        $url = "/api/projects/{$theirs->getKey()}/tasks";

        $this->assertSame(403, $this->getJson($url)->status(), "GET {$url} of another user's project should answer 403");
        $this->assertSame(403, $this->postJson($url, ['title' => 'Sneaky'])->status(),
            "POST {$url} of another user's project should answer 403");
        $this->assertDatabaseMissing('tasks', ['title' => 'Sneaky']);
    }

    public function test_a_task_is_found_only_under_its_own_project(): void
    {
        $user = $this->signIn();
        $mine = $this->project($user);
        $other = $this->project($user);
        $task = Task::factory()->for($user)->create(['project_id' => $mine->getKey()]);

        $found = $this->getJson("/api/projects/{$mine->getKey()}/tasks/{$task->id}");
        $this->assertSame(200, $found->status(), "GET /api/projects/{project}/tasks/{task} should answer 200, answered {$found->status()}");
        $this->assertSame($task->id, $found->json('data.id'));

        $this->assertSame(404, $this->getJson("/api/projects/{$other->getKey()}/tasks/{$task->id}")->status(),
            'a task asked for under a project it does not belong to should be a 404: scope the route bindings (scopeBindings())');
    }
}
