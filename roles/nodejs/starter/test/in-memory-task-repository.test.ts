import { InMemoryTaskRepository } from '../src/tasks/in-memory-task-repository.js';
import { describeTaskRepository } from './task-repository.contract.js';

describeTaskRepository('InMemoryTaskRepository', () => new InMemoryTaskRepository());
