package jp.reform.survey.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay on a port of its own to a server, which the test cuts: every relayed connection and
 * the listening port close at once, as when a network link or firewall drops the database's
 * connections while the server itself stays up. Plain threads, one pair per connection.
 */
final class TcpCut implements AutoCloseable {

	private final ServerSocket listening;

	private final int target;

	private final List<Socket> sockets = new CopyOnWriteArrayList<>();

	private TcpCut(ServerSocket listening, int target) {
		this.listening = listening;
		this.target = target;
	}

	/** Relays {@code port} (0: any free port) on 127.0.0.1 to {@code target} on 127.0.0.1. */
	static TcpCut open(int port, int target) throws IOException {
		ServerSocket listening = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
		listening.setReuseAddress(true);
		TcpCut cut = new TcpCut(listening, target);
		daemon("tcp-cut-accept", cut::accept);
		return cut;
	}

	int port() {
		return listening.getLocalPort();
	}

	private void accept() {
		while (!listening.isClosed()) {
			try {
				Socket client = listening.accept();
				Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
				sockets.add(client);
				sockets.add(server);
				pump(client, server);
				pump(server, client);
			}
			catch (IOException closed) {
				// the cut, or a server gone: the client sees its connection end
			}
		}
	}

	private void pump(Socket from, Socket to) {
		daemon("tcp-cut-pump", () -> {
			byte[] buffer = new byte[16 * 1024];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
					out.write(buffer, 0, n);
				}
			}
			catch (IOException cut) {
				// one side closed: the other follows below
			}
			closeQuietly(from);
			closeQuietly(to);
		});
	}

	/** Cuts every connection and stops listening: new connections are refused. */
	@Override
	public void close() throws IOException {
		listening.close();
		sockets.forEach(TcpCut::closeQuietly);
	}

	private static void daemon(String name, Runnable task) {
		Thread thread = new Thread(task, name);
		thread.setDaemon(true);
		thread.start();
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ignored) {
			// already closed
		}
	}

}
