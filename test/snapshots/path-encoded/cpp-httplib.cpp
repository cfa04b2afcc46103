#include <iostream>
#include <httplib.h>

int main()
{
    httplib::Client cli("{{baseUrl}}");
    // The path is already percent-encoded; httplib would encode , ; ' and + again.
    cli.set_url_encode(false);

    auto res = cli.Get("/files/a%2Fb/na%20me/caf%C3%A9/%F0%9F%98%80/q%3Fx/");
    if (!res) {
        std::cerr << "request failed: " << httplib::to_string(res.error()) << std::endl;
        return 1;
    }
    std::cout << res->body << std::endl;
    return 0;
}
