// Reference solution of dotnet/live-updates: TodoHub at /hubs/todos ([Authorize]), tokens from ?access_token= for
// /hubs paths, the "sub" claim as SignalR's user id, and each change sent to its owner's connections.
import { todoEndpoints } from './todo-endpoints.mjs';

const cs = String.raw;

export default ({ pascalName }) => {
  const api = `src/${pascalName}.Api`;
  return [
    {
      file: `${api}/Hubs/TodoHub.cs`,
      content: cs`using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace ${pascalName}.Api.Hubs;

/// <summary>Pushes each user's changes to that user's connections; clients only listen.</summary>
[Authorize]
public sealed class TodoHub : Hub
{
    public const string Route = "/hubs/todos";

    public const string TodoCreated = "TodoCreated";

    public const string TodoUpdated = "TodoUpdated";

    public const string TodoDeleted = "TodoDeleted";
}
`,
    },
    {
      file: `${api}/Hubs/SubjectUserIdProvider.cs`,
      content: cs`using Microsoft.AspNetCore.SignalR;
using Microsoft.IdentityModel.JsonWebTokens;

namespace ${pascalName}.Api.Hubs;

/// <summary>
/// A connection's user id for Clients.User: the token's "sub" claim. SignalR's default reads NameIdentifier, which
/// our tokens do not have, since the app keeps claim names as they are in the token.
/// </summary>
public sealed class SubjectUserIdProvider : IUserIdProvider
{
    public string? GetUserId(HubConnectionContext connection) =>
        connection.User?.FindFirst(JwtRegisteredClaimNames.Sub)?.Value;
}
`,
    },
    {
      file: `${api}/Auth/AuthServiceCollectionExtensions.cs`,
      replace: '                    ClockSkew = TimeSpan.FromSeconds(30),\n                };\n',
      with: cs`                    ClockSkew = TimeSpan.FromSeconds(30),
                };
                // Browsers cannot send headers when they open a WebSocket: SignalR clients send the token in the
                // query string, which only the hubs accept (a URL ends up in logs more easily than a header).
                bearer.Events = new JwtBearerEvents
                {
                    OnMessageReceived = context =>
                    {
                        string? token = context.Request.Query["access_token"];
                        if (!string.IsNullOrEmpty(token) && context.Request.Path.StartsWithSegments("/hubs"))
                        {
                            context.Token = token;
                        }
                        return Task.CompletedTask;
                    },
                };
`,
    },
    { file: `${api}/Todos/TodoEndpoints.cs`, content: todoEndpoints(pascalName, { paging: true, notifications: true }) },
    {
      file: `${api}/Program.cs`,
      replace: `using ${pascalName}.Api.Data;\n`,
      with: `using ${pascalName}.Api.Data;\nusing ${pascalName}.Api.Hubs;\n`,
    },
    {
      file: `${api}/Program.cs`,
      replace: 'using Microsoft.AspNetCore.HttpOverrides;\n',
      with: 'using Microsoft.AspNetCore.HttpOverrides;\nusing Microsoft.AspNetCore.SignalR;\n',
    },
    {
      file: `${api}/Program.cs`,
      replace: 'builder.Services.AddGrpc();\n',
      with: 'builder.Services.AddGrpc();\nbuilder.Services.AddSignalR();\nbuilder.Services.AddSingleton<IUserIdProvider, SubjectUserIdProvider>();\n',
    },
    {
      file: `${api}/Program.cs`,
      replace: 'app.MapGrpcService<TodoRpcService>().RequireAuthorization();\n',
      with: 'app.MapGrpcService<TodoRpcService>().RequireAuthorization();\napp.MapHub<TodoHub>(TodoHub.Route);\n',
    },
  ];
};
