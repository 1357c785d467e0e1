// Reference solution of dotnet/due-dates-and-filters: an optional DueDate (DateOnly?) on items, requests and
// responses, and GET /api/todos?isDone=…&dueBefore=… filtered in the database.
import { todoEndpoints } from './todo-endpoints.mjs';

const cs = String.raw;

export default ({ pascalName }) => {
  const api = `src/${pascalName}.Api`;
  return [
    {
      file: `${api}/Todos/TodoItem.cs`,
      replace: '    public bool IsDone { get; set; }\n',
      with: '    public bool IsDone { get; set; }\n\n    public DateOnly? DueDate { get; set; }\n',
    },
    {
      file: `${api}/Todos/TodoContracts.cs`,
      content: cs`using System.ComponentModel.DataAnnotations;

namespace ${pascalName}.Api.Todos;

/// <summary>The body of POST and PUT /api/todos.</summary>
public sealed record TodoRequest
{
    [Required, StringLength(TodoItem.MaxTitleLength)]
    public string Title { get; init; } = "";

    public bool IsDone { get; init; }

    /// <summary>"2030-01-31", or null for none; PUT replaces the item, so leaving it out clears it.</summary>
    public DateOnly? DueDate { get; init; }
}

/// <summary>What the API returns for an item: the entity itself stays an internal detail.</summary>
public sealed record TodoResponse(int Id, string Title, bool IsDone, DateOnly? DueDate = null)
{
    public static TodoResponse From(TodoItem todo) => new(todo.Id, todo.Title, todo.IsDone, todo.DueDate);
}
`,
    },
    { file: `${api}/Todos/TodoEndpoints.cs`, content: todoEndpoints(pascalName, { paging: false, notifications: false }) },
  ];
};
