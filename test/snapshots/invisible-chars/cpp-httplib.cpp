#include <iostream>
#include <httplib.h>

int main()
{
    httplib::Client cli("{{baseUrl}}");
    // The path is already percent-encoded; httplib would encode , ; ' and + again.
    cli.set_url_encode(false);

    httplib::Headers headers = {
        { "X-Tab", "a\tb" },
    };

    // An array, so its size counts every byte, a NUL included.
    const char body[] = "tab\there\342\200\250sep\342\200\251para\342\200\256RLO\342\200\217\357\273\277bom\001\037\177del\302\205nel";

    auto res = cli.Post("/inv", headers, body, sizeof body - 1, "text/plain");
    if (!res) {
        std::cerr << "request failed: " << httplib::to_string(res.error()) << std::endl;
        return 1;
    }
    std::cout << res->body << std::endl;
    return 0;
}
