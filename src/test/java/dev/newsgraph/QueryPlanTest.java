package dev.newsgraph;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.newsgraph.StatementCounter.Statement;
import dev.newsgraph.synthetic.SyntheticGenerator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every query shape's SQL is bounded by its page, on a generated dataset with Zipf-skewed
 * organizations, people and words: each statement the service runs for a shape is
 * replayed under {@code EXPLAIN ANALYZE}, and no plan may scan a large table whole or
 * sort more rows than a page's bounded candidates. A plan regression fails the build.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "newsgraph.seed.load-on-startup=false", "newsgraph.graphql.statement-timeout=60s" })
@AutoConfigureHttpGraphQlTester
@ActiveProfiles("test")
@Import(StatementCounter.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryPlanTest {

	private static final int ARTICLES = 10_000;

	/** Tables whose whole scan costs what the dataset costs. */
	private static final Set<String> LARGE_TABLES = Set.of("articles", "quotes", "organization_mentions",
			"article_people", "quote_about", "organization_articles", "person_articles", "organization_quotes_about",
			"organization_co_mentions", "article_positions");

	/**
	 * The most rows a sort may take: ranked search sorts its bounded candidates, 1,000
	 * articles and 1,000 quotes at the most, plus the names that match.
	 */
	private static final int SORT_BOUND = 2_100;

	private static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	SyntheticGenerator generator;

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	StatementCounter statements;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	private final Map<String, Object> variables = new HashMap<>();

	@BeforeAll
	void generateADatasetAndPickTheEntitiesToAskFor() {
		this.generator.generate(42, ARTICLES, (articles) -> {
		});
		this.variables.put("hot", slug("select slug from organizations order by mention_count desc, id limit 1"));
		this.variables.put("rare",
				slug("select slug from organizations where mention_count > 0 order by mention_count, id limit 1"));
		this.variables.put("organization", slug("""
				select slug from organizations where mention_count > 0
				order by mention_count desc, id offset (select count(*) / 2 from organizations where mention_count > 0)
				limit 1"""));
		this.variables.put("person",
				slug("select slug from people where article_count > 0 order by article_count, id limit 1"));
		this.variables.put("speaker", slug("select slug from people order by quote_count desc, id limit 1"));
		this.variables.put("article", slug("""
				select a.slug from articles a join organization_articles oa on oa.article_id = a.id
				where oa.organization_id = (select id from organizations where slug = :rare) limit 1"""));
		LocalDate middle = this.jdbc
			.sql("select published_on from articles where published_on is not null order by published_on "
					+ "offset (select count(published_on) / 2 from articles) limit 1")
			.query(LocalDate.class)
			.single();
		this.variables.put("from", middle.withDayOfMonth(1).toString());
		this.variables.put("to", middle.withDayOfMonth(middle.lengthOfMonth()).toString());
		this.variables.put("rareWord", slug("""
				select word from ts_stat('select search_vector from articles')
				where word ~ '^[a-z]{6,}$' order by ndoc, word limit 1"""));
		this.variables.put("commonWord", slug("""
				select word from ts_stat('select search_vector from articles')
				where word ~ '^[a-z]{4,}$' order by ndoc desc, word limit 1"""));
		String hotName = slug("select name from organizations where slug = :hot");
		this.variables.put("misspelled", hotName.substring(0, 1) + hotName.substring(2));
	}

	static Stream<String> shapes() throws Exception {
		return Stream.of(new ClassPathResource("graphql-test/plans/").getFile().list())
			.sorted()
			.map((file) -> file.replace(".graphql", ""));
	}

	@ParameterizedTest
	@MethodSource("shapes")
	void everyStatementOfTheShapeIsBoundedByItsPage(String shape) throws Exception {
		this.statements.take();
		this.graphQl.documentName("plans/" + shape).variables(this.variables).execute().errors().verify();
		List<Statement> run = this.statements.takeRecorded();
		assertThat(run).as("statements of %s", shape).isNotEmpty();
		for (Statement statement : run) {
			if (statement.sql().startsWith("explain")) {
				continue; // an estimate (MatchStrategy): planned, never run
			}
			JsonNode plan = explain(statement);
			List<String> problems = new ArrayList<>();
			inspect(plan, problems);
			assertThat(problems).as("%s:%n%s%nplan:%n%s", shape, statement.sql(), plan.toPrettyString()).isEmpty();
		}
	}

	/**
	 * Issue 18: names and titles in catalogue order come from an index of that collation.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "organizations-by-name", "people-by-name", "articles-by-title" })
	void catalogueOrderIsReadFromAnIndexWithoutASort(String shape) throws Exception {
		this.statements.take();
		this.graphQl.documentName("plans/" + shape).variables(this.variables).execute().errors().verify();
		for (Statement statement : this.statements.takeRecorded()) {
			JsonNode plan = explain(statement);
			assertThat(plan.toString()).as("%s:%n%s%nplan:%n%s", shape, statement.sql(), plan.toPrettyString())
				.doesNotContain("\"Node Type\":\"Sort\"")
				.contains("Index");
		}
	}

	private JsonNode explain(Statement statement) throws Exception {
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (java.sql.Statement settings = connection.createStatement();
					PreparedStatement explain = connection
						.prepareStatement("explain (analyze, format json) " + statement.sql())) {
				settings.execute("set local enable_seqscan = off");
				for (Map.Entry<Integer, Object> parameter : statement.parameters().entrySet()) {
					explain.setObject(parameter.getKey(), parameter.getValue());
				}
				try (ResultSet rs = explain.executeQuery()) {
					rs.next();
					return json.readTree(rs.getString(1)).get(0).get("Plan");
				}
			}
			finally {
				connection.rollback();
			}
		}
	}

	/** Whole scans of large tables, and sorts of more than a page's candidates. */
	private static void inspect(JsonNode node, List<String> problems) {
		String type = node.path("Node Type").asString();
		String relation = node.path("Relation Name").asString();
		if (type.equals("Seq Scan") && LARGE_TABLES.contains(relation)) {
			problems.add("sequential scan of " + relation);
		}
		if (type.equals("Sort")) {
			long sorted = node.path("Plans").get(0).path("Actual Rows").asLong()
					* node.path("Plans").get(0).path("Actual Loops").asLong();
			if (sorted > SORT_BOUND) {
				problems.add("sort of " + sorted + " rows");
			}
		}
		node.path("Plans").forEach((child) -> inspect(child, problems));
	}

	private String slug(String sql) {
		return this.jdbc.sql(sql).params(this.variables).query(String.class).single();
	}

}
