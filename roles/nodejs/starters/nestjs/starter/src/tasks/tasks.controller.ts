import { Body, Controller, Get, Post } from '@nestjs/common';
import { CreateTaskDto } from './dto/create-task.dto';
import type { Task } from './task';
import { TasksService } from './tasks.service';

@Controller('tasks')
export class TasksController {
  // Nest injects the module's TasksService: the constructor's parameter type is the provider token.
  constructor(private readonly tasks: TasksService) {}

  @Get()
  findAll(): { items: Task[] } {
    return { items: this.tasks.findAll() };
  }

  @Post()
  create(@Body() body: CreateTaskDto): Task {
    return this.tasks.create(body);
  }
}
