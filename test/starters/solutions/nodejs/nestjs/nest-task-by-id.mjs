// Reference solution of nodejs/nestjs/nest-task-by-id: TasksService.findOne throws NotFoundException, and the
// controller's GET :id turns the id into a number with ParseIntPipe (a 400 for anything else).
export default [
  {
    file: 'src/tasks/tasks.service.ts',
    replace: `import { Injectable } from '@nestjs/common';`,
    with: `import { Injectable, NotFoundException } from '@nestjs/common';`,
  },
  {
    file: 'src/tasks/tasks.service.ts',
    replace: `  create(input: CreateTaskDto): Task {`,
    with: `  findOne(id: number): Task {
    const task = this.tasks.find((candidate) => candidate.id === id);
    if (!task) throw new NotFoundException(\`No task \${id}\`);
    return { ...task };
  }

  create(input: CreateTaskDto): Task {`,
  },
  {
    file: 'src/tasks/tasks.controller.ts',
    replace: `import { Body, Controller, Get, Post } from '@nestjs/common';`,
    with: `import { Body, Controller, Get, Param, ParseIntPipe, Post } from '@nestjs/common';`,
  },
  {
    file: 'src/tasks/tasks.controller.ts',
    replace: `  @Post()`,
    with: `  @Get(':id')
  findOne(@Param('id', ParseIntPipe) id: number): Task {
    return this.tasks.findOne(id);
  }

  @Post()`,
  },
];
