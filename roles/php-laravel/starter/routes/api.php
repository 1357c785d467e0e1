<?php

use App\Http\Controllers\TaskController;
use App\Http\Controllers\TokenController;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Route;

// Everything here is prefixed with /api and runs in the "api" middleware group (see bootstrap/app.php).

// Six attempts a minute per client slows down password guessing.
Route::post('/tokens', [TokenController::class, 'store'])->middleware('throttle:6,1');

Route::middleware('auth:sanctum')->group(function () {
    Route::get('/user', fn (Request $request) => $request->user());
    Route::delete('/tokens/current', [TokenController::class, 'destroy']);
    Route::apiResource('tasks', TaskController::class);
});
