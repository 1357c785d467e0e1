// Reference solution of php-laravel/register-users: POST /api/register validated by a Form Request (unique email,
// the app's password rule set once in AppServiceProvider), answering with a Sanctum token.
const request = `<?php

namespace App\\Http\\Requests;

use Illuminate\\Foundation\\Http\\FormRequest;
use Illuminate\\Validation\\Rules\\Password;

class RegisterUserRequest extends FormRequest
{
    /**
     * @return array<string, array<int, mixed>>
     */
    public function rules(): array
    {
        return [
            'name' => ['required', 'string', 'max:255'],
            'email' => ['required', 'string', 'email', 'max:255', 'unique:users,email'],
            'password' => ['required', 'string', 'confirmed', Password::defaults()],
            'device_name' => ['required', 'string', 'max:255'],
        ];
    }
}
`;

const controller = `<?php

namespace App\\Http\\Controllers;

use App\\Http\\Requests\\RegisterUserRequest;
use App\\Models\\User;
use Illuminate\\Http\\JsonResponse;
use Illuminate\\Http\\Response;

class RegisterController extends Controller
{
    /**
     * Create an account and sign its first device in, with the same answer as POST /api/tokens.
     */
    public function __invoke(RegisterUserRequest $request): JsonResponse
    {
        // The password cast hashes it on the way in.
        $user = User::create($request->safe()->only(['name', 'email', 'password']));

        $token = $user->createToken($request->validated('device_name'));

        return response()->json([
            'token' => $token->plainTextToken,
            'token_type' => 'Bearer',
        ], Response::HTTP_CREATED);
    }
}
`;

export default () => [
  { file: 'app/Http/Requests/RegisterUserRequest.php', content: request },
  { file: 'app/Http/Controllers/RegisterController.php', content: controller },
  {
    file: 'app/Providers/AppServiceProvider.php',
    replace: `use Illuminate\\Support\\ServiceProvider;\n`,
    with: `use Illuminate\\Support\\ServiceProvider;\nuse Illuminate\\Validation\\Rules\\Password;\n`,
  },
  {
    file: 'app/Providers/AppServiceProvider.php',
    replace: `        Model::shouldBeStrict(! $this->app->isProduction());\n`,
    with: `        Model::shouldBeStrict(! $this->app->isProduction());

        // What Password::defaults() asks of a new password, everywhere one is set.
        Password::defaults(fn () => Password::min(8)->letters()->numbers());
`,
  },
  {
    file: 'routes/api.php',
    replace: `use App\\Http\\Controllers\\TaskController;\n`,
    with: `use App\\Http\\Controllers\\RegisterController;\nuse App\\Http\\Controllers\\TaskController;\n`,
  },
  {
    file: 'routes/api.php',
    replace: `Route::post('/tokens', [TokenController::class, 'store'])->middleware('throttle:6,1');\n`,
    with: `Route::post('/tokens', [TokenController::class, 'store'])->middleware('throttle:6,1');
Route::post('/register', RegisterController::class)->middleware('throttle:6,1');\n`,
  },
];
