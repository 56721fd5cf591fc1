package org.kasten.arch;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** docs/architecture.md's "who may import whom", checked on the compiled classes so a wrong arrow fails the build. */
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
                        "javafx..")
                .because("vault turns files into notes; it must stay usable without the graph, the index, the pages or a window"));
    }

    @Test
    void graphUsesOnlyNote() {
        check(noClasses().that().resideInAPackage("org.kasten.graph..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.kasten.graph..", "org.kasten.note..",
                        "java..")
                .because("link resolution is the contract every other layer relies on; it depends on nothing but the notes"));
    }

    @Test
    void searchUsesNoteGraphAndLucene() {
        check(noClasses().that().resideInAPackage("org.kasten.search..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kasten.vault..", "org.kasten.render..",
                        "org.kasten.app..", "org.kasten.ui..", "com.vladsch.flexmark..", "javafx..")
                .because("the index is given notes and their link data as values; it never reads files, pages or the window"));
    }

    @Test
    void renderUsesNoteGraphAndFlexmark() {
        check(noClasses().that().resideInAPackage("org.kasten.render..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kasten.vault..", "org.kasten.search..",
                        "org.kasten.app..", "org.kasten.ui..", "org.apache.lucene..", "javafx..")
                .because("a page is rendered from a note and the graph alone, the same for the window and kasten render"));
    }

    @Test
    void onlySearchImportsLucene() {
        check(noClasses().that().resideOutsideOfPackage("org.kasten.search..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..")
                .because("an upgrade of Lucene must touch one package"));
    }

    @Test
    void onlySearchImportsTheEmbeddingModel() {
        check(noClasses().that().resideOutsideOfPackage("org.kasten.search..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.langchain4j..", "ai.onnxruntime..", "ai.djl..")
                .because("the model is one seam (Embedder) in search, so it can be swapped"));
    }

    @Test
    void onlyMarkdownVaultAndRenderImportFlexmark() {
        check(noClasses().that().resideOutsideOfPackages("org.kasten.markdown..", "org.kasten.vault..",
                        "org.kasten.render..")
                .should().dependOnClassesThat().resideInAPackage("com.vladsch.flexmark..")
                .because("an upgrade of flexmark must touch only the packages that parse Markdown"));
    }

    @Test
    void appDoesNotUseUi() {
        check(noClasses().that().resideInAPackage("org.kasten.app..")
                .should().dependOnClassesThat().resideInAPackage("org.kasten.ui..")
                .because("the command line runs without JavaFX; the window is found through ServiceLoader"));
    }

    @Test
    void theCommandLineGoesThroughApp() {
        check(noClasses().that().resideInAPackage("org.kasten.app.cli..")
                .should().dependOnClassesThat(resideInAnyPackage("org.kasten.markdown..", "org.kasten.vault..",
                        "org.kasten.graph..", "org.kasten.search..", "org.kasten.render..", "org.apache.lucene..",
                        "com.vladsch.flexmark.."))
                .because("the command line sees a vault through app, as the window does, so the two give the same answers"));
    }

    @Test
    void uiUsesOnlyAppAndNote() {
        check(noClasses().that().resideInAPackage("org.kasten.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kasten.markdown..", "org.kasten.vault..",
                        "org.kasten.graph..",
                        "org.kasten.search..", "org.kasten.render..", "org.apache.lucene..", "com.vladsch.flexmark..")
                .because("the window sees a vault through the one facade, app.Workspace, which tests can fake"));
    }

    @Test
    void nothingBelowUiImportsJavaFx() {
        check(noClasses().that().resideOutsideOfPackage("org.kasten.ui..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("everything below the window runs and is tested without a display"));
    }

    @Test
    void onlyUiViewTouchesTheSceneGraph() {
        check(noClasses().that().resideOutsideOfPackage("org.kasten.ui.view..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .because("view models hold state and behaviour testable without controls"));
    }

    @Test
    void packagesHaveNoCycles() {
        check(slices().matching("org.kasten.(**)").should().beFreeOfCycles().allowEmptyShould(true)
                .because("data flows one way, from files to the window"));
    }
}
