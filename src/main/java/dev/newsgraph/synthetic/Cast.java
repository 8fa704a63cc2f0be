package dev.newsgraph.synthetic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Everyone the articles can name: sources, organizations and people with their
 * affiliations, held in memory (a twentieth and a tenth of the article count) so that
 * articles can refer to them. Popularity follows Zipf's law over a shuffled order, so the
 * most mentioned organization is not simply the first id.
 */
final class Cast {

	static final List<String> SOURCES = List.of("The Harbor Ledger", "Northfield Herald", "Metro Business Review",
			"The Evening Dispatch", "Tech Signal Weekly", "Capital Markets Wire", "The Riverside Courier",
			"Global Trade Journal", "The Morning Register", "Industry Insider", "The Valley Tribune",
			"Network World Report", "The Coastal Observer", "Enterprise Channel News", "The Daily Compass",
			"Market Pulse", "The Lakeside Gazette", "Digital Economy Times", "The Summit Post", "Policy and Business");

	private static final List<String> KINDS = List.of("COMPANY", "DIVISION", "JOINT_VENTURE", "BRAND", "GOVERNMENT",
			"MEDIA", "OTHER");

	/** Percentages of the kinds above. */
	private static final int[] KIND_SHARES = { 62, 8, 3, 8, 7, 7, 5 };

	private static final List<List<String>> SUFFIXES = List.of(
			List.of("Corporation", "Group", "Holdings", "Technologies", "Systems", "Industries", "Partners",
					"Networks"),
			List.of("Services", "Solutions", "Division"), List.of("Alliance", "Ventures", "Consortium"),
			List.of("Brands", "Studio", "Works"), List.of("Agency", "Authority", "Commission", "Bureau"),
			List.of("Media", "News", "Broadcasting", "Press"), List.of("Foundation", "Institute", "Association"));

	private static final List<String> BUSINESS_ROLES = List.of("chief executive", "chief financial officer",
			"chief technology officer", "president", "spokesperson", "vice president of sales", "head of research",
			"general counsel", "director of communications", "product manager", "senior analyst", "founder");

	private static final List<List<String>> ROLES = List.of(BUSINESS_ROLES, BUSINESS_ROLES, BUSINESS_ROLES,
			BUSINESS_ROLES,
			List.of("minister", "spokesperson", "commissioner", "deputy director", "press secretary",
					"senior official"),
			List.of("editor", "reporter", "columnist", "producer", "publisher"),
			List.of("director", "fellow", "chair", "researcher", "spokesperson"));

	private static final List<String> COUNTRIES = List.of("US", "GB", "DE", "FR", "CN", "JP", "IN", "CA", "BR", "KR",
			"IT", "ES", "NL", "SE", "CH", "AU", "MX", "ZA", "NG", "SG");

	record Organization(int id, String slug, String name, String alias, String kind, String country, String description,
			Integer parentId) {
	}

	record Person(int id, String slug, String name, String familyName, List<Affiliation> affiliations) {
	}

	record Affiliation(int id, int organizationId, String role) {
	}

	private final List<Organization> organizations;

	private final List<Person> people;

	private final int[] organizationByRank;

	private final int[] personByRank;

	private final Zipf organizationPopularity;

	private final Zipf speakerPopularity;

	private final Zipf sourcePopularity = new Zipf(SOURCES.size(), 0.8);

	private Cast(List<Organization> organizations, List<Person> people, int[] organizationByRank, int[] personByRank) {
		this.organizations = organizations;
		this.people = people;
		this.organizationByRank = organizationByRank;
		this.personByRank = personByRank;
		this.organizationPopularity = new Zipf(organizations.size(), 1.2);
		this.speakerPopularity = new Zipf(people.size(), 1.0);
	}

	static Cast create(long seed, int articles, Words words, Prose prose) {
		SplittableRandom random = new SplittableRandom(Seeds.mix(seed, -1));
		int organizationCount = Math.max(50, articles / 20);
		int peopleCount = Math.max(100, articles / 10);
		int[] organizationByRank = shuffled(organizationCount, random);
		Zipf affiliationPopularity = new Zipf(organizationCount, 0.9);
		List<String> nameWords = prose.nameWords();
		Set<String> taken = new HashSet<>();
		Map<String, List<String>> aliasEndings = new HashMap<>();
		NavigableSet<String> wordsThatStartNames = new TreeSet<>(words.givenNames());
		Set<String> aliasSecondWords = new HashSet<>();
		List<Organization> organizations = new ArrayList<>(organizationCount);
		for (int id = 1; id <= organizationCount; id++) {
			String alias;
			do {
				alias = Prose.capitalize(nameWords.get(random.nextInt(nameWords.size()))) + " "
						+ Prose.capitalize(nameWords.get(random.nextInt(nameWords.size())));
			}
			while (clashes(alias, aliasEndings, wordsThatStartNames, aliasSecondWords) || !taken.add(alias));
			String[] aliasWords = alias.split(" ");
			aliasEndings.computeIfAbsent(aliasWords[0], (first) -> new ArrayList<>()).add(aliasWords[1]);
			wordsThatStartNames.add(aliasWords[0]);
			aliasSecondWords.add(aliasWords[1]);
			int kind = kind(random.nextInt(100));
			List<String> suffixes = SUFFIXES.get(kind);
			// three words, where every alias has two: no name equals another's alias
			String name = alias + " " + suffixes.get(random.nextInt(suffixes.size()));
			String country = (random.nextInt(10) < 6) ? COUNTRIES.get(random.nextInt(COUNTRIES.size())) : null;
			String description = null;
			if (random.nextInt(10) < 4) {
				StringBuilder sentence = new StringBuilder();
				prose.sentence(sentence, random);
				description = sentence.toString();
			}
			Integer parent = null;
			if ((kind == 1 || kind == 2 || kind == 3) && random.nextInt(10) < 8) {
				int candidate = organizationByRank[affiliationPopularity.sample(random)] + 1;
				parent = (candidate != id) ? candidate : null;
			}
			organizations.add(new Organization(id, Prose.slug(name, 100), name, alias, KINDS.get(kind), country,
					description, parent));
		}
		List<Person> people = new ArrayList<>(peopleCount);
		taken.clear();
		int affiliationId = 0;
		for (int id = 1; id <= peopleCount; id++) {
			String given;
			String family;
			String name;
			do {
				given = words.givenNames().get(random.nextInt(words.givenNames().size()));
				family = words.familyNames().get(random.nextInt(words.familyNames().size()));
				boolean initial = random.nextInt(10) < 3;
				name = initial ? given + " " + (char) ('A' + random.nextInt(26)) + ". " + family : given + " " + family;
			}
			while (containsAnAlias(name, aliasEndings) || !taken.add(name));
			List<Affiliation> affiliations = new ArrayList<>(2);
			int count = (random.nextInt(10) < 7) ? 1 : 2;
			while (affiliations.size() < count) {
				int organizationId = organizationByRank[affiliationPopularity.sample(random)] + 1;
				if (affiliations.isEmpty() || affiliations.get(0).organizationId() != organizationId) {
					List<String> roles = ROLES.get(KINDS.indexOf(organizations.get(organizationId - 1).kind()));
					String role = (random.nextInt(20) > 0) ? roles.get(random.nextInt(roles.size())) : null;
					affiliations.add(new Affiliation(++affiliationId, organizationId, role));
				}
			}
			people.add(new Person(id, Prose.slug(name, 100), name, family, List.copyOf(affiliations)));
		}
		return new Cast(List.copyOf(organizations), List.copyOf(people), organizationByRank,
				shuffled(peopleCount, random));
	}

	/**
	 * Whether an organization's alias stands in the name ("Maria Ball" in "Maria
	 * Ballard"): the text would then mention the organization, or hold its alias inside a
	 * word, which the seed loader refuses. Aliases are two capitalized words, so they can
	 * only start where a word of the name does.
	 */
	private static boolean containsAnAlias(String name, Map<String, List<String>> aliasEndings) {
		String[] words = name.split(" ");
		for (int i = 0; i + 1 < words.length; i++) {
			for (String ending : aliasEndings.getOrDefault(words[i], List.of())) {
				if (words[i + 1].startsWith(ending)) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Whether a new alias could stand inside a word of a text: inside an earlier alias
	 * ("Labour Feel" in "Labour Feels"), or where a capitalized word precedes a name
	 * whose first word its second word begins ("Labour" then "Feels Continue Solutions"),
	 * and the other way round.
	 */
	private static boolean clashes(String alias, Map<String, List<String>> aliasEndings,
			NavigableSet<String> wordsThatStartNames, Set<String> aliasSecondWords) {
		String[] words = alias.split(" ");
		for (String ending : aliasEndings.getOrDefault(words[0], List.of())) {
			if (words[1].startsWith(ending) || ending.startsWith(words[1])) {
				return true;
			}
		}
		if (!wordsThatStartNames.subSet(words[1], true, words[1] + Character.MAX_VALUE, false).isEmpty()) {
			return true;
		}
		for (int length = 1; length <= words[0].length(); length++) {
			if (aliasSecondWords.contains(words[0].substring(0, length))) {
				return true;
			}
		}
		return false;
	}

	private static int kind(int percentile) {
		int kind = 0;
		for (int below = KIND_SHARES[0]; percentile >= below; below += KIND_SHARES[kind]) {
			kind++;
		}
		return kind;
	}

	/** 0..n-1 in a random order (Fisher-Yates). */
	private static int[] shuffled(int n, SplittableRandom random) {
		int[] order = new int[n];
		for (int i = 0; i < n; i++) {
			order[i] = i;
		}
		for (int i = n - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int swap = order[i];
			order[i] = order[j];
			order[j] = swap;
		}
		return order;
	}

	List<Organization> organizations() {
		return this.organizations;
	}

	List<Person> people() {
		return this.people;
	}

	Organization organization(int id) {
		return this.organizations.get(id - 1);
	}

	Person person(int id) {
		return this.people.get(id - 1);
	}

	/** An organization drawn by popularity: a few are in the news all the time. */
	Organization newsworthy(SplittableRandom random) {
		return this.organizations.get(this.organizationByRank[this.organizationPopularity.sample(random)]);
	}

	/** A person drawn by popularity: a few speakers are quoted again and again. */
	Person speaker(SplittableRandom random) {
		return this.people.get(this.personByRank[this.speakerPopularity.sample(random)]);
	}

	/** A source id by popularity, or null for an article of unknown origin. */
	Integer source(SplittableRandom random) {
		return (random.nextInt(100) < 3) ? null : this.sourcePopularity.sample(random) + 1;
	}

	static String sourceSlug(int id) {
		return Prose.slug(SOURCES.get(id - 1), 100);
	}

}
