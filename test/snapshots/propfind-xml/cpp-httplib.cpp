#include <iostream>
#include <httplib.h>

int main()
{
    httplib::Client cli("{{baseUrl}}");
    // The path is already percent-encoded; httplib would encode , ; ' and + again.
    cli.set_url_encode(false);

    httplib::Headers headers = {
        { "Depth", "1" },
        { "Content-Type", "application/xml" },
    };

    // An array, so its size counts every byte, a NUL included.
    const char body[] = "<?xml version=\"1.0\"?>\n"
        "<propfind xmlns=\"DAV:\"><allprop/></propfind>\n";

    httplib::Request req;
    req.method = "PROPFIND";
    req.path = "/dav/";
    req.headers = headers;
    req.body.assign(body, sizeof body - 1);
    auto res = cli.send(req);
    if (!res) {
        std::cerr << "request failed: " << httplib::to_string(res.error()) << std::endl;
        return 1;
    }
    std::cout << res->body << std::endl;
    return 0;
}
