package io.github.xconnector.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.github.xconnector.errors.ProblemType;
import io.github.xconnector.errors.XError;
import io.github.xconnector.errors.XException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The package structure of x-connector-core, checked on its main classes (the tests may reach into any package).
 *
 * <p>The exported packages are those module-info.java exports; the others ({@link #HIDDEN}) are the module's own.
 */
@AnalyzeClasses(packages = "io.github.xconnector", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  static final String ROOT = "io.github.xconnector";

  static final String[] EXPORTED = {
      ROOT,
      "io.github.xconnector.credentials",
      "io.github.xconnector.errors",
      "io.github.xconnector.generated.model",
      "io.github.xconnector.media",
      "io.github.xconnector.paging",
      "io.github.xconnector.resources",
      "io.github.xconnector.streams",
      "io.github.xconnector.transport",
  };

  static final String[] HIDDEN = {
      "io.github.xconnector.internal",
      "io.github.xconnector.generated.api",
      "io.github.xconnector.generated.invoker",
      "io.github.xconnector.generated.operations",
  };

  /**
   * Each package is a slice, the generated ones included: the operation table (generated.operations) builds the call
   * path's Operation values and the call path reads generated models and invoker support, which is a cycle only
   * when all of generated counts as one package.
   */
  @ArchTest
  static final ArchRule packagesAreFreeOfCycles = slices().matching("io.github.xconnector.(**)")
      .namingSlices("$1")
      .should().beFreeOfCycles();

  /** The call path serves the services: it never reaches up to them or to the client that builds them. */
  @ArchTest
  static final ArchRule callPathDoesNotDependOnTheServicesOrTheClient = noClasses()
      .that().resideInAPackage("io.github.xconnector.internal")
      .should().dependOnClassesThat().resideInAnyPackage(ROOT, "io.github.xconnector.resources",
          "io.github.xconnector.media")
      .because("internal is below resources, media and XClient; it may use credentials, errors, paging, transport"
          + " and the generated models");

  /**
   * The call path reaches the generated Feign interfaces and the operation table only through the values the table
   * hands it (Operation and its invoker), so that generated code depends on the call path and not the other way.
   */
  @ArchTest
  static final ArchRule callPathDoesNotDependOnGeneratedOperationsOrInterfaces = noClasses()
      .that().resideInAPackage("io.github.xconnector.internal")
      .should().dependOnClassesThat().resideInAnyPackage("io.github.xconnector.generated.api",
          "io.github.xconnector.generated.operations");

  /** The generated models are plain data: they know nothing of the hand-written SDK. */
  @ArchTest
  static final ArchRule modelsDependOnNoOtherSdkPackage = noClasses()
      .that().resideInAPackage("io.github.xconnector.generated.model")
      .should().dependOnClassesThat(residesInSdkPackageOtherThan("io.github.xconnector.generated.model"));

  @ArchTest
  static final ArchRule rootPackageHoldsOnlyXClient = classes()
      .that().resideInAPackage(ROOT).and().doNotHaveSimpleName("package-info")
      .should().haveNameMatching("io\\.github\\.xconnector\\.XClient(\\$.+)?")
      .because("the root package is the entry point, XClient and its nested types");

  @ArchTest
  static final ArchRule nothingDependsOnTheRootPackage = noClasses()
      .that().resideOutsideOfPackage(ROOT)
      .should().dependOnClassesThat().resideInAPackage(ROOT)
      .because("XClient assembles the SDK; the parts it assembles do not know it");

  /**
   * What a program can call or read never names a type it cannot see. Constructors are left out: the services take
   * the call path (internal.CallExecutor) on purpose, and only XClient creates them.
   */
  @ArchTest
  static final ArchRule publicMethodsDoNotExposeHiddenPackages = methods()
      .that(areVisibleOutsideTheModule())
      .should(notNameTypesOfHiddenPackages());

  @ArchTest
  static final ArchRule publicFieldsDoNotExposeHiddenPackages = fields()
      .that(areVisibleOutsideTheModule())
      .should(notNameTypesOfHiddenPackages());

  @ArchTest
  static final ArchRule exportedClassesAreNotNamedImpl = noClasses()
      .that().resideInAnyPackage(EXPORTED)
      .should().haveSimpleNameEndingWith("Impl");

  @ArchTest
  static final ArchRule errorsAreOneUncheckedHierarchy = classes()
      .that().resideInAPackage("io.github.xconnector.errors")
      .and().doNotBelongToAnyOf(ProblemType.class, XError.class).and().doNotHaveSimpleName("package-info")
      .should().beAssignableTo(XException.class)
      .because("every error of the SDK is an XException, except the value types ProblemType and XError that"
          + " describe one");

  @ArchTest
  static final ArchRule xExceptionIsUnchecked = classes()
      .that().haveFullyQualifiedName("io.github.xconnector.errors.XException")
      .should().beAssignableTo(RuntimeException.class);

  @ArchTest
  static final ArchRule exportedExceptionsAreXExceptions = classes()
      .that().resideInAnyPackage(EXPORTED)
      .and().areAssignableTo(Throwable.class)
      .should().beAssignableTo(XException.class)
      .because("a program catches the SDK's failures as XException (media's MediaProcessingException included)");

  /** Public or protected members of classes in exported packages that a program can reach. */
  static <T extends JavaMember> DescribedPredicate<T> areVisibleOutsideTheModule() {
    return DescribedPredicate.describe("are public or protected members of accessible classes in exported packages",
        member -> isVisible(member.getModifiers()) && isAccessible(member.getOwner()));
  }

  private static boolean isAccessible(JavaClass type) {
    if (!Set.of(EXPORTED).contains(type.getPackageName()) || !isVisible(type.getModifiers())) {
      return false;
    }
    return type.getEnclosingClass().map(ArchitectureTest::isAccessible).orElse(true);
  }

  private static boolean isVisible(Set<JavaModifier> modifiers) {
    return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
  }

  static <T extends JavaMember> ArchCondition<T> notNameTypesOfHiddenPackages() {
    return new ArchCondition<>("not name types of " + String.join(", ", HIDDEN) + " in their signatures") {
      @Override
      public void check(T member, ConditionEvents events) {
        Set<String> hidden = new TreeSet<>();
        for (JavaClass type : signatureTypes(member)) {
          JavaClass base = type.getBaseComponentType();
          if (Set.of(HIDDEN).contains(base.getPackageName())) {
            hidden.add(base.getName());
          }
        }
        if (!hidden.isEmpty()) {
          events.add(SimpleConditionEvent.violated(member, member.getFullName() + " names " + hidden + " in "
              + member.getSourceCodeLocation()));
        }
      }
    };
  }

  private static Set<JavaClass> signatureTypes(JavaMember member) {
    List<JavaType> types = new ArrayList<>();
    Set<JavaClass> raw = new LinkedHashSet<>();
    if (member instanceof JavaMethod) {
      JavaMethod method = (JavaMethod) member;
      types.add(method.getReturnType());
      types.addAll(method.getParameterTypes());
      raw.addAll(method.getThrowsClause().getTypes());
    } else if (member instanceof JavaField) {
      types.add(((JavaField) member).getType());
    }
    types.forEach(type -> raw.addAll(type.getAllInvolvedRawTypes()));
    return raw;
  }

  private static DescribedPredicate<JavaClass> residesInSdkPackageOtherThan(String own) {
    return DescribedPredicate.describe("reside in an SDK package other than " + own,
        type -> {
          String name = type.getBaseComponentType().getPackageName();
          return (name.equals(ROOT) || name.startsWith(ROOT + ".")) && !name.equals(own);
        });
  }
}
