export const typeDefs = /* GraphQL */ `
  type Query {
    books: [Book!]!
    book(id: ID!): Book
    "The signed-in user, or null."
    me: User
  }

  type Mutation {
    "Requires a signed-in user."
    addReview(input: AddReviewInput!): Review!
  }

  type Subscription {
    "New reviews, of one book or of all books."
    reviewAdded(bookId: ID): Review!
  }

  type Book {
    id: ID!
    title: String!
    publishedYear: Int!
    author: Author!
    reviews: [Review!]!
  }

  type Author {
    id: ID!
    name: String!
  }

  type Review {
    id: ID!
    "1 to 5."
    rating: Int!
    comment: String!
    createdAt: String!
    book: Book!
    reviewer: User!
  }

  type User {
    id: ID!
    name: String!
    role: Role!
    "Only the user themselves and admins may read this."
    email: String
  }

  enum Role {
    READER
    ADMIN
  }

  input AddReviewInput {
    bookId: ID!
    rating: Int!
    comment: String!
  }
`;
