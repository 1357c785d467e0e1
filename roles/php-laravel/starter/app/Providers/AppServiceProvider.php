<?php

namespace App\Providers;

use Illuminate\Database\Eloquent\Model;
use Illuminate\Support\ServiceProvider;

class AppServiceProvider extends ServiceProvider
{
    public function register(): void
    {
        //
    }

    public function boot(): void
    {
        // Outside production, fail loudly on lazy loading (N+1 queries), on reading attributes that were
        // never selected and on input that mass assignment would silently drop.
        Model::shouldBeStrict(! $this->app->isProduction());
    }
}
