package org.sala.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers inside the web module, as modules/ARCHITECTURE.md describes them: pages on top, then the
 * services of each area (account, quiz, study, content), then the database; the engine and the pack
 * format below all of them. The build fails when a change breaks one.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.sala.web");
    }

    @Test
    void thePackagesOfTheWebModuleDoNotDependOnEachOtherInACircle() {
        slices().matching("org.sala.web.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void servicesNeverReachUpToPages() {
        noClasses().that().resideInAnyPackage("org.sala.web.account..", "org.sala.web.quiz..", "org.sala.web.study..", "org.sala.web.authoring..",
                        "org.sala.web.content..", "org.sala.web.database..", "org.sala.web.time..")
                .should().dependOnClassesThat().resideInAPackage("org.sala.web.pages..").check(classes);
    }

    @Test
    void pagesNeitherOpenTransactionsNorTouchRepositoriesOrJpa() {
        noClasses().that().resideInAPackage("org.sala.web.pages..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sala.web.database..", "jakarta.persistence..")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().haveSimpleNameStartingWith("Jpa")
                .check(classes);
    }

    @Test
    void pagesLeaveGradingAndAssemblyToTheServices() {
        noClasses().that().resideInAPackage("org.sala.web.pages..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.sala.engine.scoring.Grader")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.sala.engine.assembly.Assembler")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.sala.web.quiz.Assemblies")
                .check(classes);
    }

    @Test
    void onlyTheDatabasePackageKnowsJpaAndBuildsRepositories() {
        noClasses().that().resideOutsideOfPackage("org.sala.web.database..")
                .should().dependOnClassesThat().resideInAPackage("jakarta.persistence..")
                .orShould().dependOnClassesThat().haveSimpleNameStartingWith("Jpa")
                .check(classes);
    }
}
