package vn.hanoi.danvan.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keeps the features honest: SQL reaches a unit only through the door, and features do not
 * lean on each other's insides.
 */
@AnalyzeClasses(packages = "vn.hanoi.danvan.api", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleStructureTest {

    private static final String[] FEATURES = {
        "..units..", "..petitions..", "..receptions..", "..directives..", "..oversight..", "..integration.."
    };

    /** Only the doors (and the embedded database's setup) hold a DataSource or make a JdbcClient. */
    @ArchTest
    static final ArchRule onlyTheDoorsTouchTheDataSource = noClasses()
            .that()
            .resideOutsideOfPackages("..tenancy..", "..dev..")
            .should()
            .dependOnClassesThat()
            .areAssignableTo(DataSource.class)
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo(JdbcTemplate.class)
            .orShould()
            .dependOnClassesThat()
            .areAssignableTo(NamedParameterJdbcTemplate.class)
            .orShould()
            .callMethod(JdbcClient.class, "create", DataSource.class);

    /** A feature never keeps a JdbcClient of its own: it gets one from a scope, per unit of work. */
    @ArchTest
    static final ArchRule featuresHoldNoJdbcClient = fields().that()
            .areDeclaredInClassesThat()
            .resideInAnyPackage(FEATURES)
            .should()
            .notHaveRawType(JdbcClient.class)
            .allowEmptyShould(true);

    /** No package cycles: shared parts (tenancy, security, graphql) sit below the features. */
    @ArchTest
    static final ArchRule packagesAreFreeOfCycles =
            slices().matching("vn.hanoi.danvan.api.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule crossCuttingPartsDoNotDependOnFeatures = noClasses()
            .that()
            .resideInAnyPackage("..tenancy..", "..security..", "..graphql..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(FEATURES);
}
