package org.triangulate.graph.store;

import java.nio.file.Path;
import org.triangulate.graph.StoreException;

/**
 * Opens the store on a data directory from a JVM of its own and prints what happened; with a
 * second argument {@code hold}, keeps it open until killed.
 */
final class OpenProbe {
  private OpenProbe() {}

  public static void main(String[] args) throws InterruptedException {
    try (Store store = Store.open(new StoreLocation.Embedded(Path.of(args[0])))) {
      System.out.println("opened " + store);
      System.out.flush();
      if (args.length > 1 && args[1].equals("hold")) {
        Thread.sleep(120_000);
      }
    } catch (StoreException e) {
      System.out.println("StoreException: " + e.getMessage());
    }
  }
}
