// Reference solution of php-laravel/projects: a Project model (migration, factory, policy), projects listed with
// withCount, and tasks nested under a project with scoped route bindings.
const model = `<?php

namespace App\\Models;

use Database\\Factories\\ProjectFactory;
use Illuminate\\Database\\Eloquent\\Factories\\HasFactory;
use Illuminate\\Database\\Eloquent\\Model;
use Illuminate\\Database\\Eloquent\\Relations\\BelongsTo;
use Illuminate\\Database\\Eloquent\\Relations\\HasMany;

class Project extends Model
{
    /** @use HasFactory<ProjectFactory> */
    use HasFactory;

    /**
     * @var list<string>
     */
    protected $fillable = [
        'name',
    ];

    /**
     * @return BelongsTo<User, $this>
     */
    public function user(): BelongsTo
    {
        return $this->belongsTo(User::class);
    }

    /**
     * @return HasMany<Task, $this>
     */
    public function tasks(): HasMany
    {
        return $this->hasMany(Task::class);
    }
}
`;

const factory = `<?php

namespace Database\\Factories;

use App\\Models\\Project;
use App\\Models\\User;
use Illuminate\\Database\\Eloquent\\Factories\\Factory;

/**
 * @extends Factory<Project>
 */
class ProjectFactory extends Factory
{
    /**
     * @return array<string, mixed>
     */
    public function definition(): array
    {
        return [
            'user_id' => User::factory(),
            'name' => ucfirst(fake()->words(2, true)),
        ];
    }
}
`;

const createProjects = `<?php

use Illuminate\\Database\\Migrations\\Migration;
use Illuminate\\Database\\Schema\\Blueprint;
use Illuminate\\Support\\Facades\\Schema;

return new class extends Migration
{
    public function up(): void
    {
        Schema::create('projects', function (Blueprint $table) {
            $table->id();
            $table->foreignId('user_id')->constrained()->cascadeOnDelete();
            $table->string('name');
            $table->timestamps();
        });
    }

    public function down(): void
    {
        Schema::dropIfExists('projects');
    }
};
`;

const addProjectToTasks = `<?php

use Illuminate\\Database\\Migrations\\Migration;
use Illuminate\\Database\\Schema\\Blueprint;
use Illuminate\\Support\\Facades\\Schema;

return new class extends Migration
{
    public function up(): void
    {
        Schema::table('tasks', function (Blueprint $table) {
            // Nullable: existing tasks, and new ones, may belong to no project.
            $table->foreignId('project_id')->nullable()->after('user_id')->constrained()->nullOnDelete();
        });
    }

    public function down(): void
    {
        Schema::table('tasks', function (Blueprint $table) {
            $table->dropConstrainedForeignId('project_id');
        });
    }
};
`;

const policy = `<?php

namespace App\\Policies;

use App\\Models\\Project;
use App\\Models\\User;

class ProjectPolicy
{
    public function view(User $user, Project $project): bool
    {
        return $project->user()->is($user);
    }

    public function update(User $user, Project $project): bool
    {
        return $project->user()->is($user);
    }
}
`;

const storeRequest = `<?php

namespace App\\Http\\Requests;

use Illuminate\\Foundation\\Http\\FormRequest;

class StoreProjectRequest extends FormRequest
{
    /**
     * @return array<string, array<int, string>>
     */
    public function rules(): array
    {
        return [
            'name' => ['required', 'string', 'max:255'],
        ];
    }
}
`;

const resource = `<?php

namespace App\\Http\\Resources;

use Illuminate\\Http\\Request;
use Illuminate\\Http\\Resources\\Json\\JsonResource;

/**
 * @mixin \\App\\Models\\Project
 */
class ProjectResource extends JsonResource
{
    /**
     * @return array<string, mixed>
     */
    public function toArray(Request $request): array
    {
        return [
            'id' => $this->id,
            'name' => $this->name,
            // Only when the query counted them (withCount): never a query per project from here.
            'tasks_count' => $this->whenCounted('tasks'),
            'created_at' => $this->created_at,
            'updated_at' => $this->updated_at,
        ];
    }
}
`;

const projectController = `<?php

namespace App\\Http\\Controllers;

use App\\Http\\Requests\\StoreProjectRequest;
use App\\Http\\Resources\\ProjectResource;
use Illuminate\\Http\\Request;
use Illuminate\\Http\\Resources\\Json\\AnonymousResourceCollection;

class ProjectController extends Controller
{
    /**
     * The signed-in user's projects by name, each with the number of its tasks (one query for them all).
     */
    public function index(Request $request): AnonymousResourceCollection
    {
        $projects = $request->user()->projects()->withCount('tasks')->orderBy('name')->paginate(20);

        return ProjectResource::collection($projects);
    }

    public function store(StoreProjectRequest $request): ProjectResource
    {
        $project = $request->user()->projects()->create($request->validated());

        return ProjectResource::make($project);
    }
}
`;

const projectTaskController = `<?php

namespace App\\Http\\Controllers;

use App\\Http\\Requests\\StoreTaskRequest;
use App\\Http\\Resources\\TaskResource;
use App\\Models\\Project;
use App\\Models\\Task;
use Illuminate\\Http\\Resources\\Json\\AnonymousResourceCollection;
use Illuminate\\Support\\Facades\\Gate;

/**
 * Tasks under /api/projects/{project}; the routes scope their bindings, so {task} must belong to {project}.
 */
class ProjectTaskController extends Controller
{
    public function index(Project $project): AnonymousResourceCollection
    {
        Gate::authorize('view', $project);

        return TaskResource::collection($project->tasks()->latest('id')->paginate(20));
    }

    public function store(StoreTaskRequest $request, Project $project): TaskResource
    {
        Gate::authorize('update', $project);

        $task = $request->user()->tasks()->make($request->validated());
        $task->project()->associate($project);
        $task->save();

        return TaskResource::make($task);
    }

    public function show(Project $project, Task $task): TaskResource
    {
        Gate::authorize('view', $project);

        return TaskResource::make($task);
    }
}
`;

const belongsToUser = `    /**
     * @return BelongsTo<User, $this>
     */
    public function user(): BelongsTo
    {
        return $this->belongsTo(User::class);
    }
}`;

export default () => [
  { file: 'app/Models/Project.php', content: model },
  { file: 'database/factories/ProjectFactory.php', content: factory },
  { file: 'database/migrations/2025_01_03_000000_create_projects_table.php', content: createProjects },
  { file: 'database/migrations/2025_01_03_000001_add_project_id_to_tasks_table.php', content: addProjectToTasks },
  { file: 'app/Policies/ProjectPolicy.php', content: policy },
  { file: 'app/Http/Requests/StoreProjectRequest.php', content: storeRequest },
  { file: 'app/Http/Resources/ProjectResource.php', content: resource },
  { file: 'app/Http/Controllers/ProjectController.php', content: projectController },
  { file: 'app/Http/Controllers/ProjectTaskController.php', content: projectTaskController },
  {
    file: 'app/Models/Task.php',
    replace: belongsToUser,
    with: `${belongsToUser.slice(0, -2)}

    /**
     * @return BelongsTo<Project, $this>
     */
    public function project(): BelongsTo
    {
        return $this->belongsTo(Project::class);
    }
}`,
  },
  {
    file: 'app/Models/User.php',
    replace: `        return $this->hasMany(Task::class);
    }
`,
    with: `        return $this->hasMany(Task::class);
    }

    /**
     * @return HasMany<Project, $this>
     */
    public function projects(): HasMany
    {
        return $this->hasMany(Project::class);
    }
`,
  },
  {
    file: 'app/Http/Resources/TaskResource.php',
    replace: `            'id' => $this->id,\n`,
    with: `            'id' => $this->id,\n            'project_id' => $this->project_id,\n`,
  },
  {
    file: 'routes/api.php',
    replace: `use App\\Http\\Controllers\\TaskController;\n`,
    with: `use App\\Http\\Controllers\\ProjectController;\nuse App\\Http\\Controllers\\ProjectTaskController;\nuse App\\Http\\Controllers\\TaskController;\n`,
  },
  {
    file: 'routes/api.php',
    replace: `    Route::apiResource('tasks', TaskController::class);\n`,
    with: `    Route::apiResource('tasks', TaskController::class);

    Route::get('/projects', [ProjectController::class, 'index']);
    Route::post('/projects', [ProjectController::class, 'store']);
    // {task} is looked up among {project}'s tasks: another project's task is a 404.
    Route::scopeBindings()->group(function () {
        Route::get('/projects/{project}/tasks', [ProjectTaskController::class, 'index']);
        Route::post('/projects/{project}/tasks', [ProjectTaskController::class, 'store']);
        Route::get('/projects/{project}/tasks/{task}', [ProjectTaskController::class, 'show']);
    });
`,
  },
];
