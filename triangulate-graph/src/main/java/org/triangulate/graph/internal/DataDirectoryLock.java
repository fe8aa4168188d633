package org.triangulate.graph.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.triangulate.graph.StoreException;

/**
 * An exclusive lock on a data directory, held from before PostgreSQL starts until after it
 * stops, so that two Triangulate processes never run a server on the same files. The lock file
 * holds the owner's process id for the message the loser gets.
 *
 * <p>Thread-safe. Within one JVM a registry is checked first: on Linux, closing any channel on a
 * file drops every lock this process holds on it, so a second channel must never be opened.
 */
public final class DataDirectoryLock implements AutoCloseable {
  static final String FILE_NAME = "triangulate.lock";
  private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

  private final Path dir;
  private final FileChannel channel;
  private final FileLock lock;

  private DataDirectoryLock(Path dir, FileChannel channel, FileLock lock) {
    this.dir = dir;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock on {@code dataDir}, creating the directory if needed.
   *
   * @throws StoreException when another process or another store in this JVM holds it
   */
  public static DataDirectoryLock acquire(Path dataDir) {
    Path dir = dataDir.toAbsolutePath().normalize();
    if (!HELD.add(dir)) {
      throw inUse(dir, ProcessHandle.current().pid());
    }
    try {
      return lock(dir);
    } catch (RuntimeException e) {
      HELD.remove(dir);
      throw e;
    }
  }

  private static DataDirectoryLock lock(Path dir) {
    FileChannel channel = null;
    try {
      Files.createDirectories(dir);
      Path file = dir.resolve(FILE_NAME);
      channel = FileChannel.open(
          file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock = channel.tryLock();
      if (lock == null) {
        String owner = Files.readString(file, StandardCharsets.US_ASCII).strip();
        channel.close();
        throw inUse(dir, owner.isEmpty() ? "unknown" : owner);
      }
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(
          Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)));
      channel.force(false);
      return new DataDirectoryLock(dir, channel, lock);
    } catch (OverlappingFileLockException e) {
      throw inUse(dir, ProcessHandle.current().pid());
    } catch (IOException e) {
      closeQuietly(channel);
      throw new StoreException("data directory " + dir + ": cannot lock: " + e.getMessage(), e);
    }
  }

  private static StoreException inUse(Path dir, Object pid) {
    return new StoreException(
        "data directory " + dir + " is in use by another Triangulate process (pid " + pid + ")");
  }

  private static void closeQuietly(@org.jspecify.annotations.Nullable FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException suppressed) {
        // already failing: the first error is the one to report
      }
    }
  }

  /** The locked directory, absolute. */
  public Path dir() {
    return dir;
  }

  /** Releases the lock; the file stays, empty of meaning until the next owner writes to it. */
  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      throw new StoreException("data directory " + dir + ": cannot release lock: " + e.getMessage(), e);
    } finally {
      HELD.remove(dir);
    }
  }
}
