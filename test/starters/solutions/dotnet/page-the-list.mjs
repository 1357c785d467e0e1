// Reference solution of dotnet/page-the-list: ?page=&pageSize= validated, counted and paged in SQL (COUNT, then
// LIMIT/OFFSET), with X-Total-Count; every query was already awaited with the request's token.
import { todoEndpoints } from './todo-endpoints.mjs';

export default ({ pascalName }) => [
  { file: `src/${pascalName}.Api/Todos/TodoEndpoints.cs`, content: todoEndpoints(pascalName, { paging: true, notifications: false }) },
];
