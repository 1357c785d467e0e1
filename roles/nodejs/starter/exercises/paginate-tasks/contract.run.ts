// Runs your contract suite against your InMemoryTaskRepository and against each mutant of ./mutants.ts. Started by
// ../paginate-tasks.test.ts in a Vitest run of its own (its failures are what that check wants to see).
import { InMemoryTaskRepository } from '../../src/tasks/in-memory-task-repository.js';
import { describeTaskRepository } from '../../test/task-repository.contract.js';
import { mutants } from './mutants.js';

describeTaskRepository('InMemoryTaskRepository', () => new InMemoryTaskRepository());
mutants.forEach((mutant, i) => {
  describeTaskRepository(`mutant ${i}`, () => mutant.wrap(new InMemoryTaskRepository()));
});
