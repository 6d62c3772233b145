package org.sala.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What Sala keeps in a session can move to another node of a cluster ({@code <distributable/>}): every bean of
 * a scope stored in the session (view, session, conversation) is serializable, and so is everything it holds,
 * field by field and down the types of lists, sets, maps and records. Injected services are held as the
 * container's proxies, which serialize, and must not be {@code transient}: a page restored on another node
 * would find them null.
 */
class SessionStateTest {

    private static final Set<Class<?>> STORED_IN_SESSION = Set.of(ViewScoped.class, SessionScoped.class, ConversationScoped.class);

    @Test
    void everyBeanKeptInTheSessionSerializesWithEverythingItHolds() {
        List<String> problems = new ArrayList<>();
        List<Class<?>> beans = sessionBeans();
        assertThat(beans).as("the view-scoped pages are found").extracting(Class::getSimpleName).contains("AttemptPage", "ReviewPage");
        for (Class<?> bean : beans) {
            check(bean, bean.getSimpleName(), problems, new HashSet<>());
        }
        assertThat(problems).as("state that would not survive a move to another node").isEmpty();
    }

    @Test
    void theCheckFindsWhatWouldNotSerialize() {
        List<String> problems = new ArrayList<>();
        check(Broken.class, "Broken", problems, new HashSet<>());
        assertThat(problems).hasSize(3).anyMatch(problem -> problem.contains("thread")).anyMatch(problem -> problem.contains("service"))
                .anyMatch(problem -> problem.contains("names"));
    }

    /** Not a bean: the kinds of mistake the check must catch. */
    @SuppressWarnings("unused")
    private static final class Broken implements Serializable {
        private static final long serialVersionUID = 1L;
        private Thread thread;
        @Inject
        transient PackServiceLike service;
        private List<java.io.InputStream> names;
    }

    @ApplicationScoped
    private static class PackServiceLike {
    }

    private static List<Class<?>> sessionBeans() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.sala.web");
        List<Class<?>> beans = new ArrayList<>();
        for (JavaClass javaClass : classes) {
            Class<?> type = javaClass.reflect();
            if (STORED_IN_SESSION.stream().anyMatch(scope -> type.isAnnotationPresent(scope.asSubclass(java.lang.annotation.Annotation.class)))) {
                beans.add(type);
            }
        }
        return beans;
    }

    private static void check(Class<?> type, String path, List<String> problems, Set<Class<?>> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (!type.isPrimitive() && !Serializable.class.isAssignableFrom(type) && !type.isInterface() && !type.isEnum()) {
            problems.add(path + ": " + type.getName() + " is not Serializable");
            return;
        }
        for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
            for (Field field : current.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || field.isSynthetic()) {
                    continue;
                }
                String where = path + "." + field.getName();
                boolean injected = field.isAnnotationPresent(Inject.class);
                if (injected && Modifier.isTransient(modifiers)) {
                    problems.add(where + ": injected and transient, so null once the page is restored on another node");
                    continue;
                }
                if (Modifier.isTransient(modifiers) || injected && (isNormalScoped(field.getType()) || field.getType() == Clock.class)) {
                    continue;
                }
                checkType(field.getGenericType(), where, problems, seen);
            }
        }
    }

    private static void checkType(Type type, String path, List<String> problems, Set<Class<?>> seen) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            if (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)) {
                for (Type argument : parameterized.getActualTypeArguments()) {
                    checkType(argument, path + "<>", problems, seen);
                }
                if (!raw.isInterface()) {
                    check(raw, path, problems, seen);
                }
                return;
            }
            if (raw == Optional.class) {
                problems.add(path + ": Optional is not Serializable");
                return;
            }
            check(raw, path, problems, seen);
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                checkType(bound, path, problems, seen);
            }
        } else if (type instanceof Class<?> plain) {
            Class<?> element = plain.isArray() ? plain.getComponentType() : plain;
            if (element.isPrimitive() || element == String.class || element == Object.class) {
                return;
            }
            check(element, path, problems, seen);
        }
    }

    private static boolean isNormalScoped(Class<?> type) {
        return type.isAnnotationPresent(ApplicationScoped.class) || type.isAnnotationPresent(RequestScoped.class)
                || type.isAnnotationPresent(SessionScoped.class);
    }
}
