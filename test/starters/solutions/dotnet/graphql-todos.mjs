// Reference solution of dotnet/graphql-todos: a Hot Chocolate server at /graphql (HotChocolate.AspNetCore) whose
// query and mutation types need a signed-in user ([Authorize] of HotChocolate.AspNetCore.Authorization), over the
// same table as /api/todos. It comes after event-sourced-history in the manifest, so it adds items through
// TodoCommands, as the REST and gRPC endpoints do by then.
const cs = String.raw;

// Hot Chocolate 15 supports net8.0, the starter's target framework; both packages are released together.
const HOT_CHOCOLATE = '15.1.12';

export default ({ pascalName }) => {
  const api = `src/${pascalName}.Api`;
  return [
    {
      file: `${api}/${pascalName}.Api.csproj`,
      replace: '    <PackageReference Include="Microsoft.AspNetCore.Authentication.JwtBearer" Version="8.0.34" />\n',
      with:
        `    <PackageReference Include="HotChocolate.AspNetCore" Version="${HOT_CHOCOLATE}" />\n` +
        `    <PackageReference Include="HotChocolate.AspNetCore.Authorization" Version="${HOT_CHOCOLATE}" />\n` +
        '    <PackageReference Include="Microsoft.AspNetCore.Authentication.JwtBearer" Version="8.0.34" />\n',
    },
    {
      file: `${api}/GraphQL/TodoNode.cs`,
      content: cs`using ${pascalName}.Api.Todos;
using HotChocolate;

namespace ${pascalName}.Api.GraphQL;

/// <summary>The GraphQL type Todo: id: Int!, title: String!, isDone: Boolean! (the entity stays internal).</summary>
[GraphQLName("Todo")]
public sealed class TodoNode
{
    public required int Id { get; init; }

    public required string Title { get; init; }

    public required bool IsDone { get; init; }

    public static TodoNode From(TodoItem todo) => new() { Id = todo.Id, Title = todo.Title, IsDone = todo.IsDone };
}
`,
    },
    {
      file: `${api}/GraphQL/TodoQueries.cs`,
      content: cs`using System.Security.Claims;
using ${pascalName}.Api.Auth;
using ${pascalName}.Api.Data;
using HotChocolate;
using HotChocolate.Authorization;
using Microsoft.EntityFrameworkCore;

namespace ${pascalName}.Api.GraphQL;

/// <summary>The Query type. [Authorize] on the class protects every field: without a user, AUTH_NOT_AUTHENTICATED.</summary>
[Authorize]
public sealed class TodoQueries
{
    /// <summary>todos: [Todo!]!, the caller's items, oldest first.</summary>
    public async Task<IReadOnlyList<TodoNode>> GetTodos(
        ClaimsPrincipal user, [Service] AppDbContext db, CancellationToken cancellationToken)
    {
        var ownerId = user.GetUserId();
        var todos = await db.Todos
            .AsNoTracking()
            .Where(todo => todo.OwnerId == ownerId)
            .OrderBy(todo => todo.Id)
            .ToListAsync(cancellationToken);
        return todos.Select(TodoNode.From).ToList();
    }
}
`,
    },
    {
      file: `${api}/GraphQL/TodoMutations.cs`,
      content: cs`using System.Security.Claims;
using ${pascalName}.Api.Auth;
using ${pascalName}.Api.Todos;
using HotChocolate;
using HotChocolate.Authorization;

namespace ${pascalName}.Api.GraphQL;

/// <summary>The Mutation type, behind the same JWT as the REST API.</summary>
[Authorize]
public sealed class TodoMutations
{
    /// <summary>addTodo(title: String!): Todo!, a new item of the caller's; a blank or too long title is BAD_USER_INPUT.</summary>
    public async Task<TodoNode> AddTodo(
        string title, ClaimsPrincipal user, [Service] TodoCommands commands, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(title) || title.Length > TodoItem.MaxTitleLength)
        {
            throw new GraphQLException(ErrorBuilder.New()
                .SetMessage($"title must not be blank, nor longer than {TodoItem.MaxTitleLength} characters.")
                .SetCode("BAD_USER_INPUT")
                .Build());
        }

        var todo = await commands.CreateAsync(user.GetUserId(), new TodoRequest { Title = title }, cancellationToken);
        return TodoNode.From(todo);
    }
}
`,
    },
    {
      file: `${api}/Program.cs`,
      replace: `using ${pascalName}.Api.Data;\n`,
      with: `using ${pascalName}.Api.Data;\nusing ${pascalName}.Api.GraphQL;\n`,
    },
    {
      file: `${api}/Program.cs`,
      replace: 'builder.Services.AddGrpc();\n',
      with: cs`builder.Services.AddGrpc();
// GraphQL at /graphql; AddAuthorization() makes Hot Chocolate honour its [Authorize] with ASP.NET Core's policies.
builder.Services
    .AddGraphQLServer()
    .AddAuthorization()
    .AddQueryType<TodoQueries>()
    .AddMutationType<TodoMutations>();
`,
    },
    {
      file: `${api}/Program.cs`,
      replace: 'app.MapHub<TodoHub>(TodoHub.Route);\n',
      with: 'app.MapHub<TodoHub>(TodoHub.Route);\napp.MapGraphQL();\n',
    },
  ];
};
