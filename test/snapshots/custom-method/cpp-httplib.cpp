#include <iostream>
#include <httplib.h>

int main()
{
    httplib::Client cli("{{baseUrl}}");
    // The path is already percent-encoded; httplib would encode , ; ' and + again.
    cli.set_url_encode(false);

    httplib::Request req;
    req.method = "PURGE";
    req.path = "/cache/key";
    auto res = cli.send(req);
    if (!res) {
        std::cerr << "request failed: " << httplib::to_string(res.error()) << std::endl;
        return 1;
    }
    std::cout << res->body << std::endl;
    return 0;
}
