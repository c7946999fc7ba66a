package org.claimcheck.container;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import io.smallrye.config.ConfigMapping;

/**
 * The configuration keys the application declares: those set in application.properties (any profile) and those of
 * its {@code @ConfigMapping} interfaces, so that a container's environment variables can be checked against them.
 */
final class ConfigurationKeys {

    private static final Path CLASSES = Path.of("target", "classes");

    private ConfigurationKeys() {
    }

    static Set<String> declared() {
        Set<String> keys = new TreeSet<>();
        keys.addAll(propertiesFileKeys());
        keys.addAll(mappingKeys());
        return keys;
    }

    /** The environment variable that sets {@code key}, by MicroProfile Config's rule. */
    static String environmentVariable(String key) {
        return key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    /** The value application.properties gives {@code key} in the production profile, if any. */
    static Optional<String> productionValue(String key) {
        Properties properties = propertiesFile();
        return Optional.ofNullable(properties.getProperty("%prod." + key, properties.getProperty(key)));
    }

    private static Properties propertiesFile() {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(CLASSES.resolve("application.properties"))) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static Set<String> propertiesFileKeys() {
        Properties properties = propertiesFile();
        Set<String> keys = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            keys.add(key.startsWith("%") ? key.substring(key.indexOf('.') + 1) : key);
        }
        return keys;
    }

    private static Set<String> mappingKeys() {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(CLASSES)) {
            files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> CLASSES.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(ConfigurationKeys::load)
                    .filter(type -> type.isInterface() && type.isAnnotationPresent(ConfigMapping.class))
                    .forEach(type -> collect(type.getAnnotation(ConfigMapping.class).prefix(), type, keys));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }

    private static void collect(String prefix, Class<?> group, Set<String> keys) {
        for (Method method : group.getMethods()) {
            if (method.getParameterCount() > 0 || method.isDefault()) {
                continue;
            }
            String key = prefix + "." + kebab(method.getName());
            Class<?> nested = valueType(method.getGenericReturnType());
            if (nested.isInterface() && nested.getName().startsWith("org.claimcheck")) {
                collect(key, nested, keys);
            } else {
                keys.add(key);
            }
        }
    }

    private static Class<?> valueType(Type type) {
        if (type instanceof ParameterizedType parameterized && parameterized.getActualTypeArguments().length == 1
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> argument) {
            return argument;
        }
        return type instanceof Class<?> plain ? plain : Object.class;
    }

    private static String kebab(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ConfigurationKeys.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return Object.class;
        }
    }
}
