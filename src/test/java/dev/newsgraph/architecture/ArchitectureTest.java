package dev.newsgraph.architecture;

import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The package rules (issue 12), checked on the compiled classes: no cycle between the
 * top-level packages; each feature uses only the features before it (an edge between two
 * types is resolved in the later one); cross-cutting packages use no feature.
 */
class ArchitectureTest {

	/** The features, in the order they may depend on each other: each on those before. */
	static final List<String> FEATURES = List.of("article", "organization", "person", "quote", "search", "facet",
			"timeline");

	/** The dataset loader and the generator, which sit above the API's features. */
	static final List<String> COMMANDS = List.of("seed", "synthetic");

	static final List<String> CROSS_CUTTING = List.of("budget", "database", "dataset", "fulltext", "graphql", "http",
			"lifecycle", "node", "paging", "role");

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.newsgraph");

	@Test
	void noCycleBetweenTopLevelPackages() {
		noCycles("dev.newsgraph").check(MAIN);
	}

	@Test
	void aCycleFailsTheCheck() {
		JavaClasses cycle = new ClassFileImporter().importPackages("dev.newsgraph.architecture.cycle");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> noCycles("dev.newsgraph.architecture.cycle").check(cycle))
			.withMessageContaining("Cycle detected");
	}

	@Test
	void eachFeatureUsesOnlyTheFeaturesBeforeIt() {
		for (int i = 0; i < FEATURES.size() - 1; i++) {
			noClasses().that()
				.resideInAPackage(inside(FEATURES.get(i)))
				.should()
				.dependOnClassesThat()
				.resideInAnyPackage(inside(FEATURES.subList(i + 1, FEATURES.size())))
				.because("an edge between two features is resolved in the later one")
				.check(MAIN);
		}
	}

	@Test
	void crossCuttingPackagesUseNoFeature() {
		noClasses().that()
			.resideInAnyPackage(inside(CROSS_CUTTING))
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(inside(Stream.concat(FEATURES.stream(), COMMANDS.stream()).toList()))
			.check(MAIN);
	}

	@Test
	void theApiFeaturesDoNotUseTheCommands() {
		noClasses().that()
			.resideInAnyPackage(inside(FEATURES))
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(inside(COMMANDS))
			.check(MAIN);
	}

	private static ArchRule noCycles(String root) {
		return slices().matching(root + ".(*)..").should().beFreeOfCycles();
	}

	private static String inside(String feature) {
		return "dev.newsgraph." + feature + "..";
	}

	private static String[] inside(List<String> packages) {
		return packages.stream().map(ArchitectureTest::inside).toArray(String[]::new);
	}

}
