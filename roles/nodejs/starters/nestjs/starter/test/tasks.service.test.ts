import { Test } from '@nestjs/testing';
import { describe, expect, it } from 'vitest';
import { TasksService } from '../src/tasks/tasks.service';

describe('TasksService', () => {
  async function service() {
    const moduleRef = await Test.createTestingModule({ providers: [TasksService] }).compile();
    return moduleRef.get(TasksService);
  }

  it('numbers tasks from 1 in creation order', async () => {
    const tasks = await service();
    expect(tasks.create({ title: 'a' }).id).toBe(1);
    expect(tasks.create({ title: 'b' }).id).toBe(2);
    expect(tasks.findAll().map((task) => task.title)).toEqual(['a', 'b']);
  });

  it('hands out copies, so callers cannot change the stored tasks', async () => {
    const tasks = await service();
    tasks.create({ title: 'a' }).title = 'changed';
    const [listed] = tasks.findAll();
    if (listed) listed.done = true;
    expect(tasks.findAll()[0]).toMatchObject({ title: 'a', done: false });
  });
});
