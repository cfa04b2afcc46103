#include <iostream>
#include <httplib.h>

int main()
{
    httplib::Client cli("{{baseUrl}}");
    // The path is already percent-encoded; httplib would encode , ; ' and + again.
    cli.set_url_encode(false);

    httplib::Headers headers = {
        { "__proto__", "h1" },
        { "constructor", "h2" },
        { "prototype", "h3" },
        { "toString", "h4" },
    };

    // An array, so its size counts every byte, a NUL included.
    const char body[] = "__proto__=f1&constructor=f2&prototype=f3&valueOf=f4";

    auto res = cli.Post("/objects?__proto__=q1&constructor=q2&prototype=q3&hasOwnProperty=q4", headers, body, sizeof body - 1, "application/x-www-form-urlencoded");
    if (!res) {
        std::cerr << "request failed: " << httplib::to_string(res.error()) << std::endl;
        return 1;
    }
    std::cout << res->body << std::endl;
    return 0;
}
