// Apollo Client 4 with its default link against a running newsgraph (NEWSGRAPH_URL): queries,
// Relay paging, GraphQL errors as the client reports them, and automatic persisted queries.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';

const uri = process.env.NEWSGRAPH_URL ?? 'http://localhost:8080/graphql';

/** The requests a client sent, as the service saw their bodies. */
function recordingFetch(bodies) {
  return (input, init) => {
    bodies.push(init?.body ? JSON.parse(init.body) : { get: String(input) });
    return fetch(input, init);
  };
}

function client(link) {
  return new ApolloClient({ link, cache: new InMemoryCache() });
}

const PAGE = gql`
  query Page($after: String) {
    articles(first: 2, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { id slug title }
    }
  }
`;

test('a query and the next page through the default HttpLink, with client-awareness headers', async () => {
  const apollo = client(new HttpLink({
    uri,
    headers: { 'apollographql-client-name': 'client-test', 'apollographql-client-version': '1' },
  }));
  const first = await apollo.query({ query: PAGE });
  assert.equal(first.data.articles.nodes.length, 2);
  assert.equal(first.data.articles.nodes[0].__typename, 'Article');
  const next = await apollo.query({ query: PAGE, variables: { after: first.data.articles.pageInfo.endCursor } });
  const slugs = new Set(first.data.articles.nodes.map((article) => article.slug));
  assert.ok(next.data.articles.nodes.every((article) => !slugs.has(article.slug)));
});

test('a bad argument arrives as a GraphQL error the client can show', async () => {
  const apollo = client(new HttpLink({ uri }));
  await assert.rejects(
    apollo.query({ query: gql`{ articles(filter: { publishedAfter: "2024-13-45" }) { totalCount } }` }),
    (error) => {
      assert.ok(CombinedGraphQLErrors.is(error), `not a GraphQL error: ${error}`);
      assert.equal(error.errors[0].message,
        'Argument \'filter.publishedAfter\' of articles got "2024-13-45", but it must be a date as YYYY-MM-DD');
      assert.equal(error.errors[0].extensions.classification, 'BAD_REQUEST');
      return true;
    });
});

test('automatic persisted queries: the hash alone once the service knows the text', async () => {
  const sha256 = (query) => createHash('sha256').update(query).digest('hex');
  const query = gql`query Persisted { dataset { version counts { articles } } }`;
  const bodies = [];
  const link = () => ApolloLink.from([
    new PersistedQueryLink({ sha256 }),
    new HttpLink({ uri, fetch: recordingFetch(bodies) }),
  ]);
  const first = await client(link()).query({ query });
  assert.ok(first.data.dataset.counts.articles > 0);
  // unknown hash, then the text: Apollo's protocol
  assert.equal(bodies[0].query, undefined);
  assert.ok(bodies.some((body) => typeof body.query === 'string'));
  bodies.length = 0;
  const again = await client(link()).query({ query });
  assert.deepEqual(again.data, first.data);
  assert.equal(bodies.length, 1);
  assert.equal(bodies[0].query, undefined);
  assert.equal(bodies[0].extensions.persistedQuery.sha256Hash.length, 64);
});
