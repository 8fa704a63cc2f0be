// GraphiQL for newsgraph: the default query, then example tabs that walk the relations.
(function () {
  var tabs = [
    {
      query: '# Welcome to newsgraph: curated news, its organizations, people and quotes.\n' +
        '# Press the run button (or Ctrl-Enter). The Docs panel lists every type and field.\n' +
        'query Welcome {\n' +
        '  dataset { version counts { articles organizations people quotes } }\n' +
        '  articles(first: 4) {\n' +
        '    nodes {\n' +
        '      title\n' +
        '      organizations { organization { name } count }\n' +
        '      quotes { text speaker { name } }\n' +
        '    }\n' +
        '  }\n' +
        '}\n'
    },
    {
      query: '# Who said what about whom: quotes whose text names an organization\n' +
        'query QuotesAboutHuawei {\n' +
        '  organization(slug: "huawei") {\n' +
        '    name\n' +
        '    quotesAbout { nodes { text speaker { name } organization { name } role article { title } } }\n' +
        '  }\n' +
        '}\n'
    },
    {
      query: '# From a person to everything they said, and where\n' +
        'query WhatGlennConleySaid {\n' +
        '  person(slug: "glenn-conley") {\n' +
        '    name\n' +
        '    affiliations { organization { name } role }\n' +
        '    quotes { totalCount nodes { text context article { title } } }\n' +
        '  }\n' +
        '}\n'
    },
    {
      query: '# A chart of mentions over time: every month of 2013, empty months too\n' +
        'query HuaweiByMonth {\n' +
        '  organization(slug: "huawei") {\n' +
        '    name\n' +
        '    timeline(interval: MONTH, from: "2013-01-01", to: "2013-12-31") {\n' +
        '      start articles impreciseArticles quotes quotesAbout\n' +
        '    }\n' +
        '  }\n' +
        '}\n'
    },
    {
      query: '# Who rose most in 2013 against 2012, by their share of the dated articles\n' +
        'query Trending {\n' +
        '  trending(from: "2013-01-01", to: "2013-12-31", baselineFrom: "2012-01-01", baselineTo: "2012-12-31", first: 5) {\n' +
        '    articles baselineArticles\n' +
        '    organizations { organization { name } articles baselineArticles ratio }\n' +
        '    people { person { name } articles baselineArticles ratio }\n' +
        '  }\n' +
        '}\n'
    },
    {
      query: '# A sidebar for a filtered list: counts over every matching article, not the page.\n' +
        '# Each facet leaves out its own condition, so organizations lists the alternatives to Huawei.\n' +
        'query Facets {\n' +
        '  articles(filter: { organizations: ["huawei"] }, first: 3) {\n' +
        '    nodes { title }\n' +
        '    facets {\n' +
        '      articles\n' +
        '      organizations(first: 5) { organization { name } count }\n' +
        '      people(first: 5) { person { name } count }\n' +
        '      sources { source { name } count }\n' +
        '      years { year count }\n' +
        '    }\n' +
        '  }\n' +
        '}\n'
    },
    {
      query: '# The chart of a search: its matching articles year by year\n' +
        'query SearchTimeline {\n' +
        '  timeline(filter: { search: "Huawei" }, interval: YEAR, from: "2010-01-01", to: "2015-12-31") {\n' +
        '    start articles impreciseArticles quotes\n' +
        '  }\n' +
        '}\n'
    },
    {
      query: '# Full-text and name search, ranked, with highlights\n' +
        'query Search($query: String!) {\n' +
        '  search(query: $query, first: 5) {\n' +
        '    totalCount\n' +
        '    nodes { rank highlight node { __typename ... on Organization { name } ... on Article { title } } }\n' +
        '  }\n' +
        '}\n',
      variables: '{ "query": "telefonica" }'
    },
    {
      query: '# Paging: pass pageInfo.endCursor as "after" for the next page\n' +
        'query Organizations($after: String) {\n' +
        '  organizations(first: 5, after: $after, orderBy: { field: MENTION_COUNT, direction: DESC }) {\n' +
        '    totalCount\n' +
        '    pageInfo { hasNextPage endCursor }\n' +
        '    nodes { name kind mentionCount coMentions(first: 3) { organization { name } articleCount } }\n' +
        '  }\n' +
        '}\n'
    }
  ];
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, {
    fetcher: GraphiQL.createFetcher({ url: '/graphql' }),
    defaultTabs: tabs,
    defaultEditorToolsVisibility: true
  }));
})();
