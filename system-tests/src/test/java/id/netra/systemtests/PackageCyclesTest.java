package id.netra.systemtests;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Every module's packages depend on each other one way only (a feature package may use another, never the other way
 * round too), read from the compiled classes of the module, which the reactor builds before this one.
 */
class PackageCyclesTest {

    @ParameterizedTest
    @CsvSource({ "netra-kit, id.netra.kit", "intake-service, id.netra.intake",
            "clarification-service, id.netra.clarification", "sanction-service, id.netra.sanction",
            "integration-service, id.netra.integration", "netra-devstack, id.netra.devstack" })
    void shouldHaveNoCycleBetweenTheModulesPackages(String module, String root) {
        // run from system-tests: the modules sit beside it (a missing folder imports nothing, which the rule refuses)
        Path classes = Path.of("..", module, "target", "classes");
        JavaClasses imported = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPath(classes);

        slices().matching(root + ".(*)..").should().beFreeOfCycles().check(imported);
    }
}
