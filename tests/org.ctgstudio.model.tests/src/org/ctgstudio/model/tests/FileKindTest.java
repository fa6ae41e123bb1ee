package org.ctgstudio.model.tests;

import static org.ctgstudio.model.tests.ModelFileFixture.loadFails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.ctgstudio.model.resource.ModelProblem;
import org.ctgstudio.tests.support.Examples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 10, point 4: the root of a file must be the kind its extension promises; a file of another kind is refused
 * with a clear message, the file untouched.
 */
class FileKindTest {

    @TempDir
    Path temp;

    @BeforeEach
    void copy() throws Exception {
        Examples.copyProject(temp);
    }

    private Path as(String source, String name) throws Exception {
        return Files.copy(temp.resolve(source), temp.resolve(name));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            Examples.REFERENCE_DATA + "|autre.ctg|une convention CTG|« Espace de modélisation CTG », le contenu d'un "
                    + "fichier .ctgw",
            Examples.DEPLOYMENT + "|autre.ctgt|un modèle de convention CTG|« Plan de déploiement des CTG », le "
                    + "contenu d'un fichier .ctgd",
            Examples.CONVENTION + "|autre.ctgw|un référentiel CTG|« Convention territoriale globale », le contenu "
                    + "d'un fichier .ctg",
            Examples.TEMPLATE + "|autre.ctgd|un plan de déploiement des CTG|« Modèle de convention », le contenu "
                    + "d'un fichier .ctgt" })
    void aCtgFileOfAnotherKindIsRefused(String source, String name, String kind, String content) throws Exception {
        ModelProblem problem = loadFails(as(source, name));
        assertEquals("ce fichier n'est pas " + kind + " : son contenu est " + content + " ; le fichier est laissé tel "
                + "quel", problem.message());
        assertEquals(2, problem.line(), "refused at its root element");
    }

    @Test
    void anEcoreFileIsRefused() throws Exception {
        Path ecore = temp.resolve("modele.ctg");
        Files.copy(Examples.root().resolve("bundles/org.ctgstudio.model/model/ctg.ecore"), ecore);
        assertEquals("ce fichier n'est pas une convention CTG : son contenu est un élément « EPackage » de l'espace de "
                + "noms « http://www.eclipse.org/emf/2002/Ecore », étranger à CTG Studio ; le fichier est laissé tel quel",
                loadFails(ecore).message());
    }

    @Test
    void anHtmlPageIsRefused() throws Exception {
        Path html = temp.resolve("page.ctg");
        Files.writeString(html, "<html><head><title>CTG</title></head><body><p>Convention</p></body></html>\n");
        ModelProblem problem = loadFails(html);
        assertTrue(problem.message().startsWith("ce fichier n'est pas une convention CTG : son contenu est un élément "
                + "« html » sans espace de noms"), problem.message());
        assertEquals(1, problem.line());
    }

    @Test
    void aRootOfAForeignNamespaceIsRefused() throws Exception {
        Path foreign = temp.resolve("etranger.ctgw");
        Files.writeString(foreign, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<x:CtgWorkspace xmi:version=\"2.0\" "
                + "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:x=\"urn:autre\" name=\"x\"/>\n");
        assertTrue(loadFails(foreign).message().contains("« CtgWorkspace » de l'espace de noms « urn:autre »"));
        Path xmi = temp.resolve("racines.ctgw");
        Files.writeString(xmi, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xmi:XMI xmi:version=\"2.0\" "
                + "xmlns:xmi=\"http://www.omg.org/XMI\"/>\n");
        assertTrue(loadFails(xmi).message().contains("un document XMI à plusieurs racines"));
    }
}
