import { Injectable } from '@nestjs/common';
import type { CreateTaskDto } from './dto/create-task.dto';
import type { Task } from './task';

/** Keeps the tasks in memory: one instance per app (Nest providers are singletons), empty at every start. */
@Injectable()
export class TasksService {
  private readonly tasks: Task[] = [];
  private nextId = 1;

  findAll(): Task[] {
    return this.tasks.map((task) => ({ ...task }));
  }

  create(input: CreateTaskDto): Task {
    const task: Task = { id: this.nextId++, title: input.title, done: false, createdAt: new Date().toISOString() };
    this.tasks.push(task);
    return { ...task };
  }
}
