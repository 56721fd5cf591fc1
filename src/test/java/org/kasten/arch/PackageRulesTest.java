package org.kasten.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** DESIGN.md's "who may import whom", checked on the compiled classes so a wrong arrow fails the build. */
class PackageRulesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.kasten");
    }

    private static void check(ArchRule rule) {
        rule.check(classes);
    }

    @Test
    void noteUsesOnlyTheJdk() {
        check(noClasses().that().resideInAPackage("org.kasten.note..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.kasten.note..", "java..")
                .because("note holds plain records every layer shares"));
    }

    @Test
    void markdownUsesOnlyNoteFlexmarkAndTheJdk() {
        check(noClasses().that().resideInAPackage("org.kasten.markdown..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.kasten.markdown..", "org.kasten.note..",
                        "com.vladsch.flexmark..", "java..")
                .because("markdown is the one home of note syntax, below every package that reads notes"));
    }

    @Test
    void vaultUsesNoteFlexmarkAndJackson() {
        check(noClasses().that().resideInAPackage("org.kasten.vault..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kasten.graph..", "org.kasten.search..",
                        "org.kasten.render..", "org.kasten.app..", "org.kasten.ui..", "org.apache.lucene..",
                        "javafx.."));
    }

    @Test
    void graphUsesOnlyNote() {
        check(noClasses().that().resideInAPackage("org.kasten.graph..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.kasten.graph..", "org.kasten.note..",
                        "java.."));
    }

    @Test
    void searchUsesNoteGraphAndLucene() {
        check(noClasses().that().resideInAPackage("org.kasten.search..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kasten.vault..", "org.kasten.render..",
                        "org.kasten.app..", "org.kasten.ui..", "com.vladsch.flexmark..", "javafx.."));
    }

    @Test
    void renderUsesNoteGraphAndFlexmark() {
        check(noClasses().that().resideInAPackage("org.kasten.render..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kasten.vault..", "org.kasten.search..",
                        "org.kasten.app..", "org.kasten.ui..", "org.apache.lucene..", "javafx.."));
    }

    @Test
    void onlySearchImportsLucene() {
        check(noClasses().that().resideOutsideOfPackage("org.kasten.search..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.lucene.."));
    }

    @Test
    void onlyMarkdownVaultAndRenderImportFlexmark() {
        check(noClasses().that().resideOutsideOfPackages("org.kasten.markdown..", "org.kasten.vault..",
                        "org.kasten.render..")
                .should().dependOnClassesThat().resideInAPackage("com.vladsch.flexmark.."));
    }

    @Test
    void appDoesNotUseUi() {
        check(noClasses().that().resideInAPackage("org.kasten.app..")
                .should().dependOnClassesThat().resideInAPackage("org.kasten.ui.."));
    }

    @Test
    void uiUsesOnlyAppAndNote() {
        check(noClasses().that().resideInAPackage("org.kasten.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kasten.markdown..", "org.kasten.vault..",
                        "org.kasten.graph..",
                        "org.kasten.search..", "org.kasten.render..", "org.apache.lucene..", "com.vladsch.flexmark.."));
    }

    @Test
    void nothingBelowUiImportsJavaFx() {
        check(noClasses().that().resideOutsideOfPackage("org.kasten.ui..")
                .should().dependOnClassesThat().resideInAPackage("javafx.."));
    }

    @Test
    void onlyUiViewTouchesTheSceneGraph() {
        check(noClasses().that().resideOutsideOfPackage("org.kasten.ui.view..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage.."));
    }

    @Test
    void packagesHaveNoCycles() {
        check(slices().matching("org.kasten.(*)..").should().beFreeOfCycles().allowEmptyShould(true));
    }
}
