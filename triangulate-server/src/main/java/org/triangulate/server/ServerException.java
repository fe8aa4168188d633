package org.triangulate.server;

import org.triangulate.model.TriangulateException;

/**
 * The server module's exception: a request that cannot be served, with the HTTP status that
 * says why (400 bad parameter, 403 forbidden, 404 not found, 413 too large, 415 wrong media
 * type). The message is shown to the client: it names the parameter or id, never a secret.
 */
public final class ServerException extends TriangulateException {
  private static final long serialVersionUID = 1L;

  private final int status;

  public ServerException(int status, String message) {
    super(message);
    this.status = status;
  }

  public int status() {
    return status;
  }

  static ServerException badRequest(String message) {
    return new ServerException(400, message);
  }

  static ServerException forbidden(String message) {
    return new ServerException(403, message);
  }

  static ServerException notFound(String message) {
    return new ServerException(404, message);
  }
}
