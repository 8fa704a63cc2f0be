// Runs the graphql-http audit (the GraphQL-over-HTTP specification's server checks) against the
// URL given, and prints each result as one JSON line.
import { auditServer } from 'graphql-http';

const results = await auditServer({ url: process.argv[2] });
for (const result of results) {
  console.log(JSON.stringify({ id: result.id, name: result.name, status: result.status, reason: result.reason }));
}
