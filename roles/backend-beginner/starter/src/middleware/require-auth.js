import { unauthorized } from '../errors.js';
import { publicUser } from '../repositories/users.js';
import { readToken } from '../tokens.js';

/** Lets a request through only with a valid "Authorization: Bearer <token>" header, and sets req.user. */
export function requireAuth({ users, jwtSecret }) {
  return (req, res, next) => {
    const [scheme, token] = (req.get('Authorization') ?? '').split(' ');
    if (scheme !== 'Bearer' || !token) throw unauthorized('Send an Authorization: Bearer <token> header');

    const userId = readToken(token, jwtSecret);
    // A valid token for a user that has since been deleted must not work either.
    const user = userId && users.findById(userId);
    if (!user) throw unauthorized('The token is invalid or has expired');

    req.user = publicUser(user);
    next();
  };
}
