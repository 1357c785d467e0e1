<?php

namespace App\Http\Requests;

use Illuminate\Foundation\Http\FormRequest;

class UpdateTaskRequest extends FormRequest
{
    /**
     * Checked before validation, so another user's task answers 403 whatever the payload.
     */
    public function authorize(): bool
    {
        return $this->user()->can('update', $this->route('task'));
    }

    /**
     * A partial update: only the fields that are sent are validated and changed.
     *
     * @return array<string, array<int, string>>
     */
    public function rules(): array
    {
        return [
            'title' => ['sometimes', 'required', 'string', 'max:255'],
            'description' => ['sometimes', 'nullable', 'string', 'max:5000'],
            'completed' => ['sometimes', 'boolean'],
            'due_on' => ['sometimes', 'nullable', 'date_format:Y-m-d'],
        ];
    }
}
