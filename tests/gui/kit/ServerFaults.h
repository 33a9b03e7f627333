#pragma once

class TestServer;

// A server in trouble, as the app meets it: stopped in the middle of a request.
class ServerFaults
{
public:
    // Stops the server process from running (SIGSTOP): the kernel still accepts connections and
    // keeps what the app sends in the socket buffers, but nothing is answered.
    static bool freeze(TestServer &server);
    // True once a request waits, unread, in a socket of the frozen server.
    static bool requestWaiting(const TestServer &server);
};
