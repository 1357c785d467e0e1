/** A task as the API returns it. */
export interface Task {
  id: number;
  title: string;
  done: boolean;
  createdAt: string;
}
