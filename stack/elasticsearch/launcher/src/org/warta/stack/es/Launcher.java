package org.warta.stack.es;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.node.InternalSettingsPreparer;
import org.elasticsearch.node.Node;
import org.elasticsearch.plugins.PluginsLoader;

/**
 * Starts one Elasticsearch node without the distribution's launcher (which is not on Maven Central).
 *
 * <p>Expects {@code -Des.path.home=HOME}, where HOME holds {@code config/elasticsearch.yml},
 * {@code config/log4j2.properties} and {@code modules/NAME/} (jars and {@code plugin-descriptor.properties}).
 * Once started, the node is closed on SIGTERM through a shutdown hook; a failed start exits with status 1.
 */
public final class Launcher {
    private static final long CLOSE_TIMEOUT_SECONDS = 20;

    private Launcher() {}

    public static void main(String[] args) throws Exception {
        Node node;
        try {
            node = start();
        } catch (Throwable e) {
            // the node's threads would keep a half-started JVM alive: say why and go
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                System.err.println((cause == e ? "warta: the node failed to start: " : "caused by: ") + cause);
            }
            System.exit(1);
            return;
        }
        CountDownLatch keepAlive = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> close(node, keepAlive), "warta-es-shutdown"));
        keepAlive.await();
    }

    private static Node start() throws Exception {
        String homeProperty = System.getProperty("es.path.home");
        if (homeProperty == null) {
            throw new IllegalArgumentException("the system property es.path.home is not set");
        }
        Path home = Path.of(homeProperty).toAbsolutePath();
        Path config = home.resolve("config");
        LogConfigurator.registerErrorListener();
        Settings initial = Settings.builder().put(Environment.PATH_HOME_SETTING.getKey(), home.toString()).build();
        Environment env = InternalSettingsPreparer.prepareEnvironment(initial, Map.of(), config, () -> "warta");
        LogConfigurator.setNodeName(Node.NODE_NAME_SETTING.get(env.settings()));
        LogConfigurator.configure(env, true);
        Files.createDirectories(env.tmpDir());

        PluginsLoader loader = PluginsLoader.createPluginsLoader(
            PluginsLoader.loadModulesBundles(env.modulesDir(), false),
            PluginsLoader.loadPluginsBundles(env.pluginsDir(), false),
            Map.of(),
            false
        );
        return new Node(env, loader).start();
    }

    private static void close(Node node, CountDownLatch keepAlive) {
        try {
            node.prepareForClose();
            node.close();
            if (!node.awaitClose(CLOSE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                System.err.println("warta: the node did not close within " + CLOSE_TIMEOUT_SECONDS + " s");
            }
        } catch (Exception e) {
            System.err.println("warta: failed to close the node: " + e);
        } finally {
            keepAlive.countDown();
        }
    }
}
