"""A TCP relay on loopback: ``python -m testkit.tcp_proxy LISTEN_PORT TARGET_PORT``.

The fault runs put it in front of the S3 test server so that the address the services use
stays the same while the server behind it is killed and started again on another port
(moto's server cannot be started again on the port it just held while a client keeps it
busy). Killing the relay with the server makes the address refuse connections, as a
restarting server does.
"""

from __future__ import annotations

import asyncio
import contextlib
import sys


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while chunk := await reader.read(65536):
            writer.write(chunk)
            await writer.drain()
    except (ConnectionError, asyncio.IncompleteReadError):
        pass
    finally:
        with contextlib.suppress(Exception):
            writer.close()


async def _relay(target_port: int, client_r: asyncio.StreamReader,
                 client_w: asyncio.StreamWriter) -> None:  # fmt: skip
    try:
        server_r, server_w = await asyncio.open_connection("127.0.0.1", target_port)
    except OSError:
        client_w.close()
        return
    await asyncio.gather(_pipe(client_r, server_w), _pipe(server_r, client_w))


async def serve(listen_port: int, target_port: int) -> None:
    server = await asyncio.start_server(
        lambda r, w: _relay(target_port, r, w), "127.0.0.1", listen_port, reuse_address=True
    )
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(serve(int(sys.argv[1]), int(sys.argv[2])))
