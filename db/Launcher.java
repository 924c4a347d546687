import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Runs a Neo4j 5.26 Community DBMS from the Maven Central jars, with Bolt on 127.0.0.1 only.
 * We embed instead of using the server distribution because the distribution is not on Maven
 * Central; scripts/db.ts starts this file with `java -cp 'lib/*' Launcher.java`.
 *
 * Arguments: home folder, Bolt port, page cache size (e.g. 512m). The password of user neo4j
 * comes from the environment (KG_NEO4J_PASSWORD), never from the command line, so it does not
 * show up in `ps`. KG_NEO4J_PLUGIN_DIR, when set, is a folder of procedure jars (APOC Core, for the
 * benchmark's peer only) that Neo4j loads, with the apoc.* procedures allowed unrestricted access.
 */
public class Launcher {
  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: Launcher <home> <bolt-port> <pagecache-size>");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    String pagecache = args[2];
    String password = System.getenv("KG_NEO4J_PASSWORD");
    if (password == null || password.length() < 8) {
      System.err.println("KG_NEO4J_PASSWORD must be set to at least 8 characters (Neo4j's minimum)");
      System.exit(2);
    }
    Files.createDirectories(home);
    String pluginDir = System.getenv("KG_NEO4J_PLUGIN_DIR");

    long started = System.nanoTime();
    DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home);
    if (pluginDir != null && !pluginDir.isEmpty()) {
      // The jars are also on the class path (scripts/db.ts puts them there, as Neo4j's own launcher
      // does with plugins/): APOC's config extension is found by the service loader, its procedures here.
      builder
          .setConfig(GraphDatabaseSettings.plugin_dir, Path.of(pluginDir).toAbsolutePath())
          .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*"));
    }
    DatabaseManagementService dbms = builder
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(HttpConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        // Neo4j phones home by default; our machines (and many users' networks) are closed.
        .setConfig(GraphDatabaseSettings.udc_enabled, false)
        .setConfig(GraphDatabaseSettings.pagecache_memory, parseBytes(pagecache))
        .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
        .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
        .build();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("[neo4j] shutting down");
      dbms.shutdown();
      System.out.println("[neo4j] stopped");
    }));

    // With auth on, user neo4j starts with password 'neo4j' that must be changed before use.
    // Setting it on every start keeps the configured password authoritative and idempotent.
    GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    system.executeTransactionally(
        "ALTER USER neo4j SET PLAINTEXT PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));

    Duration took = Duration.ofNanos(System.nanoTime() - started);
    System.out.println("[neo4j] ready: bolt://127.0.0.1:" + port + " home=" + home + " started_in_ms=" + took.toMillis());
    Thread.currentThread().join();
  }

  private static long parseBytes(String s) {
    String v = s.trim().toLowerCase();
    long unit = 1;
    if (v.endsWith("g")) { unit = 1L << 30; v = v.substring(0, v.length() - 1); }
    else if (v.endsWith("m")) { unit = 1L << 20; v = v.substring(0, v.length() - 1); }
    else if (v.endsWith("k")) { unit = 1L << 10; v = v.substring(0, v.length() - 1); }
    return Long.parseLong(v) * unit;
  }
}
