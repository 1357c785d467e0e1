// Reference solution of php-laravel/read-only-tokens: tokens carry the abilities asked for, Sanctum's ability
// middleware guards the task routes, and TaskPolicy answers 404 for another user's task (the starter's own tests
// are updated to match, as a learner would).
const policy = `<?php

namespace App\\Policies;

use App\\Models\\Task;
use App\\Models\\User;
use Illuminate\\Auth\\Access\\Response;

/**
 * Found by naming convention (App\\Models\\Task -> App\\Policies\\TaskPolicy); no registration needed.
 */
class TaskPolicy
{
    public function view(User $user, Task $task): Response
    {
        return $this->ownedBy($user, $task);
    }

    public function update(User $user, Task $task): Response
    {
        return $this->ownedBy($user, $task);
    }

    public function delete(User $user, Task $task): Response
    {
        return $this->ownedBy($user, $task);
    }

    /**
     * A 404 rather than a 403: nobody can tell another user's task from one that does not exist.
     */
    private function ownedBy(User $user, Task $task): Response
    {
        return $task->user()->is($user) ? Response::allow() : Response::denyAsNotFound();
    }
}
`;

export default () => [
  { file: 'app/Policies/TaskPolicy.php', content: policy },
  {
    file: 'app/Http/Requests/UpdateTaskRequest.php',
    replace: `use Illuminate\\Foundation\\Http\\FormRequest;\n`,
    with: `use Illuminate\\Auth\\Access\\Response;\nuse Illuminate\\Foundation\\Http\\FormRequest;\nuse Illuminate\\Support\\Facades\\Gate;\n`,
  },
  {
    file: 'app/Http/Requests/UpdateTaskRequest.php',
    replace: `     * Checked before validation, so another user's task answers 403 whatever the payload.
     */
    public function authorize(): bool
    {
        return $this->user()->can('update', $this->route('task'));
    }`,
    with: `     * Checked before validation, so another user's task answers the policy's 404 whatever the payload.
     */
    public function authorize(): Response
    {
        return Gate::inspect('update', $this->route('task'));
    }`,
  },
  {
    file: 'app/Http/Controllers/TokenController.php',
    replace: `            'device_name' => ['required', 'string', 'max:255'],
        ]);`,
    with: `            'device_name' => ['required', 'string', 'max:255'],
            'abilities' => ['sometimes', 'array', 'min:1'],
            'abilities.*' => ['string', Rule::in(self::ABILITIES)],
        ]);`,
  },
  {
    file: 'app/Http/Controllers/TokenController.php',
    replace: `        $token = $user->createToken($credentials['device_name']);`,
    with: `        $token = $user->createToken($credentials['device_name'], $credentials['abilities'] ?? self::ABILITIES);`,
  },
  {
    file: 'app/Http/Controllers/TokenController.php',
    replace: `class TokenController extends Controller
{
`,
    with: `class TokenController extends Controller
{
    /**
     * What a token may be allowed to do; one asked for without abilities gets them all.
     */
    private const ABILITIES = ['tasks:read', 'tasks:write'];

`,
  },
  {
    file: 'app/Http/Controllers/TokenController.php',
    replace: `use Illuminate\\Validation\\ValidationException;\n`,
    with: `use Illuminate\\Validation\\Rule;\nuse Illuminate\\Validation\\ValidationException;\n`,
  },
  {
    file: 'bootstrap/app.php',
    replace: `use Illuminate\\Http\\Request;\n`,
    with: `use Illuminate\\Http\\Request;\nuse Laravel\\Sanctum\\Http\\Middleware\\CheckAbilities;\nuse Laravel\\Sanctum\\Http\\Middleware\\CheckForAnyAbility;\n`,
  },
  {
    file: 'bootstrap/app.php',
    replace: `        $middleware->redirectGuestsTo(fn () => null);\n`,
    with: `        $middleware->redirectGuestsTo(fn () => null);

        // abilities:a,b needs every ability listed, ability:a,b any one of them.
        $middleware->alias([
            'abilities' => CheckAbilities::class,
            'ability' => CheckForAnyAbility::class,
        ]);
`,
  },
  {
    file: 'routes/api.php',
    replace: `    Route::apiResource('tasks', TaskController::class);\n`,
    with: `    Route::apiResource('tasks', TaskController::class)->only(['index', 'show'])->middleware('abilities:tasks:read');
    Route::apiResource('tasks', TaskController::class)->only(['store', 'update', 'destroy'])->middleware('abilities:tasks:write');\n`,
  },
  {
    file: 'tests/Feature/TaskApiTest.php',
    replace: `        Sanctum::actingAs($this->user);`,
    with: `        Sanctum::actingAs($this->user, ['tasks:read', 'tasks:write']);`,
  },
  {
    file: 'tests/Feature/TaskApiTest.php',
    replace: `    public function test_other_users_tasks_are_forbidden(): void
    {
        $task = Task::factory()->create(['title' => 'Not yours']);

        $this->getJson("/api/tasks/{$task->id}")->assertForbidden();
        $this->patchJson("/api/tasks/{$task->id}", ['title' => 'Mine now'])->assertForbidden();
        $this->deleteJson("/api/tasks/{$task->id}")->assertForbidden();`,
    with: `    public function test_other_users_tasks_are_not_found(): void
    {
        $task = Task::factory()->create(['title' => 'Not yours']);

        $this->getJson("/api/tasks/{$task->id}")->assertNotFound();
        $this->patchJson("/api/tasks/{$task->id}", ['title' => 'Mine now'])->assertNotFound();
        $this->deleteJson("/api/tasks/{$task->id}")->assertNotFound();`,
  },
];
