// Reference solution of dotnet/grpc-todo-service: the exercise's todos.proto compiled as a server in the API
// (Grpc.AspNetCore), TodoRpcService over the same table, behind the same JWT.
import { todoRpcService } from './todo-rpc-service.mjs';

export default ({ pascalName }) => {
  const api = `src/${pascalName}.Api`;
  return [
    {
      file: `${api}/Protos/todos.proto`,
      content: `// The contract of todos.v1.TodoService, as exercises/${pascalName}.Api.Exercises/Protos/todos.proto defines it.
syntax = "proto3";

option csharp_namespace = "${pascalName}.Api.Rpc";

package todos.v1;

service TodoService {
  // The caller's items, oldest first.
  rpc ListTodos (ListTodosRequest) returns (ListTodosReply);
  // Creates an item for the caller; a blank title, or one over 200 characters, is INVALID_ARGUMENT.
  rpc CreateTodo (CreateTodoRequest) returns (Todo);
}

message ListTodosRequest {}

message ListTodosReply {
  repeated Todo todos = 1;
}

message CreateTodoRequest {
  string title = 1;
}

message Todo {
  int32 id = 1;
  string title = 2;
  bool is_done = 3;
}
`,
    },
    {
      file: `${api}/${pascalName}.Api.csproj`,
      replace: '    <PackageReference Include="Microsoft.AspNetCore.Authentication.JwtBearer" Version="8.0.34" />\n',
      with:
        '    <PackageReference Include="Grpc.AspNetCore" Version="2.71.0" />\n' +
        '    <PackageReference Include="Microsoft.AspNetCore.Authentication.JwtBearer" Version="8.0.34" />\n',
    },
    {
      file: `${api}/${pascalName}.Api.csproj`,
      replace: '  </ItemGroup>\n\n</Project>',
      with: '  </ItemGroup>\n\n  <ItemGroup>\n    <Protobuf Include="Protos\\todos.proto" GrpcServices="Server" />\n  </ItemGroup>\n\n</Project>',
    },
    { file: `${api}/Rpc/TodoRpcService.cs`, content: todoRpcService(pascalName, { commands: false }) },
    {
      file: `${api}/Program.cs`,
      replace: `using ${pascalName}.Api.Data;\n`,
      with: `using ${pascalName}.Api.Data;\nusing ${pascalName}.Api.Rpc;\n`,
    },
    {
      file: `${api}/Program.cs`,
      replace: 'builder.Services.AddRazorComponents();\n',
      with: 'builder.Services.AddRazorComponents();\nbuilder.Services.AddGrpc();\n',
    },
    {
      file: `${api}/Program.cs`,
      replace: 'app.MapRazorComponents<App>();\n',
      with: 'app.MapRazorComponents<App>();\napp.MapGrpcService<TodoRpcService>().RequireAuthorization();\n',
    },
  ];
};
