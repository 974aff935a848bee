package org.collate;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stages of collate-core run one way: each package may use the model and the stages before it, never one after
 * it. The store, server and stream-job modules build on core; this test keeps them from bending it.
 */
class StageOrderTest {

    /** Lowest first; a package may depend only on the packages listed before it. */
    static final List<String> ORDER = List.of("model", "learn", "lexicon", "limit", "source", "extract", "analyze",
            "link", "reconcile");

    /** The top of core: each may use every stage, and neither uses the other. */
    static final List<String> TOP = List.of("output", "pipeline");

    /** The story store, above the top: it runs the pipeline's stages and keeps their output. */
    static final String STORE = "store";

    /** Live sources, above the store: they fetch pages and hand them to its ingester. */
    static final String WATCH = "watch";

    /** Modules built on core: nothing in core may name them. */
    static final List<String> OUTSIDE = List.of("org.collate.eval..", "org.collate.cli..", "org.collate.server..",
            "org.collate.flink..");

    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("org.collate");
    }

    @Test
    void everyCorePackageHasAPlaceInTheOrder() {
        List<String> known = new ArrayList<>(ORDER);
        known.addAll(TOP);
        known.add(STORE);
        known.add(WATCH);
        assertThat(core.stream().map(c -> c.getPackageName().split("\\.")).filter(p -> p.length > 2)
                .map(p -> p[2]).distinct())
                .as("a new top-level package of core must be placed in StageOrderTest.ORDER or TOP")
                .allMatch(known::contains);
    }

    @Test
    void noStageUsesALaterOne() {
        for (int i = 0; i < ORDER.size(); i++) {
            List<String> later = new ArrayList<>(ORDER.subList(i + 1, ORDER.size()));
            later.addAll(TOP);
            later.add(STORE);
            later.add(WATCH);
            ArchRule rule = noClasses().that().resideInAPackage(pkg(ORDER.get(i)))
                    .should().dependOnClassesThat().resideInAnyPackage(later.stream().map(StageOrderTest::pkg)
                            .toArray(String[]::new))
                    .because(ORDER.get(i) + " comes before " + String.join(", ", later));
            rule.check(core);
        }
    }

    @Test
    void modelUsesNoStage() {
        noClasses().that().resideInAPackage(pkg("model")).should().dependOnClassesThat()
                .resideInAnyPackage(ORDER.subList(1, ORDER.size()).stream().map(StageOrderTest::pkg)
                        .toArray(String[]::new))
                .check(core);
    }

    @Test
    void outputAndPipelineAreIndependent() {
        noClasses().that().resideInAPackage(pkg("output")).should().dependOnClassesThat()
                .resideInAPackage(pkg("pipeline")).check(core);
        noClasses().that().resideInAPackage(pkg("pipeline")).should().dependOnClassesThat()
                .resideInAPackage(pkg("output")).check(core);
    }

    @Test
    void nothingInCoreUsesTheStore() {
        noClasses().that().resideOutsideOfPackages(pkg(STORE), pkg(WATCH)).should().dependOnClassesThat()
                .resideInAPackage(pkg(STORE)).check(core);
        noClasses().that().resideOutsideOfPackage(pkg(WATCH)).should().dependOnClassesThat()
                .resideInAPackage(pkg(WATCH)).check(core);
    }

    @Test
    void coreNamesNoModuleBuiltOnIt() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(OUTSIDE.toArray(String[]::new)).check(core);
    }

    @Test
    void stagesFormNoCycle() {
        slices().matching("org.collate.(*)..").should().beFreeOfCycles().check(core);
    }

    private static String pkg(String name) {
        return "org.collate." + name + "..";
    }
}
