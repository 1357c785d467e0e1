// An in-memory stand-in for a real database. Each method is one "query" and is written to
// queryLog, so tests can see exactly how many round trips a GraphQL operation caused.

export type Role = 'READER' | 'ADMIN';

export interface AuthorRecord {
  id: string;
  name: string;
}

export interface BookRecord {
  id: string;
  title: string;
  publishedYear: number;
  authorId: string;
}

export interface UserRecord {
  id: string;
  name: string;
  email: string;
  role: Role;
}

export interface ReviewRecord {
  id: string;
  bookId: string;
  userId: string;
  rating: number;
  comment: string;
  createdAt: string;
}

export class Database {
  readonly queryLog: string[] = [];

  private readonly authors: AuthorRecord[] = [
    { id: 'a1', name: 'Ursula K. Le Guin' },
    { id: 'a2', name: 'Octavia E. Butler' },
    { id: 'a3', name: 'Ted Chiang' },
  ];

  private readonly books: BookRecord[] = [
    { id: 'b1', title: 'A Wizard of Earthsea', publishedYear: 1968, authorId: 'a1' },
    { id: 'b2', title: 'The Dispossessed', publishedYear: 1974, authorId: 'a1' },
    { id: 'b3', title: 'Kindred', publishedYear: 1979, authorId: 'a2' },
    { id: 'b4', title: 'Parable of the Sower', publishedYear: 1993, authorId: 'a2' },
    { id: 'b5', title: 'Exhalation', publishedYear: 2019, authorId: 'a3' },
  ];

  private readonly users: UserRecord[] = [
    { id: 'u1', name: 'Alice', email: 'alice@example.com', role: 'ADMIN' },
    { id: 'u2', name: 'Bob', email: 'bob@example.com', role: 'READER' },
    { id: 'u3', name: 'Carol', email: 'carol@example.com', role: 'READER' },
  ];

  // Opaque session tokens; a real service would verify a signed JWT or look up a session store.
  private readonly sessions = new Map<string, string>([
    ['alice-token', 'u1'],
    ['bob-token', 'u2'],
    ['carol-token', 'u3'],
  ]);

  private readonly reviews: ReviewRecord[] = [
    { id: 'r1', bookId: 'b2', userId: 'u2', rating: 5, comment: 'An ambiguous utopia, and a great one.', createdAt: '2024-03-01T10:00:00.000Z' },
    { id: 'r2', bookId: 'b3', userId: 'u3', rating: 4, comment: 'Could not put it down.', createdAt: '2024-04-12T18:30:00.000Z' },
    { id: 'r3', bookId: 'b2', userId: 'u3', rating: 4, comment: 'Slow start, worth it.', createdAt: '2024-05-20T08:15:00.000Z' },
  ];

  private nextReviewId = this.reviews.length + 1;

  listBooks(): BookRecord[] {
    this.log('SELECT * FROM books ORDER BY id');
    return [...this.books];
  }

  booksByIds(ids: readonly string[]): BookRecord[] {
    this.log(`SELECT * FROM books WHERE id IN (${ids.join(', ')})`);
    return this.books.filter((book) => ids.includes(book.id));
  }

  authorsByIds(ids: readonly string[]): AuthorRecord[] {
    this.log(`SELECT * FROM authors WHERE id IN (${ids.join(', ')})`);
    return this.authors.filter((author) => ids.includes(author.id));
  }

  usersByIds(ids: readonly string[]): UserRecord[] {
    this.log(`SELECT * FROM users WHERE id IN (${ids.join(', ')})`);
    return this.users.filter((user) => ids.includes(user.id));
  }

  reviewsByBookIds(bookIds: readonly string[]): ReviewRecord[] {
    this.log(`SELECT * FROM reviews WHERE book_id IN (${bookIds.join(', ')}) ORDER BY created_at`);
    return this.reviews.filter((review) => bookIds.includes(review.bookId));
  }

  userBySessionToken(token: string): UserRecord | undefined {
    this.log('SELECT users.* FROM sessions JOIN users ON users.id = sessions.user_id WHERE token = ?');
    const userId = this.sessions.get(token);
    return this.users.find((user) => user.id === userId);
  }

  insertReview(review: Omit<ReviewRecord, 'id' | 'createdAt'>): ReviewRecord {
    this.log('INSERT INTO reviews (book_id, user_id, rating, comment) VALUES (?, ?, ?, ?)');
    const created: ReviewRecord = { ...review, id: `r${this.nextReviewId++}`, createdAt: new Date().toISOString() };
    this.reviews.push(created);
    return created;
  }

  private log(sql: string): void {
    this.queryLog.push(sql);
  }
}
