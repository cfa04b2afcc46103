#include <iostream>
#include <httplib.h>

int main()
{
    httplib::Client cli("{{baseUrl}}");
    // The path is already percent-encoded; httplib would encode , ; ' and + again.
    cli.set_url_encode(false);

    httplib::MultipartFormDataItems items = {
        { "__proto__", "f1", "", "" },
        { "constructor", "f2", "", "" },
        { "prototype", "f3", "", "" },
        { "toString", "f4", "", "" },
    };

    auto res = cli.Post("/objects", items);
    if (!res) {
        std::cerr << "request failed: " << httplib::to_string(res.error()) << std::endl;
        return 1;
    }
    std::cout << res->body << std::endl;
    return 0;
}
