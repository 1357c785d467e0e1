<?php

namespace Tests\Feature;

use Tests\TestCase;

class HealthTest extends TestCase
{
    public function test_the_application_boots_and_reports_healthy(): void
    {
        $this->get('/up')->assertOk();
    }
}
