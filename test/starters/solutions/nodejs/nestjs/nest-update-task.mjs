// Reference solution of nodejs/nestjs/nest-update-task: UpdateTaskDto (every field optional, validated by the
// global ValidationPipe), TasksService.update and PATCH :id with ParseIntPipe. Applied after nest-task-by-id's
// solution (test/starters/exercises.mjs applies them in the order of exercises.yaml), whose imports it reuses.
export default [
  {
    file: 'src/tasks/dto/update-task.dto.ts',
    content: `import { IsBoolean, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

/** The body of PATCH /tasks/:id: only the fields it names change. */
export class UpdateTaskDto {
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title?: string;

  @IsOptional()
  @IsBoolean()
  done?: boolean;
}
`,
  },
  {
    file: 'src/tasks/tasks.service.ts',
    replace: `import type { CreateTaskDto } from './dto/create-task.dto';`,
    with: `import type { CreateTaskDto } from './dto/create-task.dto';
import type { UpdateTaskDto } from './dto/update-task.dto';`,
  },
  {
    file: 'src/tasks/tasks.service.ts',
    replace: `  create(input: CreateTaskDto): Task {`,
    with: `  update(id: number, changes: UpdateTaskDto): Task {
    const task = this.tasks.find((candidate) => candidate.id === id);
    if (!task) throw new NotFoundException(\`No task \${id}\`);
    if (changes.title !== undefined) task.title = changes.title;
    if (changes.done !== undefined) task.done = changes.done;
    return { ...task };
  }

  create(input: CreateTaskDto): Task {`,
  },
  {
    file: 'src/tasks/tasks.controller.ts',
    replace: `import { CreateTaskDto } from './dto/create-task.dto';`,
    with: `import { CreateTaskDto } from './dto/create-task.dto';
import { UpdateTaskDto } from './dto/update-task.dto';`,
  },
  {
    file: 'src/tasks/tasks.controller.ts',
    replace: `Get, Param, ParseIntPipe, Post }`,
    with: `Get, Param, ParseIntPipe, Patch, Post }`,
  },
  {
    file: 'src/tasks/tasks.controller.ts',
    replace: `  @Get()\n`,
    with: `  @Patch(':id')
  update(@Param('id', ParseIntPipe) id: number, @Body() body: UpdateTaskDto): Task {
    return this.tasks.update(id, body);
  }

  @Get()
`,
  },
];
